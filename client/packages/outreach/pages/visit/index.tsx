import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import {
  CONTACT_CONSENT_LABELS,
  CONTACT_CONSENT_METHODS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  VISIT_AREA_LABELS,
  VISIT_AREAS,
  type ContactConsentMethod,
  type RiskLevel,
  type VisitArea,
} from '@shared/domain/outreach';
import ActionButton from '@/components/ActionButton';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import CommunityPicker from './components/CommunityPicker';
import VisitFacts, { factsFromDraft, type FactsDraft } from './components/VisitFacts';
import './index.scss';

const NO_MEMBERSHIPS: never[] = [];
type Risk = { level: RiskLevel; note: string };
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** 入户走访 (定期探访): six areas, each a risk level and a note; follow-up; whether the person agrees to be contacted. */
function VisitForm() {
  const session = useSession();
  const memberships = session?.user.memberships ?? NO_MEMBERSHIPS;
  const own = memberships.find((m) => m.role === 'point_staff')?.servicePoint?.divisionCode ?? '';
  const [community, setCommunity] = useState(own);
  const pickCommunity = useCallback((code: string) => setCommunity(code), []);
  const [facts, setFacts] = useState<FactsDraft>({});
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [risks, setRisks] = useState<Record<VisitArea, Risk>>(
    () => Object.fromEntries(VISIT_AREAS.map((a) => [a, { level: 'none', note: '' }])) as Record<VisitArea, Risk>,
  );
  const [followUp, setFollowUp] = useState('');
  const [consent, setConsent] = useState<ContactConsentMethod | ''>('');
  const [busy, setBusy] = useState(false);
  const setRisk = (area: VisitArea, patch: Partial<Risk>) =>
    setRisks((r) => ({ ...r, [area]: { ...r[area], ...patch } }));

  async function submit() {
    const known = consent ? factsFromDraft(facts) : {};
    setBusy(true);
    try {
      const saved = await call('discovery.visits.create', {
        communityCode: community,
        household: { name, address },
        visitedOn: today(),
        risks: Object.fromEntries(
          VISIT_AREAS.map((a) => [a, { level: risks[a].level, ...(risks[a].note ? { note: risks[a].note } : {}) }]),
        ) as Record<VisitArea, { level: RiskLevel; note?: string }>,
        ...(followUp ? { followUp: { note: followUp } } : {}),
        // the facts are kept only for a household that agreed to be contacted, so they are not sent otherwise
        ...(consent ? { contactConsent: consent } : {}),
        ...(Object.keys(known).length > 0 ? { facts: known } : {}),
      });
      void Taro.showToast({
        title: saved.openRisks > 0 ? `已保存，有${saved.openRisks}项待清零` : '已保存',
        icon: 'none',
      });
      void Taro.redirectTo({ url: '/packages/outreach/pages/risks/index' });
    } catch (err) {
      void Taro.showToast({ title: (err as Error).message || '没有保存成功，请再试一次', icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell className='visit'>
      <View className='visit__form'>
        <FormField label='走访的社区'>
          <CommunityPicker memberships={memberships} selected={community} onPick={pickCommunity} />
        </FormField>
        <FormField label='户主姓名'>
          <FormInput value={name} onChange={setName} maxlength={30} />
        </FormField>
        <FormField label='住址' hint='例如：3幢2单元501室'>
          <FormInput value={address} onChange={setAddress} maxlength={100} />
        </FormField>
        {VISIT_AREAS.map((area) => (
          <View key={area} className='visit__area'>
            <Text className='visit__area-title'>{VISIT_AREA_LABELS[area]}</Text>
            <FormField label='风险等级'>
              <FormChoice
                options={RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))}
                selected={[risks[area].level]}
                onToggle={(level) => setRisk(area, { level })}
                columns={2}
                name={`risk-${area}`}
              />
            </FormField>
            {risks[area].level !== 'none' ? (
              <FormField label='情况说明' optional>
                <FormInput value={risks[area].note} onChange={(note) => setRisk(area, { note })} maxlength={300} />
              </FormField>
            ) : null}
          </View>
        ))}
        <FormField label='后续安排' hint='例如：下周再来看看' optional>
          <FormInput value={followUp} onChange={setFollowUp} multiline maxlength={300} />
        </FormField>
        <FormField label='本人同意以后有新政策时联系他吗？' hint='不同意就不用选' optional>
          <FormChoice
            options={CONTACT_CONSENT_METHODS.map((m) => ({ value: m, label: CONTACT_CONSENT_LABELS[m] }))}
            selected={consent ? [consent] : []}
            onToggle={(m) => setConsent(consent === m ? '' : m)}
            name='contact-consent'
          />
        </FormField>
        <VisitFacts draft={facts} onChange={setFacts} />
        <ActionButton busy={busy} onTap={() => void submit()}>
          保存走访记录
        </ActionButton>
      </View>
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff']}>
      <VisitForm />
    </StaffGate>
  );
}
