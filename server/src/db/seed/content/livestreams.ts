/**
 * Demo livestreams (视频号直播) and replays, timed relative to `now` so every state shows up whenever the
 * seed runs: upcoming (in 2 and 9 days), live now, ended without replay yet, replays with chapters,
 * and one replay that has expired.
 *
 * PLACEHOLDERS: the WeChat Channels identifiers are not real. Every replay plays the sample video that ships with
 * the server (server/assets/replay-sample.mp4, made by scripts/make-replay-sample.sh): 30 seconds in six 5-second
 * chapters, so the seeded chapters start at 0, 5, 10 … seconds and a chapter tap visibly seeks. The district
 * replaces the address with its own recording (https) in the admin screen.
 */
import type { TLivestreamInput } from '../../../../../shared/schemas/content';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Sample 视频号 account name; replace with the district's own. */
const FINDER = 'sph-zhulian-sample';
/** Served by the API server itself (GET /media/:name, with byte ranges); clients resolve it against the API base. */
const REPLAY_VIDEO = '/media/replay-sample.mp4';

const iso = (ms: number) => new Date(ms).toISOString();
/** `days` from `now`, at the given Beijing (UTC+8) wall-clock hour. */
function beijingAt(now: Date, days: number, hour: number, minute = 0): number {
  const d = new Date(now.getTime() + days * DAY);
  // Beijing date of that instant, then the wall-clock time on it.
  const bj = new Date(d.getTime() + 8 * HOUR);
  return Date.UTC(bj.getUTCFullYear(), bj.getUTCMonth(), bj.getUTCDate(), hour - 8, minute);
}

export function livestreams(now: Date): TLivestreamInput[] {
  const t = now.getTime();
  return [
    {
      slug: 'live-dibao-dibian-how-to-apply',
      title: '低保、低边怎么申请？一次讲清楚',
      summary:
        '什么是最低生活保障（低保）和低保边缘家庭（低边）？收入怎么算、要带什么、多久有结果？直播里现场答疑，欢迎子女陪老人一起看。',
      speaker: '区民政局社会救助科工作人员',
      startsAt: iso(beijingAt(now, 2, 19)),
      endsAt: iso(beijingAt(now, 2, 20)),
      channelsFinderUserName: FINDER,
      channelsFeedId: 'sample-feed-dibao-dibian',
      chapters: [],
      policySlugs: ['minimum-living-allowance', 'low-income-marginal-family', 'temporary-assistance'],
    },
    {
      slug: 'live-winter-jobs-and-training',
      title: '冬季找工作：零工市场和免费技能培训',
      summary: '年底哪些零活好找？家政、养老护理培训怎么报名？零工市场和就业服务中心的工作人员在线回答问题。',
      speaker: '区人力社保局就业服务中心、零工市场工作人员',
      startsAt: iso(beijingAt(now, 9, 15)),
      endsAt: iso(beijingAt(now, 9, 16, 30)),
      channelsFinderUserName: FINDER,
      channelsFeedId: 'sample-feed-winter-jobs',
      chapters: [],
      policySlugs: [
        'gig-work-market',
        'vocational-training-subsidy',
        'employment-assistance',
        'women-employment-skills',
      ],
    },
    {
      slug: 'live-medical-costs-help',
      title: '看病花钱多？医疗救助和大病保险怎么用',
      summary: '正在直播：医保报完后自己还要付的钱，哪些还能再报？出院时怎么“一站式”结算？',
      speaker: '区医疗保障局经办窗口工作人员',
      startsAt: iso(t - 20 * MINUTE),
      endsAt: iso(t + 70 * MINUTE),
      channelsFinderUserName: FINDER,
      channelsFeedId: 'sample-feed-medical-costs',
      chapters: [],
      policySlugs: [
        'medical-assistance',
        'critical-illness-insurance-tilt',
        'high-medical-cost-family-assistance',
        'medical-insurance-premium-subsidy',
      ],
    },
    {
      slug: 'live-disability-subsidies-qa',
      title: '残疾人两项补贴和辅具适配答疑',
      summary: '生活补贴和护理补贴有什么不同？轮椅、助听器怎么申请？回放整理好后会上传。',
      speaker: '区残联工作人员',
      startsAt: iso(beijingAt(now, -2, 14)),
      endsAt: iso(beijingAt(now, -2, 15)),
      chapters: [],
      policySlugs: ['disability-two-subsidies', 'disability-assistive-devices', 'disability-employment-support'],
    },
    {
      slug: 'replay-elderly-care-at-home',
      title: '在家养老有人帮：居家养老补贴、高龄津贴和探访关爱',
      summary: '回放：老人在家需要人照顾怎么办？哪些补贴可以申请？独自生活的老人怎么登记探访？',
      speaker: '区民政局养老服务科、翠苑街道社工站社工',
      startsAt: iso(beijingAt(now, -7, 19)),
      endsAt: iso(beijingAt(now, -7, 20)),
      channelsFinderUserName: FINDER,
      channelsFeedId: 'sample-feed-elderly-care-at-home',
      replayUrl: REPLAY_VIDEO,
      replayExpiresAt: iso(beijingAt(now, 60, 0)),
      chapters: [
        { startSec: 0, title: '开场：这次讲什么', policySlugs: [] },
        { startSec: 5, title: '居家养老服务补贴：谁能申请、怎么用', policySlugs: ['home-care-service-subsidy'] },
        { startSec: 10, title: '高龄津贴：到龄怎么领', policySlugs: ['high-age-allowance'] },
        { startSec: 15, title: '独居老人探访关爱怎么登记', policySlugs: ['lonely-elderly-visits'] },
        { startSec: 20, title: '家里装烟感、查电线', policySlugs: ['household-safety-check-for-vulnerable'] },
        { startSec: 25, title: '观众提问', policySlugs: ['home-care-service-subsidy', 'family-doctor-home-visits'] },
      ],
      policySlugs: [
        'home-care-service-subsidy',
        'high-age-allowance',
        'lonely-elderly-visits',
        'household-safety-check-for-vulnerable',
        'family-doctor-home-visits',
      ],
    },
    {
      slug: 'replay-school-aid-for-children',
      title: '孩子上学的资助有哪些？从幼儿园到大学',
      summary: '回放：不同学段有哪些资助、去哪里申请、助学贷款怎么办，还有工会和妇联的助学项目。',
      speaker: '区教育局学生资助管理中心工作人员',
      startsAt: iso(beijingAt(now, -20, 19)),
      endsAt: iso(beijingAt(now, -20, 20, 15)),
      channelsFinderUserName: FINDER,
      channelsFeedId: 'sample-feed-school-aid-for-children',
      replayUrl: REPLAY_VIDEO,
      replayExpiresAt: iso(beijingAt(now, 40, 0)),
      chapters: [
        { startSec: 0, title: '开场', policySlugs: [] },
        { startSec: 5, title: '幼儿园到高中的资助', policySlugs: ['student-financial-aid'] },
        { startSec: 10, title: '上大学：助学贷款怎么办', policySlugs: ['student-loan-origin-based'] },
        {
          startSec: 15,
          title: '工会“金秋助学”和妇联女童助学',
          policySlugs: ['worker-children-study-aid', 'women-children-care'],
        },
        { startSec: 20, title: '需要关爱的孩子还能得到什么帮助', policySlugs: ['children-in-difficult-situations'] },
        { startSec: 25, title: '观众提问', policySlugs: [] },
      ],
      policySlugs: [
        'student-financial-aid',
        'student-loan-origin-based',
        'worker-children-study-aid',
        'women-children-care',
        'children-in-difficult-situations',
      ],
    },
    {
      slug: 'replay-typhoon-season-help',
      title: '台风季：受灾了怎么求助',
      summary: '回放（已过期）：台风暴雨来临前怎么准备，受灾后怎么申请生活救助和临时住处。',
      speaker: '区应急管理局、区民政局工作人员',
      startsAt: iso(beijingAt(now, -120, 19)),
      endsAt: iso(beijingAt(now, -120, 20)),
      channelsFinderUserName: FINDER,
      channelsFeedId: 'sample-feed-typhoon-season-help',
      replayUrl: REPLAY_VIDEO,
      replayExpiresAt: iso(beijingAt(now, -30, 0)),
      chapters: [
        { startSec: 0, title: '台风来前的准备', policySlugs: [] },
        { startSec: 10, title: '受灾后的生活救助', policySlugs: ['natural-disaster-relief'] },
        { startSec: 15, title: '急事先救后审', policySlugs: ['urgent-hardship-first-aid', 'temporary-assistance'] },
        { startSec: 25, title: '村里老房子的安全', policySlugs: ['rural-dilapidated-house-renovation'] },
      ],
      policySlugs: [
        'natural-disaster-relief',
        'temporary-assistance',
        'urgent-hardship-first-aid',
        'rural-dilapidated-house-renovation',
      ],
    },
  ];
}
