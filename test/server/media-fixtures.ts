/** Media content for tests (until the Chinese seed data exists): times relative to the test clock. */
import type { TLivestreamInput, TProviderInput, TServiceInput, TStoryInput } from '../../shared/schemas/content';

const H = 3600_000;
const at = (now: Date, hours: number) => new Date(now.getTime() + hours * H).toISOString();

export const CUIYUAN_STREET = '330106005000';
export const CUIYUAN_ONE = '330106005001';
export const DISTRICT = '330106000000';

export function fixtureLivestreams(now: Date): TLivestreamInput[] {
  const base = { summary: '讲清楚怎么申请', speaker: '区民政局', chapters: [], policySlugs: [] };
  return [
    { ...base, slug: 'fx-upcoming-soon', title: '低保政策解读', startsAt: at(now, 2), endsAt: at(now, 3), channelsFinderUserName: 'sphABC', channelsFeedId: 'feed-1' },
    { ...base, slug: 'fx-upcoming-later', title: '临时救助怎么办', startsAt: at(now, 48), endsAt: at(now, 49) },
    { ...base, slug: 'fx-live', title: '正在直播', startsAt: at(now, -0.5), endsAt: at(now, 0.5) },
    {
      ...base, slug: 'fx-replay-new', title: '医疗救助回放', startsAt: at(now, -24), endsAt: at(now, -23),
      replayUrl: 'https://example.org/replay/new.mp4', replayExpiresAt: at(now, 24 * 30),
      chapters: [{ startSec: 600, title: '申请材料', policySlugs: ['medical-aid'] }, { startSec: 0, title: '开场', policySlugs: [] }],
      policySlugs: ['medical-aid'],
    },
    { ...base, slug: 'fx-replay-old', title: '教育救助回放', startsAt: at(now, -72), endsAt: at(now, -71), replayUrl: 'https://example.org/replay/old.mp4' },
    { ...base, slug: 'fx-expired', title: '过期回放', startsAt: at(now, -24 * 60), endsAt: at(now, -24 * 60 + 1), replayUrl: 'https://example.org/replay/x.mp4', replayExpiresAt: at(now, -24) },
    { ...base, slug: 'fx-ended', title: '没有回放', startsAt: at(now, -5), endsAt: at(now, -4) },
  ];
}

export const FIXTURE_STORIES: TStoryInput[] = Array.from({ length: 5 }, (_, i) => ({
  slug: `fx-story-${i}`,
  title: `案例${i}`,
  summary: '一户人家得到了帮助',
  body: '正文',
  images: i === 0 ? ['https://example.org/a.jpg'] : [],
  needTiers: i % 2 === 0 ? ['survival'] : ['care'],
  targetGroups: i === 1 ? ['tekun'] : ['dibao'],
  policySlugs: ['dibao-basic'],
}));

export const FIXTURE_PROVIDERS: TProviderInput[] = [
  { slug: 'fx-food-bank', kind: 'social_org', name: '善粮公社', description: '爱心食物银行', phone: '0571-00000000', isSampleContact: true },
  { slug: 'fx-civil', kind: 'department', name: '区民政局', description: '社会救助主管部门', departmentCode: 'civil_affairs', isSampleContact: true },
];

const svc = (over: Partial<TServiceInput> & Pick<TServiceInput, 'slug' | 'name' | 'serviceAreas'>): TServiceInput => ({
  providerSlug: 'fx-food-bank', description: '每周发放米面油', needTier: 'survival', delivery: 'material', targetGroups: ['dibao'],
  eligibilityDescription: '本区困难家庭', requiredDocuments: [], languages: ['普通话'], capacity: 'available',
  lastVerifiedAt: '2030-01-01', lastVerifiedBy: '区民政局', policySlugs: [], ...over,
});

export const FIXTURE_SERVICES: TServiceInput[] = [
  svc({ slug: 'fx-food-district', name: '爱心粮油包', serviceAreas: [DISTRICT] }),
  svc({ slug: 'fx-meal-cuiyuan', name: '老人助餐', description: '社区食堂助餐送餐', needTier: 'care', delivery: 'service', targetGroups: ['tekun'], serviceAreas: [CUIYUAN_STREET], schedule: '每天 11:00-12:30', accessibility: '无障碍通道' }),
  svc({ slug: 'fx-job-other', name: '零工市场岗位推荐', description: '灵活就业岗位', needTier: 'development', delivery: 'development', targetGroups: ['employment'], providerSlug: 'fx-civil', serviceAreas: ['330106013000'] }),
];
