/**
 * The application lifecycle as data: which action is legal in which status and where it leads.
 * The server checks it before every change and the database keeps a backstop; the client uses it to show
 * only the actions that can succeed.
 */
import { chinaDay } from './china-time';

export const APPLICATION_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'needs_info',
  'escalated',
  'resolved',
  'closed',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = [
  'accept',
  'contact',
  'visit',
  'askInfo',
  'provideInfo',
  'referDepartment',
  'transfer',
  'escalate',
  'resolve',
  'close',
  'reopen',
  'withdraw',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/**
 * Timeline entry types: the submission, each lifecycle action, a department's answer to a referral, staff
 * recording that the subject of a neighbour's lead agreed to be helped, and a follow-up call (回访) that neither
 * closed nor reopened the case.
 */
export const APPLICATION_EVENT_TYPES = [
  'submitted',
  ...APPLICATION_ACTIONS,
  'referralResponse',
  'consentRecorded',
  /** A service order (服务单) changed: created, accepted, declined, delivered or cancelled (data.step). */
  'serviceOrder',
  'followUp',
  /** A case conference decided about this case: staff read data.detail, the resident data.plainText. */
  'conferenceDecision',
] as const;
export type ApplicationEventType = (typeof APPLICATION_EVENT_TYPES)[number];

/** Work on an accepted case: the first contact, visit or referral moves it to in_progress. */
const WORKING: Partial<Record<ApplicationAction, ApplicationStatus>> = {
  contact: 'in_progress',
  visit: 'in_progress',
  askInfo: 'needs_info',
  referDepartment: 'in_progress',
  transfer: 'submitted',
  escalate: 'escalated',
  resolve: 'resolved',
  withdraw: 'withdrawn',
};

/** status → action → next status. Actions missing from a status's row are illegal there (409). */
export const TRANSITIONS: Record<ApplicationStatus, Partial<Record<ApplicationAction, ApplicationStatus>>> = {
  submitted: {
    accept: 'accepted',
    askInfo: 'needs_info',
    transfer: 'submitted',
    escalate: 'escalated',
    withdraw: 'withdrawn',
  },
  escalated: { accept: 'accepted', transfer: 'escalated', escalate: 'escalated', withdraw: 'withdrawn' },
  accepted: WORKING,
  in_progress: WORKING,
  needs_info: { provideInfo: 'in_progress', contact: 'needs_info', resolve: 'resolved', withdraw: 'withdrawn' },
  resolved: { close: 'closed', reopen: 'in_progress' },
  closed: { reopen: 'in_progress' },
  withdrawn: {},
};

/** Reopening is allowed this long after resolution. */
export const REOPEN_WINDOW_DAYS = 30;

/** The status an action leads to, or null when the action is illegal in `status`. */
export function nextStatus(status: ApplicationStatus, action: ApplicationAction): ApplicationStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

export function legalActions(status: ApplicationStatus): ApplicationAction[] {
  return Object.keys(TRANSITIONS[status]) as ApplicationAction[];
}

/** Statuses in which the case still waits for staff (deadlines run, except while waiting for the resident). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'accepted',
  'in_progress',
  'needs_info',
  'escalated',
];
export const isDeadlinePaused = (status: ApplicationStatus) => status === 'needs_info';

/**
 * The one set of status words, for staff and residents alike (issue 11.8): a resident reading 已受理 on the phone
 * and the worker reading their screen say the same thing.
 */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '办理中',
  needs_info: '待补充材料',
  escalated: '已转上级',
  resolved: '已办结，待确认',
  closed: '已结案',
  withdrawn: '已撤回',
};

const REF_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // no 0/O, 1/I/L: easy to read out on the phone

/**
 * A reference number a resident can read out: "XH" + yymmdd + 4 characters, e.g. XH261129-7KQ3.
 * `random` returns integers in [0, n) (crypto-backed on the server).
 */
export function makeReferenceNumber(date: Date, random: (n: number) => number): string {
  const ymd = chinaDay(date).slice(2).replace(/-/g, ''); // the date as read in Hangzhou, not UTC
  const tail = Array.from({ length: 4 }, () => REF_ALPHABET[random(REF_ALPHABET.length)]).join('');
  return `XH${ymd}-${tail}`;
}

export const REFERENCE_NUMBER_PATTERN = /^XH\d{6}-[2-9A-HJKMNP-Z]{4}$/;
