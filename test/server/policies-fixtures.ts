/** Small policy fixtures for the policies-*.test.ts suites (independent of the seeded content). */
import type { TPolicyInput } from '../../shared/schemas/content';
import type { SeedStandard } from '../../server/src/db/seed/policies.seed';

export const FIXTURE_STANDARDS: SeedStandard[] = [
  {
    key: 'fx_dibao_monthly',
    label: '低保标准（测试）',
    value: 1240,
    unit: '元/月',
    isSample: true,
    note: '测试用示例值',
  },
];

const base = {
  needTiers: ['survival'] as TPolicyInput['needTiers'],
  targetGroups: [] as TPolicyInput['targetGroups'],
  departmentCode: 'civil_affairs',
  eligibilityText: '请咨询社区服务点',
  materials: ['身份证'],
  steps: [{ title: '社区受理', timeLimit: '3个工作日' }],
  contacts: [{ name: '社区服务点', phone: '0571-00000000' }],
};

export const FX_DIBAO: TPolicyInput = {
  ...base,
  slug: 'fx-dibao',
  title: '鲸湾最低生活保障',
  summary: '家庭收入低于标准时，每月发放生活补助',
  body: '符合条件的家庭每月可领取补助。申请人需如实申报收入。',
  targetGroups: ['dibao'],
  eligibilityRule: {
    conditions: [
      {
        field: 'monthlyIncomePerPerson',
        op: 'lt',
        standard: 'fx_dibao_monthly',
        required: true,
        reason: '家庭人均月收入低于本区低保标准',
      },
      { field: 'assetsBelowLimit', op: 'isTrue', required: false, reason: '家庭财产在规定范围内' },
    ],
    anyOf: [],
  },
};

export const FX_EMERGENCY: TPolicyInput = {
  ...base,
  slug: 'fx-emergency',
  title: '鲸湾临时救助',
  summary: '遇到突发困难时的临时帮助',
  body: '因火灾、车祸、突发重病导致生活暂时困难的家庭可以申请。2024年起简化流程。',
  targetGroups: ['emergency'],
  departmentCode: 'emergency',
  eligibilityRule: {
    conditions: [{ field: 'suddenEmergency', op: 'isTrue', required: true, reason: '最近遇到了突发困难' }],
    anyOf: [],
  },
};

export const FX_ELDERLY: TPolicyInput = {
  ...base,
  slug: 'fx-elderly',
  title: '60岁以上独居老人鲸湾关爱',
  summary: '上门探访和助餐服务',
  body: '社区志愿者每周上门探访。',
  needTiers: ['care'],
  targetGroups: [],
  eligibilityRule: {
    conditions: [],
    anyOf: [
      [
        { field: 'age', op: 'gte', value: 60, required: true, reason: '年满60岁' },
        { field: 'hasDisability', op: 'isTrue', required: true, reason: '家中有残疾人' },
      ],
    ],
  },
};

/** Ranking: "珊瑚" in the title of one, in the summary of another, in the body of a third. */
export const FX_RANK_TITLE: TPolicyInput = {
  ...base,
  slug: 'fx-rank-title',
  title: '珊瑚助学补助',
  summary: '帮助孩子上学',
  body: '按学期发放。',
};
export const FX_RANK_SUMMARY: TPolicyInput = {
  ...base,
  slug: 'fx-rank-summary',
  title: '助学金',
  summary: '珊瑚社区的孩子可以申请',
  body: '按学年发放。',
};
export const FX_RANK_BODY: TPolicyInput = {
  ...base,
  slug: 'fx-rank-body',
  title: '学生资助',
  summary: '困难家庭学生',
  body: '包括珊瑚社区在内的所有学生，以及珊瑚小学、珊瑚中学。',
};

export const FIXTURE_POLICIES: TPolicyInput[] = [
  FX_DIBAO,
  FX_EMERGENCY,
  FX_ELDERLY,
  FX_RANK_TITLE,
  FX_RANK_SUMMARY,
  FX_RANK_BODY,
];
