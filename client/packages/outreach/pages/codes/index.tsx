import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { OUTREACH_KIND_LABELS, OUTREACH_KINDS, type OutreachKind } from '@shared/domain/outreach';
import ActionButton from '@/components/ActionButton';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import { saveBase64File } from '../../lib/save-file';
import './index.scss';

export const OUTREACH_ROLES = ['point_staff', 'station_staff', 'hub_staff', 'admin'] as const;

/** 宣传码: make a printable code for a community, download its poster, see how many scanned, checked and applied. */
function Codes() {
  const session = useSession();
  const own = session?.user.memberships.find((m) => m.role === 'point_staff')?.servicePoint?.divisionCode ?? '';
  const [community, setCommunity] = useState(own);
  const [kind, setKind] = useState<OutreachKind>('poster');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState('');
  const query = usePageQuery(() => call('outreach.codes.list', {}), []);

  async function create() {
    setBusy('create');
    try {
      await call('outreach.codes.create', { communityCode: community, kind, ...(label ? { label } : {}) });
      setLabel('');
      await query.reload();
      void Taro.showToast({ title: '已制作', icon: 'success' });
    } catch (err) {
      void Taro.showToast({ title: (err as Error).message || '没有做成，请再试一次', icon: 'none' });
    } finally {
      setBusy('');
    }
  }

  async function download(id: string, format: 'png' | 'pdf') {
    setBusy(`${id}-${format}`);
    try {
      await saveBase64File(await call('outreach.codes.poster', { id, format }));
    } catch (err) {
      void Taro.showToast({ title: (err as Error).message || '下载没有成功，请再试一次', icon: 'none' });
    } finally {
      setBusy('');
    }
  }

  return (
    <PageShell className='codes' query={query}>
      {({ items }) => (
        <>
          <View className='codes__form'>
            <FormField label='社区编码' hint='12位数字，本社区已经填好'>
              <FormInput value={community} onChange={setCommunity} type='number' maxlength={12} />
            </FormField>
            <FormField label='用在哪里'>
              <FormChoice
                options={OUTREACH_KINDS.map((k) => ({ value: k, label: OUTREACH_KIND_LABELS[k] }))}
                selected={[kind]}
                onToggle={setKind}
                columns={2}
                name='outreach-kind'
              />
            </FormField>
            <FormField label='活动或批次名称' hint='例如：12月入户宣传' optional>
              <FormInput value={label} onChange={setLabel} maxlength={40} />
            </FormField>
            <ActionButton busy={busy === 'create'} onTap={() => void create()}>
              制作宣传码
            </ActionButton>
          </View>
          {items.length === 0 ? <Text className='codes__empty'>还没有宣传码</Text> : null}
          {items.map((c) => (
            <View key={c.id} className='codes__card'>
              <Text className='codes__title'>
                {c.community.name}（{OUTREACH_KIND_LABELS[c.kind]}）
              </Text>
              {c.label ? <Text className='codes__line'>{c.label}</Text> : null}
              <Text className='codes__line'>
                扫码 {c.counts.visits} 次，自测 {c.counts.selfChecks} 次，申请 {c.counts.applications} 份
              </Text>
              <View className='codes__actions'>
                <Text className='codes__link' {...tapProps(() => void download(c.id, 'png'))}>
                  {busy === `${c.id}-png` ? '正在下载…' : '下载图片'}
                </Text>
                <Text className='codes__link' {...tapProps(() => void download(c.id, 'pdf'))}>
                  {busy === `${c.id}-pdf` ? '正在下载…' : '下载 PDF 打印'}
                </Text>
              </View>
            </View>
          ))}
        </>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={OUTREACH_ROLES}>
      <Codes />
    </StaffGate>
  );
}
