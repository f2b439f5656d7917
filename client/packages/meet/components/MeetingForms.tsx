import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ZMeetingActionRequest, ZMeetingDecisionRequest, type TMeeting } from '@shared/schemas/meetings';
import ActionButton from '@/components/ActionButton';
import { Choice, Field, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { chinaDay } from '../lib/meet';

type Props = { meeting: TMeeting; onSaved: (m: TMeeting) => void };

/** The keeper's two forms on a meeting: a decision, and an action item for one department with a due day. */
export default function MeetingForms({ meeting, onSaved }: Props) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [departmentId, setDepartmentId] = useState(meeting.attendees[0]?.id);
  const [dueOn, setDueOn] = useState(chinaDay(new Date(), 14));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'decision' | 'action'>();

  const save = async (which: 'decision' | 'action', run: () => Promise<TMeeting> | null) => {
    setBusy(which);
    try {
      const request = run();
      if (!request) return;
      setErrors({});
      setError(undefined);
      onSaved(await request);
      if (which === 'decision') setText('');
      else setTitle('');
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
    } finally {
      setBusy(undefined);
    }
  };
  const refuse = (errs: FieldErrors) => {
    setErrors(errs);
    setError('请按红字提示修改后再保存');
    return null;
  };
  const send = (which: 'decision' | 'action') =>
    save(which, () => {
      if (which === 'decision') {
        const checked = check(ZMeetingDecisionRequest, { id: meeting.id, text });
        return checked.ok ? call('meetings.addDecision', checked.data) : refuse(checked.errors);
      }
      const checked = check(ZMeetingActionRequest, { id: meeting.id, title, departmentId, dueOn });
      return checked.ok ? call('meetings.addAction', checked.data) : refuse(checked.errors);
    });

  return (
    <View className='meet__card meet__form'>
      <Text className='meet__section'>记录会议决定</Text>
      <Field
        name='decision'
        label='会议决定'
        multiline
        value={text}
        onChange={setText}
        maxlength={500}
        error={errors.text}
      />
      <ActionButton
        className='meet__submit'
        kind='plain'
        busy={busy === 'decision'}
        busyText='正在保存…'
        onTap={() => void send('decision')}
      >
        保存决定
      </ActionButton>
      <Text className='meet__section'>布置会议事项</Text>
      <Field name='action' label='事项' value={title} onChange={setTitle} maxlength={200} error={errors.title} />
      <Choice<string>
        label='责任部门'
        value={departmentId}
        onChange={setDepartmentId}
        options={meeting.attendees.map((a) => ({ value: a.id, label: a.name }))}
        error={errors.departmentId}
      />
      <Field
        name='due'
        label='哪天前完成'
        value={dueOn}
        onChange={setDueOn}
        maxlength={10}
        error={errors.dueOn}
        hint='格式：2026-12-20'
      />
      {error ? <Text className='meet__error'>{error}</Text> : null}
      <ActionButton
        className='meet__submit'
        busy={busy === 'action'}
        busyText='正在保存…'
        onTap={() => void send('action')}
      >
        布置事项
      </ActionButton>
    </View>
  );
}
