import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TEvent, TSignup } from '@shared/schemas/events';
import ActionButton from '@/components/ActionButton';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import { tapProps } from '@/components/Tappable';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { requestSubscription } from '@/services/subscribe';
import { useSession } from '@/stores/session';
import { MY_SIGNUPS_PAGE } from '../../lib/events';

type Who = 'self' | 'relative';
const WHO = [
  { value: 'self' as const, label: '我自己去' },
  { value: 'relative' as const, label: '帮家人报名', hint: '比如帮爸爸妈妈报名，到时候他们本人去' },
];

/** The sign-up block: for me or a relative (name and phone), the answer in plain words, a reminder asked for. */
export default function SignUpForm({ event, onDone }: { event: TEvent; onDone: () => void }) {
  const session = useSession();
  const [who, setWho] = useState<Who>('self');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<TSignup | null>(null);

  if (!session)
    return (
      <View className='event__signup'>
        <Text className='event__hint'>报名前请先登录。</Text>
        <ActionButton onTap={() => void Taro.switchTab({ url: '/pages/mine/index' })}>去「我的」登录</ActionButton>
      </View>
    );

  const submit = async () => {
    const reminder = requestSubscription(['subscribe.event']); // must start straight from the tap
    setBusy(true);
    setErrors({});
    try {
      await reminder;
      const relative = who === 'relative' ? { name: name.trim(), phone: phone.trim() } : undefined;
      setResult(await call('events.signUp', { eventId: event.id, ...(relative ? { relative } : {}) }));
      onDone();
    } catch (error) {
      const e = toApiError(error);
      const byField: Record<string, string> = {};
      for (const d of e.details) byField[d.field] = d.message;
      setErrors(Object.keys(byField).length ? byField : { form: e.message });
    } finally {
      setBusy(false);
    }
  };

  if (result)
    return (
      <View className='event__signup'>
        <Text className={`event__result event__result--${result.status}`}>
          {result.status === 'confirmed'
            ? `${result.relativeName ? `已帮${result.relativeName}` : '已'}报上名了。活动前一天会提醒您。`
            : `名额已满，已排队候补，排在第 ${result.waitPosition} 位。有人取消时会自动补上，并通知您。`}
        </Text>
        <Text
          className='event__mine'
          {...tapProps(() => void Taro.navigateTo({ url: MY_SIGNUPS_PAGE }), { role: 'link' })}
        >
          看我的报名 ›
        </Text>
      </View>
    );

  return (
    <View className='event__signup'>
      <Text className='event__section'>我要报名</Text>
      <FormField label='谁去参加' name='who'>
        <FormChoice options={WHO} selected={[who]} onToggle={setWho} name='who' />
      </FormField>
      {who === 'relative' ? (
        <>
          <FormField label='家人的姓名' name='relative-name' error={errors['relative.name']}>
            <FormInput value={name} onChange={setName} maxlength={40} placeholder='例如：王秀英' />
          </FormField>
          <FormField
            label='家人的手机号'
            hint='工作人员有事会打这个电话'
            name='relative-phone'
            error={errors['relative.phone']}
          >
            <FormInput value={phone} onChange={setPhone} type='number' maxlength={11} placeholder='11 位手机号' />
          </FormField>
        </>
      ) : null}
      {errors.form ? <Text className='event__error'>{errors.form}</Text> : null}
      <ActionButton busy={busy} busyText='正在报名…' onTap={() => void submit()}>
        {event.placesLeft > 0 ? '报名' : '排队候补'}
      </ActionButton>
    </View>
  );
}
