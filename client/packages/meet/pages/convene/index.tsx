import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ZConferenceCreateRequest } from '@shared/schemas/conferences';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { Choice, Field, check, errorsFromIssues, fieldError, type FieldErrors } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { useSession } from '@/stores/session';
import { CONVENER_ROLES, chinaDay, conferenceUrl, toStartsAt } from '../../lib/meet';
import '../../meet.scss';

type Who = 'resident' | 'point' | `dept:${string}`;

/** 召集会商: for this case, who takes part (departments, our point, the resident), when, where, what to discuss. */
function Convene() {
  const applicationId = useRouter()?.params?.applicationId ?? '';
  const session = useSession();
  const myPoint = session?.user.memberships.find(
    (m) => CONVENER_ROLES.includes(m.role) && m.servicePoint,
  )?.servicePoint;
  const query = usePageQuery(() => call('departments.list', {}), []);
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(chinaDay(new Date(), 1));
  const [time, setTime] = useState('14:30');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [agenda, setAgenda] = useState('');
  const [who, setWho] = useState<Who[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const toggle = (w: Who) => setWho((prev) => (prev.includes(w) ? prev.filter((x) => x !== w) : [...prev, w]));

  const submit = async () => {
    const participants = who.map((w) =>
      w === 'resident'
        ? { kind: 'resident' as const, applicationId }
        : w === 'point'
          ? { kind: 'point' as const, id: myPoint?.id ?? '' }
          : { kind: 'department' as const, id: w.slice(5) },
    );
    const body = {
      applicationIds: [applicationId],
      title,
      startsAt: toStartsAt(day, time) ?? day,
      agenda,
      participants,
      ...(place.trim() ? { place } : {}),
      ...(onlineUrl.trim() ? { onlineUrl: onlineUrl.trim() } : {}),
    };
    const checked = check(ZConferenceCreateRequest, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      setError('请按红字提示修改后再提交');
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      const created = await call('conferences.create', checked.data);
      void Taro.showToast({ title: '已召集，已通知参会方', icon: 'none', duration: 2000 });
      void Taro.redirectTo({ url: conferenceUrl(created.id) });
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.code === 'NETWORK' ? '网络不太好，没有发出去。填写的内容还在，请稍后再试。' : failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className='meet' query={query}>
      {({ items: departments }) => (
        <View className='meet__body meet__form'>
          <Text className='meet__title'>召集会商</Text>
          <Text className='meet__hint'>请相关部门和单位一起商量这个案件，每个参会方都会收到通知。</Text>
          <Field
            name='title'
            label='会商主题'
            value={title}
            onChange={setTitle}
            maxlength={60}
            error={errors.title}
            placeholder='例如：独居老人就医和生活照料'
          />
          <Field
            name='day'
            label='日期'
            value={day}
            onChange={setDay}
            maxlength={10}
            error={errors.startsAt}
            hint='格式：2026-12-20'
          />
          <Field name='time' label='时间' value={time} onChange={setTime} maxlength={5} hint='格式：14:30' />
          <Field
            name='place'
            label='地点'
            value={place}
            onChange={setPlace}
            maxlength={100}
            error={errors.place}
            hint='线下开会填地点；线上开会可不填'
          />
          <Field
            name='online'
            label='线上会议链接（可不填）'
            value={onlineUrl}
            onChange={setOnlineUrl}
            maxlength={300}
            error={errors.onlineUrl}
          />
          <Field
            name='agenda'
            label='议程'
            multiline
            value={agenda}
            onChange={setAgenda}
            maxlength={1000}
            error={errors.agenda}
            placeholder='例如：一、了解情况；二、商量办法；三、分工。'
          />
          <Choice<Who>
            label='请谁参加（可多选）'
            value={who}
            onChange={toggle}
            options={[
              { value: 'resident', label: '居民本人或代表' },
              ...(myPoint ? [{ value: 'point' as const, label: `本服务点（${myPoint.name}）` }] : []),
              ...departments.map((d) => ({ value: `dept:${d.id}` as Who, label: d.name })),
            ]}
            error={fieldError(errors, 'participants')}
          />
          {error ? <Text className='meet__error'>{error}</Text> : null}
          <ActionButton className='meet__submit' busy={busy} busyText='正在召集…' onTap={() => void submit()}>
            召集并通知
          </ActionButton>
        </View>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={CONVENER_ROLES}>
      <Convene />
    </StaffGate>
  );
}
