import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ZMeetingCreateRequest } from '@shared/schemas/meetings';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { Choice, Field, check, errorsFromIssues, fieldError, type FieldErrors } from '@/components/StaffForm';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { useSession } from '@/stores/session';
import Previous from '../../components/Previous';
import {
  MEETING_KEEPER_ROLES,
  MEETING_READER_ROLES,
  chinaDay,
  formatDay,
  formatMonth,
  meetingUrl,
} from '../../lib/meet';
import '../../meet.scss';

/** 联席会议: the list of monthly meetings; the hub opens this month's, starting from the proposed agenda. */
function MeetingsPage() {
  const session = useSession();
  const keeper = Boolean(session?.user.roles.some((r) => MEETING_KEEPER_ROLES.includes(r)));
  const month = chinaDay().slice(0, 7);
  const query = usePageQuery(async () => {
    const [list, departments, proposal] = await Promise.all([
      call('meetings.list', {}),
      keeper ? call('departments.list', {}) : Promise.resolve({ items: [] }),
      keeper ? call('meetings.proposal', { month }) : Promise.resolve(null),
    ]);
    return { list: list.items, departments: departments.items, proposal };
  }, [keeper]);
  const [attendees, setAttendees] = useState<string[]>([]);
  const [heldOn, setHeldOn] = useState(chinaDay());
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const toggle = (id: string) => setAttendees((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));

  const create = async (agenda: { kind: string; title: string }[]) => {
    const body = { month, heldOn, attendeeDepartmentIds: attendees, agenda, ...(place.trim() ? { place } : {}) };
    const checked = check(ZMeetingCreateRequest, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      setError('请按红字提示修改后再建立');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const meeting = await call('meetings.create', checked.data);
      void Taro.navigateTo({ url: meetingUrl(meeting.id) });
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className='meet' query={query}>
      {({ list, departments, proposal }) => {
        const exists = list.some((m) => m.month === month);
        return (
          <View className='meet__body meet__wide'>
            <Text className='meet__title'>幸福联盟联席会议</Text>
            {keeper && proposal && !exists ? (
              <View className='meet__columns'>
                <View className='meet__column'>
                  <Previous previous={proposal.previous} />
                </View>
                <View className='meet__column meet__card meet__form'>
                  <Text className='meet__section'>建立{formatMonth(month)}的会议</Text>
                  <Text className='meet__line'>建议议题：</Text>
                  {proposal.agenda.map((a) => (
                    <Text key={a.kind} className='meet__line meet__strong'>
                      · {a.title}
                    </Text>
                  ))}
                  {proposal.overdueCases.items.slice(0, 5).map((i) => (
                    <Text key={i.applicationId} className='meet__line meet__muted'>
                      超期：{i.refNo}（{i.pointName}）
                    </Text>
                  ))}
                  <Field
                    name='held'
                    label='开会日期'
                    value={heldOn}
                    onChange={setHeldOn}
                    maxlength={10}
                    error={errors.heldOn}
                    hint='格式：2026-12-20'
                  />
                  <Field
                    name='place'
                    label='地点（可不填）'
                    value={place}
                    onChange={setPlace}
                    maxlength={100}
                    error={errors.place}
                  />
                  <Choice<string>
                    label='参会部门（可多选）'
                    value={attendees}
                    onChange={toggle}
                    options={departments.map((d) => ({ value: d.id, label: d.name }))}
                    error={fieldError(errors, 'attendeeDepartmentIds')}
                  />
                  {error ? <Text className='meet__error'>{error}</Text> : null}
                  <ActionButton
                    className='meet__submit'
                    busy={busy}
                    busyText='正在建立…'
                    onTap={() => void create(proposal.agenda)}
                  >
                    建立会议记录
                  </ActionButton>
                </View>
              </View>
            ) : null}
            <Text className='meet__section'>历次会议</Text>
            {list.length === 0 ? <Text className='meet__empty'>还没有会议记录</Text> : null}
            {list.map((m) => (
              <View
                key={m.id}
                className='meet__card meet__row'
                {...tapProps(() => void Taro.navigateTo({ url: meetingUrl(m.id) }))}
              >
                <Text className='meet__strong'>{formatMonth(m.month)}联席会议</Text>
                <Text className='meet__muted'>
                  {formatDay(m.heldOn)} · {m.openActions ? `${m.openActions} 项没办完` : '事项都已办完'} ›
                </Text>
              </View>
            ))}
          </View>
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={MEETING_READER_ROLES}>
      <MeetingsPage />
    </StaffGate>
  );
}
