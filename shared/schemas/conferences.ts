/** Case conferences (小型议事会商), their decisions and follow-up tasks (issue 13.1). */
import { z } from 'zod';
import { CONFERENCE_PARTICIPANT_KINDS, TASK_OWNER_KINDS, TASK_STATUSES } from '../domain/conferences';
import { ZClientDate, ZClientDateTime, ZUuid, text, zFreeText } from './common';

const unitKinds = CONFERENCE_PARTICIPANT_KINDS.filter((k) => k !== 'resident') as ['department', 'point', 'provider'];
export const ZParticipantInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.enum(unitKinds), id: ZUuid }),
    /** The resident of one of the cases (or whoever speaks for them), invited through that case. */
    z.strictObject({ kind: z.literal('resident'), applicationId: ZUuid }),
  ],
  { message: '请选择参会方' },
);

export const ZConferenceCreateRequest = z
  .strictObject({
    applicationIds: z
      .array(ZUuid, { message: '请选择要会商的案件' })
      .min(1, { message: '请至少选择一个案件' })
      .max(10, { message: '一次最多会商 10 个案件' })
      .refine((ids) => new Set(ids).size === ids.length, { message: '案件重复了' }),
    title: text(60, '会商主题'),
    startsAt: ZClientDateTime,
    place: zFreeText().max(100, { message: '地点不能超过 100 个字' }).optional(),
    onlineUrl: z
      .url({ protocol: /^https$/, message: '线上会议链接应以 https:// 开头' })
      .max(300)
      .optional(),
    agenda: text(1000, '议程'),
    participants: z
      .array(ZParticipantInput, { message: '请选择参会方' })
      .min(1, { message: '请至少选择一个参会方' })
      .max(30, { message: '参会方不能超过 30 个' }),
  })
  .superRefine((v, ctx) => {
    if (!v.place && !v.onlineUrl)
      ctx.addIssue({ code: 'custom', path: ['place'], message: '请填写地点或线上会议链接' });
  });
export type TConferenceCreateRequest = z.infer<typeof ZConferenceCreateRequest>;

export const ZConferenceRef = z.strictObject({ id: ZUuid });

export const ZDecisionRequest = z.strictObject({
  id: ZUuid,
  applicationId: ZUuid,
  /** What staff decided, in detail (staff only). */
  detail: text(1000, '会商决定'),
  /** One plain sentence the resident reads on their timeline. */
  plainText: text(100, '给居民看的说明'),
});
export type TDecisionRequest = z.infer<typeof ZDecisionRequest>;

export const ZTaskOwner = z.strictObject({ kind: z.enum(TASK_OWNER_KINDS, { message: '请选择负责人' }), id: ZUuid });
export type TTaskOwner = z.infer<typeof ZTaskOwner>;

export const ZTaskRequest = z.strictObject({
  id: ZUuid,
  applicationId: ZUuid.optional(),
  title: text(200, '待办事项'),
  owner: ZTaskOwner,
  dueOn: ZClientDate,
});
export type TTaskRequest = z.infer<typeof ZTaskRequest>;

export const ZTaskDoneRequest = z.strictObject({
  id: ZUuid,
  note: zFreeText().max(200, { message: '说明不能超过 200 个字' }).optional(),
});

export const ZTask = z.object({
  id: ZUuid,
  title: z.string(),
  dueOn: z.string(),
  status: z.enum(TASK_STATUSES),
  overdue: z.boolean(),
  escalated: z.boolean(),
  owner: z.object({ kind: z.enum(TASK_OWNER_KINDS), id: ZUuid, name: z.string() }),
  source: z.object({ kind: z.enum(['conference', 'meeting']), id: ZUuid, title: z.string() }),
  applicationId: ZUuid.nullable(),
  refNo: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
  canDone: z.boolean(),
});
export type TTask = z.infer<typeof ZTask>;

export const ZTaskList = z.object({
  items: z.array(ZTask),
  /** Hub staff: overdue tasks of the whole district that were escalated to the hub. */
  escalated: z.array(ZTask),
});
export type TTaskList = z.infer<typeof ZTaskList>;

export const ZConference = z.object({
  id: ZUuid,
  title: z.string(),
  startsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  agenda: z.string(),
  convener: z.object({ id: ZUuid, displayName: z.string() }),
  cases: z.array(z.object({ applicationId: ZUuid, refNo: z.string(), statusText: z.string() })),
  participants: z.array(z.object({ kind: z.enum(CONFERENCE_PARTICIPANT_KINDS), id: ZUuid, name: z.string() })),
  decisions: z.array(
    z.object({
      id: ZUuid,
      applicationId: ZUuid,
      refNo: z.string(),
      detail: z.string(),
      plainText: z.string(),
      decidedBy: z.string(),
      createdAt: z.string(),
    }),
  ),
  tasks: z.array(ZTask),
  /** Whether the caller may record decisions and tasks (the convener, or staff in scope of a case). */
  canRecord: z.boolean(),
});
export type TConference = z.infer<typeof ZConference>;

export const ZConferenceList = z.object({
  items: z.array(
    z.object({
      id: ZUuid,
      title: z.string(),
      startsAt: z.string(),
      /** Where it is held; null with `online` for a meeting only online. */
      place: z.string().nullable(),
      online: z.boolean(),
      caseCount: z.number().int(),
      /** Decisions recorded so far: a past conference without any still needs its record. */
      decisionCount: z.number().int(),
    }),
  ),
});
export type TConferenceList = z.infer<typeof ZConferenceList>;
