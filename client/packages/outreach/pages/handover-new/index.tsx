import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@shared/domain/categories';
import { CONTACT_CONSENT_LABELS, CONTACT_CONSENT_METHODS, type ContactConsentMethod } from '@shared/domain/outreach';
import ActionButton from '@/components/ActionButton';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { call } from '@/services/api';
import './index.scss';

/** At a visit: start an application for the person (who agreed), then show a code they scan with their own phone. */
function HandoverNew() {
  const visitId = useRouter()?.params?.visitId ?? '';
  const [consent, setConsent] = useState<ContactConsentMethod | ''>('');
  const [categories, setCategories] = useState<Category[]>([]);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [qr, setQr] = useState('');

  async function create() {
    if (!consent) return void Taro.showToast({ title: '请先选本人同意的方式', icon: 'none' });
    setBusy(true);
    try {
      const got = await call('discovery.handover.create', {
        visitId,
        consentMethod: consent,
        categories,
        ...(description ? { description } : {}),
      });
      setQr(got.qrPngBase64);
    } catch (err) {
      void Taro.showToast({ title: (err as Error).message || '没有生成，请再试一次', icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  if (qr)
    return (
      <PageShell className='handover-new'>
        <View className='handover-new__qr'>
          <Text className='handover-new__title'>请本人用自己的手机扫这个码</Text>
          <Image className='handover-new__image' src={`data:image/png;base64,${qr}`} mode='aspectFit' />
          <Text className='handover-new__line'>扫码后本人核对、同意并提交。这个码只能用一次，7天内有效。</Text>
        </View>
      </PageShell>
    );

  const toggle = (c: Category) => setCategories((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : [...cs, c]));
  return (
    <PageShell className='handover-new'>
      <View className='handover-new__form'>
        <FormField label='本人是怎样同意的'>
          <FormChoice
            options={CONTACT_CONSENT_METHODS.map((m) => ({ value: m, label: CONTACT_CONSENT_LABELS[m] }))}
            selected={consent ? [consent] : []}
            onToggle={setConsent}
            name='handover-consent'
          />
        </FormField>
        <FormField label='遇到了哪些困难' hint='可以选几项'>
          <FormChoice
            options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            selected={categories}
            onToggle={toggle}
            multiple
            columns={2}
            name='handover-categories'
          />
        </FormField>
        <FormField label='情况说明' optional>
          <FormInput value={description} onChange={setDescription} multiline maxlength={500} />
        </FormField>
        <ActionButton busy={busy} onTap={() => void create()}>
          生成给本人扫的码
        </ActionButton>
      </View>
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff']}>
      <HandoverNew />
    </StaffGate>
  );
}
