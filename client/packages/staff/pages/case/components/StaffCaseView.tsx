import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { OPEN_STATUSES } from '@shared/domain/application-status';
import type { TStaffCaseDetail } from '@shared/schemas/cases';
import CaseBadges from '@/packages/staff/components/CaseBadges';
import { staffActions, type StaffAction } from '@/packages/staff/lib/actions';
import { orderNewUrl } from '@/packages/staff/lib/orders';
import { FLAG_LABELS, OUTCOME_LABELS, REFERRAL_STATUS_TEXT, formatDateTime } from '@/packages/staff/lib/format';
import AskInfoForm from '../forms/AskInfoForm';
import ConsentForm from '../forms/ConsentForm';
import ContactForm from '../forms/ContactForm';
import FollowUpForm from '../forms/FollowUpForm';
import ReferForm from '../forms/ReferForm';
import ResolveForm from '../forms/ResolveForm';
import { AcceptForm, CloseForm, EscalateForm, ReopenForm } from '../forms/SimpleForms';
import TransferForm from '../forms/TransferForm';
import VisitForm from '../forms/VisitForm';
import { CONFLICT_TEXT, type ActionHost } from '../forms/useActionForm';
import ActionBar from './ActionBar';
import CaseInfo from './CaseInfo';
import HouseholdBlock from './HouseholdBlock';
import ResolutionBlock from './ResolutionBlock';
import RevealSheet, { type RevealField } from './RevealSheet';
import SubjectCodeSheet from './SubjectCodeSheet';
import Timeline from './Timeline';
import { tapProps } from '@/components/Tappable';
import { SuggestionList } from '@/components/Suggestions';

type Props = {
  detail: TStaffCaseDetail;
  onChange: (detail: TStaffCaseDetail) => void;
  onReload: () => Promise<void>;
};

/** A case as staff see it: summary, masked data with reveal, routing reason, referrals, actions, timeline. */
export default function StaffCaseView({ detail, onChange, onReload }: Props) {
  const [action, setAction] = useState<StaffAction | null>(null);
  const [revealing, setRevealing] = useState<RevealField | null>(null);
  const [revealed, setRevealed] = useState<Partial<Record<RevealField, string | null>>>({});
  const [notice, setNotice] = useState<string>();
  const [issuingCode, setIssuingCode] = useState(false);
  const [recordingConsent, setRecordingConsent] = useState(false);
  const [followingUp, setFollowingUp] = useState(false);

  // After a reload the open form may no longer be legal (someone else moved the case on): close it and say so.
  useEffect(() => {
    if (action && !staffActions(detail.status, detail.nextActions).includes(action)) {
      setAction(null);
      setNotice(CONFLICT_TEXT);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a reloaded case may close the open form, not opening one
  }, [detail.status, detail.version]);

  const host: ActionHost = {
    id: detail.id,
    version: detail.version,
    onDone: (next, message) => {
      setAction(null);
      setNotice(undefined);
      onChange(next as TStaffCaseDetail);
      void Taro.showToast({ title: message, icon: 'none', duration: 2000 });
    },
    onConflict: onReload,
    onClose: () => setAction(null),
  };

  const duplicate = detail.flags.includes('possible_duplicate');
  // a neighbour's lead the caller can read in full and whose subject has not agreed yet
  const awaitingConsent =
    detail.channel === 'referral' &&
    !detail.detailsWithheld &&
    !detail.consents.some((c) => c.purpose === 'lead_subject' && !c.revokedAt);
  return (
    <View className='case-staff'>
      <View className='case__header'>
        <Text className='case__title'>{detail.subjectName}</Text>
        <Text className='case__ref'>
          编号 {detail.refNo} · {formatDateTime(detail.createdAt)}提交
        </Text>
        <CaseBadges
          status={detail.status}
          urgency={detail.urgency}
          dueAt={detail.dueAt}
          overdue={detail.overdue}
          paused={detail.paused}
          flags={detail.flags.filter((f) => f !== 'possible_duplicate')}
        />
      </View>
      {notice ? <Text className='case__notice'>{notice}</Text> : null}
      {duplicate ? (
        <Text className='case__duplicate'>
          {FLAG_LABELS.possible_duplicate}：这位居民还有其他没办结的申请，请先核对，避免重复办理。
        </Text>
      ) : null}

      {detail.status === 'withdrawn' ? (
        <Text className='case__notice'>申请已撤回或本人已撤回授权，案件已停止办理，只能填写归档说明。</Text>
      ) : null}
      <ActionBar status={detail.status} nextActions={detail.nextActions} onAction={setAction} />
      {OPEN_STATUSES.includes(detail.status) && !detail.detailsWithheld ? (
        <View
          className='case-code case-order'
          {...tapProps(() => void Taro.navigateTo({ url: orderNewUrl(detail.id) }))}
        >
          <Text className='case-code__text'>从服务清单选一项，开服务单</Text>
        </View>
      ) : null}
      {detail.status !== 'withdrawn' && !detail.detailsWithheld ? (
        <View
          className='case-code case-order'
          {...tapProps(
            () => void Taro.navigateTo({ url: `/packages/meet/pages/convene/index?applicationId=${detail.id}` }),
          )}
        >
          <Text className='case-code__text'>请相关部门一起商量（召集会商）</Text>
        </View>
      ) : null}
      {detail.channel === 'proxy' && detail.status !== 'withdrawn' ? (
        <View className='case-code' {...tapProps(() => setIssuingCode(true))}>
          <Text className='case-code__text'>生成确认码</Text>
        </View>
      ) : null}
      {awaitingConsent ? (
        <View className='case-card-block'>
          <Text className='case__line'>
            这是邻居反映的情况，本人还没有同意接受帮助。联系上本人并征得同意后，请记录下来。
          </Text>
          <Text className='case-info__reveal' {...tapProps(() => setRecordingConsent(true))}>
            记录本人同意
          </Text>
        </View>
      ) : null}

      <View className='case-card-block'>
        <Text className='case-section__title'>办理情况</Text>
        <Text className='case__line'>办理站点：{detail.servicePoint?.name ?? '未分派'}</Text>
        <Text className='case__line'>负责人：{detail.assignee?.displayName || '还没有人接收'}</Text>
        {detail.outcome && !detail.resolution ? (
          <Text className='case__line'>办理结果：{OUTCOME_LABELS[detail.outcome] ?? detail.outcome}</Text>
        ) : null}
        <ResolutionBlock detail={detail} onFollowUp={() => setFollowingUp(true)} />
        <Text className='case__subtitle'>为什么分到这里</Text>
        <Text className='case__line case__routing'>{detail.routing.text ?? '没有记录分派原因'}</Text>
        <Text className='case__hint'>分派规则第 {detail.routing.ruleVersion} 版</Text>
        {detail.suggestedDepartments.length ? (
          <Text className='case__line'>建议转介：{detail.suggestedDepartments.map((d) => d.name).join('、')}</Text>
        ) : null}
        {detail.referrals.map((r) => (
          <Text key={r.id} className='case__line'>
            已转介{r.department.name}：{REFERRAL_STATUS_TEXT[r.status]}
          </Text>
        ))}
      </View>

      <View className='case-card-block'>
        <CaseInfo detail={detail} revealed={revealed} onReveal={setRevealing} />
      </View>
      <View className='case-card-block'>
        <Timeline entries={detail.timeline} />
      </View>
      <HouseholdBlock caseId={detail.id} />
      <SuggestionList
        suggestions={detail.suggestions}
        detailed
        applicationId={detail.id}
        title='可以帮他申请的政策和服务'
      />

      {action === 'accept' ? <AcceptForm host={host} unclassified={detail.flags.includes('unclassified')} /> : null}
      {action === 'contact' ? <ContactForm host={host} /> : null}
      {action === 'visit' ? <VisitForm host={host} /> : null}
      {action === 'askInfo' ? <AskInfoForm host={host} /> : null}
      {action === 'referDepartment' ? (
        <ReferForm host={host} suggested={detail.suggestedDepartments.map((d) => d.code)} />
      ) : null}
      {action === 'transfer' ? (
        <TransferForm host={host} divisionCode={detail.divisionCode} currentPointId={detail.servicePoint?.id ?? null} />
      ) : null}
      {action === 'escalate' ? <EscalateForm host={host} /> : null}
      {action === 'resolve' ? <ResolveForm host={host} /> : null}
      {action === 'close' ? <CloseForm host={host} withdrawn={detail.status === 'withdrawn'} /> : null}
      {action === 'reopen' ? <ReopenForm host={host} /> : null}
      {followingUp ? (
        <FollowUpForm
          host={{
            ...host,
            onDone: (next, message) => {
              setFollowingUp(false);
              host.onDone(next, message);
            },
            onClose: () => setFollowingUp(false),
          }}
        />
      ) : null}
      {issuingCode ? <SubjectCodeSheet caseId={detail.id} onClose={() => setIssuingCode(false)} /> : null}
      {recordingConsent ? (
        <ConsentForm
          caseId={detail.id}
          onDone={(next) => {
            setRecordingConsent(false);
            onChange(next);
            void Taro.showToast({ title: '已记录本人同意', icon: 'none', duration: 2000 });
          }}
          onClose={() => setRecordingConsent(false)}
        />
      ) : null}
      {revealing ? (
        <RevealSheet
          caseId={detail.id}
          field={revealing}
          onRevealed={(field, value) => {
            setRevealed({ ...revealed, [field]: value });
            setRevealing(null);
          }}
          onClose={() => setRevealing(null)}
        />
      ) : null}
    </View>
  );
}
