import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import Dialog from '@/components/Dialog';
import PageShell from '@/components/PageShell';
import { hasContent, loadDraft, type ApplyDraft } from '@/services/draft';
import { useCareMode } from '@/stores/care-mode';
import { useSession } from '@/stores/session';
import ResumePrompt from './components/ResumePrompt';
import StepBody from './components/StepBody';
import { draftFromPrefill, type FlowContext, type Prefill } from './model';
import { screenTitle } from './screens';
import { useSubmit } from './useSubmit';
import { useWizard } from './useWizard';
import './index.scss';

type Start = { draft: ApplyDraft; fresh: ApplyDraft; ask: boolean };

/** A saved draft is offered back (or resumed straight away after a login); otherwise start from the query's prefill. */
function decideStart(params: Prefill & { resume?: string }): Start {
  const fresh = draftFromPrefill(params);
  const saved = loadDraft();
  if (!saved || !hasContent(saved)) return { draft: fresh, fresh, ask: false };
  return { draft: saved, fresh, ask: params.resume !== '1' };
}

/**
 * 申请帮助: short steps, saved as they go, validated with the shared schemas, sent once. Applying for oneself with a
 * verified phone takes three screens; a relative, a neighbour and care mode get one step per screen.
 */
export default function ApplyWizardPage() {
  const params = (useRouter()?.params ?? {}) as Prefill & { resume?: string };
  const [start] = useState(() => decideStart(params));
  const [asking, setAsking] = useState(start.ask);
  const session = useSession();
  const care = useCareMode();
  const ctx: FlowContext = { accountPhone: session?.user.phoneMasked ?? null, care };
  const wizard = useWizard(start.draft, ctx);
  const submitting = useSubmit(wizard);
  const { draft, screens, screen, index, errors } = wizard;
  const isReview = screen.id === 'review';
  const loggedIn = Boolean(session);
  const errorCount = Object.keys(errors).length;

  if (asking) {
    return (
      <PageShell className='apply'>
        <ResumePrompt
          draft={draft}
          onContinue={() => setAsking(false)}
          onRestart={() => {
            wizard.reset(start.fresh);
            setAsking(false);
          }}
        />
      </PageShell>
    );
  }

  return (
    <PageShell className='apply'>
      <View className='apply__header'>
        <Text className='apply__progress'>
          第 {index + 1} 步，共 {screens.length} 步
        </Text>
        <Text className='apply__title apply__step-title'>{screenTitle(screen, draft.channel)}</Text>
        <View className='apply__bar'>
          <View className='apply__bar-fill' style={{ width: `${Math.round(((index + 1) / screens.length) * 100)}%` }} />
        </View>
      </View>
      <View className={`apply__body apply__body--${screen.id}`}>
        <StepBody wizard={wizard} />
      </View>
      {isReview && !loggedIn ? (
        <Text className='apply__login-note'>提交前需要先登录。点「提交申请」去登录，填写的内容会保存好。</Text>
      ) : null}
      {submitting.failure ? (
        <View className='apply__failure'>
          <Text className='apply__failure-title'>
            {submitting.failure.retryable ? '还没有提交成功' : '没有提交成功'}
          </Text>
          <Text className='apply__failure-text'>{submitting.failure.message}</Text>
          <Text className='apply__failure-text'>填写的内容已经保存，不会丢。</Text>
        </View>
      ) : null}
      {errorCount > 0 ? <Text className='apply__errors'>有 {errorCount} 处需要修改，请看上面的红字</Text> : null}
      <View className='apply__nav'>
        {index > 0 ? (
          <ActionButton className='apply__back' kind='plain' onTap={wizard.back}>
            上一步
          </ActionButton>
        ) : null}
        {isReview ? (
          <ActionButton
            className='apply__submit'
            busy={submitting.sending}
            busyText='正在提交…'
            onTap={() => void submitting.submit()}
          >
            {submitting.failure?.retryable ? '重试' : '提交申请'}
          </ActionButton>
        ) : (
          <ActionButton className='apply__next' onTap={wizard.next}>
            {wizard.returnToReview ? '改好了，回到核对' : '下一步'}
          </ActionButton>
        )}
      </View>
      <Dialog
        open={submitting.dialog === 'login'}
        title='请先登录'
        content='登录后就能提交。您填写的内容已经保存，登录后会回到这里。'
        actions={[
          { label: '去登录', kind: 'primary', onTap: submitting.goLogin },
          { label: '等一会儿', onTap: submitting.closeDialog },
        ]}
      />
      <Dialog
        open={submitting.dialog === 'mismatch'}
        title='上次可能已经提交成功了'
        content='上次提交时网络断了，但申请可能已经送到。请先到「我的申请」里看一看，没有的话再重新提交。'
        actions={[
          { label: '查看我的申请', kind: 'primary', onTap: submitting.openMyApplications },
          { label: '重新提交一份', onTap: () => void submitting.submitAsNew() },
        ]}
      />
    </PageShell>
  );
}
