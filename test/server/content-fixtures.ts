/** Livestreams and stories for tests: times relative to the test clock. */
import type { TLivestreamInput, TStoryInput } from '../../shared/schemas/content';

const H = 3600_000;
const at = (now: Date, hours: number) => new Date(now.getTime() + hours * H).toISOString();

export function fixtureLivestreams(now: Date): TLivestreamInput[] {
  const base = { summary: '讲清楚怎么申请', speaker: '区民政局', chapters: [], policySlugs: [] };
  return [
    {
      ...base,
      slug: 'fx-upcoming-soon',
      title: '低保政策解读',
      startsAt: at(now, 2),
      endsAt: at(now, 3),
      channelsFinderUserName: 'sphABC',
      channelsFeedId: 'feed-1',
    },
    { ...base, slug: 'fx-upcoming-later', title: '临时救助怎么办', startsAt: at(now, 48), endsAt: at(now, 49) },
    { ...base, slug: 'fx-live', title: '正在直播', startsAt: at(now, -0.5), endsAt: at(now, 0.5) },
    {
      ...base,
      slug: 'fx-replay-new',
      title: '医疗救助回放',
      startsAt: at(now, -24),
      endsAt: at(now, -23),
      replayUrl: 'https://example.org/replay/new.mp4',
      replayExpiresAt: at(now, 24 * 30),
      chapters: [
        { startSec: 600, title: '申请材料', policySlugs: ['medical-aid'] },
        { startSec: 0, title: '开场', policySlugs: [] },
      ],
      policySlugs: ['medical-aid'],
    },
    {
      ...base,
      slug: 'fx-replay-old',
      title: '教育救助回放',
      startsAt: at(now, -72),
      endsAt: at(now, -71),
      replayUrl: 'https://example.org/replay/old.mp4',
    },
    {
      ...base,
      slug: 'fx-expired',
      title: '过期回放',
      startsAt: at(now, -24 * 60),
      endsAt: at(now, -24 * 60 + 1),
      replayUrl: 'https://example.org/replay/x.mp4',
      replayExpiresAt: at(now, -24),
    },
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
