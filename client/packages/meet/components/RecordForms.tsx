import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TaskOwnerKind } from '@shared/domain/conferences';
import { ZDecisionRequest, ZTaskRequest, type TConference } from '@shared/schemas/conferences';
import ActionButton from '@/components/ActionButton';
import { Choice, Field, check, errorsFromIssues, fieldError, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { chinaDay } from '../lib/meet';

type Props = { conference: TConference; userId: string; onSaved: (c: TConference) => void };

/** Sends a checked body; shows field errors in red and keeps what was typed when it fails. */
function useSubmit(onSaved: (c: TConference) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async <T,>(
    checked: { ok: true; data: T } | { ok: false; errors: FieldErrors },
    send: (data: T) => Promise<TConference>,
    reset: () => void,
  ) => {
    if (!checked.ok) {
      setErrors(checked.errors);
      setError('请按红字提示修改后再保存');
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      onSaved(await send(checked.data));
      reset();
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
    } finally {
      setBusy(false);
    }
  };
  return { errors, error, busy, submit };
}

const caseOptions = (c: TConference) => c.cases.map((k) => ({ value: k.applicationId, label: `案件 ${k.refNo}` }));

/** 记录决定: per case, the detail for staff and one plain sentence the resident will read. */
export function DecisionForm({ conference, onSaved }: Props) {
  const [applicationId, setApplicationId] = useState(conference.cases[0]?.applicationId);
  const [detail, setDetail] = useState('');
  const [plainText, setPlainText] = useState('');
  const { errors, error, busy, submit } = useSubmit(onSaved);
  const save = () =>
    submit(
      check(ZDecisionRequest, { id: conference.id, applicationId, detail, plainText }),
      (data) => call('conferences.decide', data),
      () => (setDetail(''), setPlainText('')),
    );
  return (
    <View className='meet__card meet__form'>
      <Text className='meet__section'>记录会商决定</Text>
      {conference.cases.length > 1 ? (
        <Choice<string>
          label='哪个案件'
          value={applicationId}
          onChange={setApplicationId}
          options={caseOptions(conference)}
        />
      ) : null}
      <Field
        name='detail'
        label='决定（工作人员看）'
        multiline
        value={detail}
        onChange={setDetail}
        maxlength={1000}
        error={errors.detail}
      />
      <Field
        name='plain'
        label='给居民看的一句话'
        value={plainText}
        onChange={setPlainText}
        maxlength={100}
        error={errors.plainText}
        hint='居民只看到这句话，请用大白话，不写部门内部的细节'
      />
      {error ? <Text className='meet__error'>{error}</Text> : null}
      <ActionButton className='meet__submit' busy={busy} busyText='正在保存…' onTap={() => void save()}>
        保存决定
      </ActionButton>
    </View>
  );
}

type Owner = 'me' | `${Exclude<TaskOwnerKind, 'user'>}:${string}`;

/** 布置待办: what, who (me, a participating department or point), by when. */
export function TaskForm({ conference, userId, onSaved }: Props) {
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<Owner>('me');
  const [dueOn, setDueOn] = useState(chinaDay(new Date(), 3));
  const [applicationId, setApplicationId] = useState(conference.cases[0]?.applicationId);
  const { errors, error, busy, submit } = useSubmit(onSaved);
  const units = conference.participants.filter((p) => p.kind === 'department' || p.kind === 'point');
  const save = () => {
    const [kind, id] = owner === 'me' ? ['user', userId] : owner.split(':');
    return submit(
      check(ZTaskRequest, { id: conference.id, applicationId, title, owner: { kind, id }, dueOn }),
      (data) => call('conferences.addTask', data),
      () => setTitle(''),
    );
  };
  return (
    <View className='meet__card meet__form'>
      <Text className='meet__section'>布置待办</Text>
      <Field
        name='task'
        label='要办的事'
        value={title}
        onChange={setTitle}
        maxlength={200}
        error={errors.title}
        placeholder='例如：下周二前上门送材料'
      />
      <Choice<Owner>
        label='谁负责'
        stacked
        value={owner}
        onChange={setOwner}
        options={[
          { value: 'me', label: '我自己' },
          ...units.map((u) => ({ value: `${u.kind as 'department' | 'point'}:${u.id}` as Owner, label: u.name })),
        ]}
        error={fieldError(errors, 'owner')}
      />
      {conference.cases.length > 1 ? (
        <Choice<string>
          label='哪个案件'
          value={applicationId}
          onChange={setApplicationId}
          options={caseOptions(conference)}
        />
      ) : null}
      <Field
        name='due'
        label='哪天前完成'
        value={dueOn}
        onChange={setDueOn}
        maxlength={10}
        error={errors.dueOn}
        hint='格式：2026-12-20；过期没办完会提醒并上报'
      />
      {error ? <Text className='meet__error'>{error}</Text> : null}
      <ActionButton className='meet__submit' busy={busy} busyText='正在保存…' onTap={() => void save()}>
        保存待办
      </ActionButton>
    </View>
  );
}
