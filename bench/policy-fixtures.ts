/**
 * Bench-only fixtures: 5,000 generated, published policies created through the admin API of the running
 * server (works for PGlite and PostgreSQL alike), once per server. Never used by the product's seed.
 */
import type { Api } from './lib/api';
import type { Json } from './lib/api';

const TOPICS = ['低保', '低边', '特困供养', '临时救助', '医疗救助', '助学', '住房补贴', '就业培训', '残疾人护理', '高龄津贴', '居家养老', '助餐', '心理关爱', '法律援助', '困境儿童'];
const PLACES = ['西溪', '翠苑', '文新', '古荡', '蒋村', '三墩', '双浦', '转塘', '留下', '灵隐', '北山', '西湖'];
const FILLER = '符合条件的家庭可以向社区服务点提出申请,工作人员会在规定时间内上门核实情况并告知结果。所需材料包括身份证、户口本和收入证明。';
const DEPTS = ['civil_affairs', 'hrss', 'health', 'education', 'disabled', 'medical_security', 'housing'];
const TIERS = ['survival', 'care', 'development'] as const;

/** Search queries the scenario rotates through: single chars, words, mixed digits, rare and common terms. */
export const SEARCH_QUERIES = ['低保', '医疗救助', '60岁', '残', '西溪助餐', '2024年', '法律援助', '住房', '翠苑高龄津贴', '培训'];

export function policy(i: number): Json {
  const topic = TOPICS[i % TOPICS.length]!;
  const place = PLACES[(i * 7) % PLACES.length]!;
  const other = TOPICS[(i * 11 + 3) % TOPICS.length]!;
  return {
    slug: `bench-${i}`,
    title: `${place}${topic}政策第${i}号`,
    summary: `${place}街道居民的${topic}帮扶,${i % 3 === 0 ? '60岁以上老人优先' : '2024年起执行'}。`,
    body: `${FILLER}本政策与${other}衔接。${FILLER}`.repeat(1 + (i % 4)),
    needTiers: [TIERS[i % 3]!],
    targetGroups: [],
    departmentCode: DEPTS[i % DEPTS.length]!,
    eligibilityText: '请咨询社区服务点',
    materials: ['身份证'],
    steps: [{ title: '社区受理', timeLimit: '3个工作日' }],
    contacts: [{ name: '社区服务点' }],
  };
}

const done = new Set<string>();

/** Creates and publishes `n` policies as the demo admin, 8 requests at a time; skipped if already done for this server. */
export async function ensureGeneratedPolicies(api: Api, n = 5000): Promise<void> {
  if (done.has(api.baseUrl)) return;
  const { users } = await api.call('auth.devUsers', {});
  const admin = users.find((u) => u.roles.includes('admin'));
  if (!admin) throw new Error('no demo admin (is dev login enabled?)');
  const session = await api.call('auth.devLogin', { userId: admin.id });
  const as = api.with({ authorization: `Bearer ${session.accessToken}` });
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await as.post('/api/admin.policies.create', policy(i));
      await as.post('/api/admin.policies.setStatus', { slug: `bench-${i}`, status: 'published' });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`bench: generated ${n} policies in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  done.add(api.baseUrl);
}
