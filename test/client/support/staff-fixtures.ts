/** Staff workbench bodies typed by the shared schemas (tests parse them with the schemas too, so they cannot drift). */
import { legalActions, type ApplicationStatus } from '@shared/domain/application-status';
import type { TCaseQueueItem, TOfficerCaseView, TStaffCaseDetail } from '@shared/schemas/cases';
import type { TSession } from '@shared/schemas/auth';
import { me, session } from './fixtures';

export const CASE_ID = '0a1b2c3d-0000-4000-8000-00000000c001';
export const POINT_ID = '0a1b2c3d-0000-4000-8000-00000000a001';

let seq = 0;
const caseId = () => `0a1b2c3d-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

export function queueItem(overrides: Partial<TCaseQueueItem> = {}): TCaseQueueItem {
  return {
    id: caseId(),
    refNo: `XH261129-${['7KQ3', '8MNP', '9RST', 'ABCD', 'EFGH'][seq % 5]}`,
    channel: 'self',
    status: 'submitted',
    urgency: 'normal',
    needTier: 'survival',
    categories: ['basic_living'],
    subjectName: '王大爷',
    streetName: '翠苑街道',
    communityName: '翠苑一区社区',
    servicePointName: '翠苑一区助联服务点',
    dueAt: '2030-01-10T02:00:00.000Z',
    overdue: false,
    paused: false,
    flags: [],
    assignedToMe: false,
    detailsWithheld: false,
    version: 1,
    ...overrides,
  };
}

export function staffDetail(overrides: Partial<TStaffCaseDetail> = {}): TStaffCaseDetail {
  const status: ApplicationStatus = overrides.status ?? 'submitted';
  return {
    view: 'staff',
    id: CASE_ID,
    refNo: 'XH261129-7KQ3',
    channel: 'proxy',
    status,
    statusLabel: '待受理',
    urgency: 'urgent',
    needTier: 'survival',
    categories: ['basic_living', 'medical'],
    targetGroup: 'dibao',
    subjectName: '王大爷',
    idNumberMasked: '3301**********1234',
    phoneMasked: '138****5678',
    relationship: 'child',
    applicant: { displayName: '王小明', relationship: 'child', phoneMasked: '139****4321' },
    address: '翠苑一区 3 幢 2 单元 301',
    divisionCode: '330106005055',
    streetName: '翠苑街道',
    communityName: '翠苑一区社区',
    description: '老人独居，最近住院，家里没有收入。',
    flags: ['possible_duplicate'],
    servicePoint: { id: POINT_ID, name: '翠苑一区助联服务点', level: 'community_point' },
    assignee: null,
    routing: { ruleVersion: 3, text: '您填写的地址属于翠苑一区社区', detail: { rule: 'community' } },
    suggestedDepartments: [{ id: '0a1b2c3d-0000-4000-8000-0000000d0001', code: 'medical_security', name: '区医保局' }],
    referrals: [],
    consents: [],
    timeline: [
      {
        id: 1,
        type: 'submitted',
        statusFrom: null,
        statusTo: 'submitted',
        note: null,
        data: {},
        actorName: '王小明',
        at: '2026-11-29T01:00:00.000Z',
      },
    ],
    nextActions: legalActions(status).filter((a) => a !== 'withdraw' && a !== 'provideInfo'),
    dueAt: '2030-01-10T02:00:00.000Z',
    overdue: false,
    paused: false,
    outcome: null,
    resolution: null,
    resolveDueAt: null,
    resolvedAt: null,
    createdAt: '2026-11-29T01:00:00.000Z',
    version: 4,
    attachments: [],
    detailsWithheld: false,
    suggestions: { policies: [], services: [] },
    ...overrides,
  };
}

export function officerView(overrides: Partial<TOfficerCaseView> = {}): TOfficerCaseView {
  return {
    view: 'officer',
    id: CASE_ID,
    refNo: 'XH261129-7KQ3',
    status: 'in_progress',
    referral: {
      id: '0a1b2c3d-0000-4000-8000-0000000e0001',
      department: { id: '0a1b2c3d-0000-4000-8000-0000000d0001', code: 'medical_security', name: '区医保局' },
      status: 'open',
      note: '住院费用高，请核实医疗救助',
      createdAt: '2026-11-29T03:00:00.000Z',
    },
    subjectName: '王大爷',
    streetName: '翠苑街道',
    communityName: '翠苑一区社区',
    needTier: 'survival',
    categories: ['medical'],
    description: '老人独居，最近住院。',
    urgency: 'urgent',
    targetGroup: 'dibao',
    idNumberMasked: '3301**********1234',
    detailsWithheld: false,
    suggestions: { policies: [], services: [] },
    ...overrides,
  };
}

export function staffSession(roles: TSession['user']['roles'] = ['resident', 'point_staff']): TSession {
  return session({
    user: me({
      displayName: '陈社工',
      roles,
      memberships: [
        {
          role: 'point_staff',
          servicePoint: {
            id: POINT_ID,
            name: '翠苑一区助联服务点',
            level: 'community_point',
            divisionCode: '330106005055',
          },
          department: null,
        },
      ],
    }),
  });
}
