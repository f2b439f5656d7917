/**
 * Case conferences (小型议事会商) and the monthly joint meeting (联席会议) of the 幸福联盟 (issue 13.1–13.2):
 * who can take part, who can own a follow-up task, and the words staff read.
 */
export const CONFERENCE_PARTICIPANT_KINDS = ['department', 'point', 'provider', 'resident'] as const;
export type ConferenceParticipantKind = (typeof CONFERENCE_PARTICIPANT_KINDS)[number];

/** A follow-up task belongs to one staff user, one department (its officers) or one service point (its staff). */
export const TASK_OWNER_KINDS = ['user', 'department', 'point'] as const;
export type TaskOwnerKind = (typeof TASK_OWNER_KINDS)[number];

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = { open: '待办', done: '已完成' };

/** Agenda items of a joint meeting: proposed from the month, or added by hand. */
export const AGENDA_KINDS = ['previous_actions', 'overdue_cases', 'unclassified_needs', 'other'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  previous_actions: '上次会议事项办理情况',
  overdue_cases: '超期案件',
  unclassified_needs: '未归类的求助',
  other: '其他事项',
};

/** A task's due day (China date) ends at midnight Beijing time; past that it is overdue. */
export function taskDueAt(dueOn: string): Date {
  return new Date(new Date(`${dueOn}T00:00:00+08:00`).getTime() + 24 * 3600_000);
}

/** "2026-12" → the first instant of that month and of the next, in Beijing time. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
}
