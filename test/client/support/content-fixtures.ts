/** Content-area response bodies typed by the shared schemas (policies, self-check, livestreams, points). */
import type { z } from 'zod';
import type { TPolicyDetail, TPolicySummary, TSelfCheckResult } from '@shared/schemas/policies';
import type { TLivestreamDetail, TLivestreamSummary } from '@shared/schemas/content';
import type { ZServicePointDetail } from '@shared/schemas/org';
import type { TServiceSummary } from '@shared/schemas/services';
import { SELF_CHECK_QUESTIONS } from '@shared/domain/self-check';
import { point } from './fixtures';

export const DEPARTMENTS = {
  items: [
    { id: '10000000-0000-4000-8000-000000000001', code: 'civil_affairs', name: '区民政局', isLead: true },
    { id: '10000000-0000-4000-8000-000000000002', code: 'medical_security', name: '区医疗保障局', isLead: false },
  ],
};

export function policySummary(overrides: Partial<TPolicySummary> = {}): TPolicySummary {
  return {
    slug: 'minimum-living-allowance',
    title: '最低生活保障（低保）',
    summary: '家庭人均收入低于本区低保标准的，每月发放生活补助。',
    needTiers: ['survival'],
    targetGroups: ['dibao'],
    department: { code: 'civil_affairs', name: '区民政局' },
    publishedAt: '2026-01-01T00:00:00.000Z',
    highlights: [],
    ...overrides,
  };
}

export function policyDetail(overrides: Partial<TPolicyDetail> = {}): TPolicyDetail {
  const { highlights: _h, ...summary } = policySummary();
  return {
    ...summary,
    body: '第一段说明。\n\n第二段说明。',
    eligibilityText: '户籍在西湖区，家庭人均月收入低于低保标准。',
    materials: ['身份证', '户口本'],
    steps: [
      { title: '到社区服务点提出申请', timeLimit: '当场受理' },
      { title: '街道审核', timeLimit: '10 个工作日' },
    ],
    contacts: [{ name: '区民政局社会救助科', phone: '0571-00000000' }, { name: '所在社区服务点' }],
    effectiveFrom: null,
    effectiveTo: null,
    rule: null,
    related: {
      services: [{ slug: 'food-bank', name: '爱心食物银行' }],
      livestreams: [
        { slug: 'replay-dibao', title: '低保怎么申请', chapters: [{ startSec: 330, title: '收入怎么算' }] },
      ],
      stories: [{ slug: 'zhang-ayi-asked-at-last', title: '张阿姨：开口问了一次' }],
    },
    ...overrides,
  };
}

/** Household size, income per person, assets: three questions as the server sends them. */
export const QUESTIONS = {
  questions: ['householdSize', 'monthlyIncomePerPerson', 'assetsBelowLimit'].map((field) =>
    SELF_CHECK_QUESTIONS.find((q) => q.field === field)!,
  ),
};

export function selfCheckResult(): TSelfCheckResult {
  return {
    matches: [
      {
        policy: {
          slug: 'minimum-living-allowance',
          title: '最低生活保障（低保）',
          summary: '每月生活补助',
          department: { code: 'civil_affairs', name: '区民政局' },
        },
        band: 'likely',
        reasons: [{ kind: 'met', text: '家庭人均收入低于低保标准（每月1240元，示例值）' }],
        ruleVersion: 1,
        services: [{ slug: 'food-bank', name: '爱心食物银行' }],
        apply: {
          needTier: 'survival',
          targetGroup: 'dibao',
          answers: { householdSize: 3, monthlyIncomePerPerson: 800, assetsBelowLimit: true },
        },
      },
      {
        policy: {
          slug: 'medical-assistance',
          title: '医疗救助',
          summary: '看病自付部分再报销',
          department: { code: 'medical_security', name: '区医疗保障局' },
        },
        band: 'possibly',
        reasons: [{ kind: 'unknown', text: '还需要了解看病花费：自付医疗费用较高' }],
        ruleVersion: 2,
        services: [],
        apply: { needTier: 'survival', targetGroup: 'medical', answers: { householdSize: 3 } },
      },
    ],
    note: '结果只是参考，标准以民政部门最新公布的为准。',
  };
}

const HOUR = 3_600_000;
export function livestream(overrides: Partial<TLivestreamSummary> = {}): TLivestreamSummary {
  return {
    slug: 'live-dibao',
    title: '低保、低边怎么申请？',
    summary: '现场答疑',
    speaker: '区民政局工作人员',
    startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
    endsAt: new Date(Date.now() + 49 * HOUR).toISOString(),
    state: 'upcoming',
    viewCount: 0,
    chapterCount: 0,
    ...overrides,
  };
}

export function livestreamDetail(overrides: Partial<TLivestreamDetail> = {}): TLivestreamDetail {
  return {
    ...livestream({
      slug: 'replay-elderly',
      title: '在家养老有人帮',
      state: 'replay',
      startsAt: new Date(Date.now() - 72 * HOUR).toISOString(),
      endsAt: new Date(Date.now() - 71 * HOUR).toISOString(),
      chapterCount: 2,
    }),
    chapters: [
      { startSec: 0, title: '开场', policySlugs: [] },
      { startSec: 330, title: '高龄津贴怎么领', policySlugs: ['elderly-allowance'] },
    ],
    policySlugs: ['elderly-allowance'],
    channels: { finderUserName: 'sph-zhulian-sample', feedId: 'feed-1' },
    replayUrl: 'https://media.example.org/replay.mp4',
    replayExpiresAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
    ...overrides,
  };
}

export function service(overrides: Partial<TServiceSummary> = {}): TServiceSummary {
  return {
    slug: 'home-care-visits',
    name: '居家上门探访',
    description: '社工每周上门看望独居老人',
    provider: { slug: 'cuiyuan-social-work', name: '翠苑社工站', kind: 'social_work_station' },
    needTier: 'care',
    delivery: 'service',
    targetGroups: [],
    capacity: 'available',
    ...overrides,
  };
}

export type TPointDetail = z.infer<typeof ZServicePointDetail>;
export function pointDetail(overrides: Partial<TPointDetail> = {}): TPointDetail {
  return {
    ...point({ name: '翠苑一区助联服务点', address: '翠苑一区 12 幢' }),
    openingSchedule: {
      weekly: [
        { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
        { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:30' },
      ],
      isSample: true,
    },
    openNow: true,
    services: [service()],
    contact: {
      call: {
        number: '12345',
        source: 'hotline',
        ownerName: '杭州市 12345 政务服务热线',
        whose: '这是杭州市 12345 政务服务热线',
        why: '翠苑一区助联服务点的电话还没登记，打 12345 说要找翠苑一区助联服务点',
      },
      visit: { source: 'point', name: '翠苑一区助联服务点', address: '翠苑一区 12 幢', note: null },
    },
    ...overrides,
  };
}
