/** Providers (力量清单) and services (服务清单) for tests, over real division codes. */
import type { TProviderInput, TServiceInput } from '../../shared/schemas/services';

export const CUIYUAN_STREET = '330106005000';
export const CUIYUAN_ONE = '330106005001';
export const DISTRICT = '330106000000';

export const FIXTURE_PROVIDERS: TProviderInput[] = [
  {
    slug: 'fx-food-bank',
    kind: 'social_org',
    name: '善粮公社',
    description: '爱心食物银行',
    phone: '0571-00000000',
    isSampleContact: true,
  },
  {
    slug: 'fx-civil',
    kind: 'department',
    name: '区民政局',
    description: '社会救助主管部门',
    departmentCode: 'civil_affairs',
    isSampleContact: true,
  },
];

const svc = (over: Partial<TServiceInput> & Pick<TServiceInput, 'slug' | 'name' | 'serviceAreas'>): TServiceInput => ({
  providerSlug: 'fx-food-bank',
  description: '每周发放米面油',
  needTier: 'survival',
  delivery: 'material',
  targetGroups: ['dibao'],
  eligibilityDescription: '本区困难家庭',
  requiredDocuments: [],
  languages: ['普通话'],
  capacity: 'available',
  lastVerifiedAt: '2030-01-01',
  lastVerifiedBy: '区民政局',
  policySlugs: [],
  howToApply: [],
  ...over,
});

export const FIXTURE_SERVICES: TServiceInput[] = [
  svc({ slug: 'fx-food-district', name: '爱心粮油包', serviceAreas: [DISTRICT] }),
  svc({
    slug: 'fx-meal-cuiyuan',
    name: '老人助餐',
    description: '社区食堂助餐送餐',
    needTier: 'care',
    delivery: 'service',
    targetGroups: ['tekun'],
    serviceAreas: [CUIYUAN_STREET],
    schedule: '每天 11:00-12:30',
    accessibility: '无障碍通道',
  }),
  svc({
    slug: 'fx-job-other',
    name: '零工市场岗位推荐',
    description: '灵活就业岗位',
    needTier: 'development',
    delivery: 'development',
    targetGroups: ['employment'],
    providerSlug: 'fx-civil',
    serviceAreas: ['330106013000'],
  }),
];
