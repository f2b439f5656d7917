/** The monthly joint meeting (联席会议) of the 幸福联盟 (issue 13.2). */
import { z } from 'zod';
import { AGENDA_KINDS } from '../domain/conferences';
import { ZClientDate, ZUuid, text } from './common';
import { ZTask } from './conferences';

export const ZMonth = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 2026-12' });

export const ZMeetingProposalRequest = z.strictObject({ month: ZMonth });

const ZAgendaItem = z.strictObject({
  kind: z.enum(AGENDA_KINDS, { message: '没有这种议题' }),
  title: text(200, '议题'),
});

export const ZMeetingCreateRequest = z.strictObject({
  month: ZMonth,
  heldOn: ZClientDate,
  place: text(100, '地点').optional(),
  attendeeDepartmentIds: z
    .array(ZUuid, { message: '请选择参会部门' })
    .min(1, { message: '请至少选择一个参会部门' })
    .max(30, { message: '参会部门太多了' })
    .refine((ids) => new Set(ids).size === ids.length, { message: '参会部门重复了' }),
  agenda: z.array(ZAgendaItem).max(30, { message: '议题不能超过 30 个' }).default([]),
});
export type TMeetingCreateRequest = z.infer<typeof ZMeetingCreateRequest>;

export const ZMeetingRef = z.strictObject({ id: ZUuid });
export const ZMeetingDecisionRequest = z.strictObject({ id: ZUuid, text: text(500, '会议决定') });
export const ZMeetingActionRequest = z.strictObject({
  id: ZUuid,
  title: text(200, '事项'),
  departmentId: ZUuid,
  dueOn: ZClientDate,
});
export type TMeetingActionRequest = z.infer<typeof ZMeetingActionRequest>;

const ZPrevious = z
  .object({ id: ZUuid, month: z.string(), actions: z.array(ZTask) })
  .nullable()
  .describe('The previous meeting and what became of its action items');

export const ZMeetingProposal = z.object({
  month: z.string(),
  previous: ZPrevious,
  overdueCases: z.object({
    count: z.number().int(),
    items: z.array(z.object({ applicationId: ZUuid, refNo: z.string(), pointName: z.string(), dueAt: z.string() })),
  }),
  unclassifiedNeeds: z.object({ count: z.number().int() }),
  agenda: z.array(z.object({ kind: z.enum(AGENDA_KINDS), title: z.string() })),
});
export type TMeetingProposal = z.infer<typeof ZMeetingProposal>;

export const ZMeeting = z.object({
  id: ZUuid,
  month: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  attendees: z.array(z.object({ id: ZUuid, name: z.string() })),
  agenda: z.array(z.object({ kind: z.enum(AGENDA_KINDS), title: z.string() })),
  decisions: z.array(z.object({ id: ZUuid, text: z.string(), createdAt: z.string() })),
  actions: z.array(ZTask),
  previous: ZPrevious,
  canEdit: z.boolean(),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZMeetingList = z.object({
  items: z.array(z.object({ id: ZUuid, month: z.string(), heldOn: z.string(), openActions: z.number().int() })),
});
export type TMeetingList = z.infer<typeof ZMeetingList>;
