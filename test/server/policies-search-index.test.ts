/**
 * The in-process search index (features/policies/search-index*.ts, decision 44) answers exactly as the SQL
 * ranking did: same rows, same scores to the bit, same order and cursors, with every filter; and it follows
 * admin edits at once and other processes' edits within the catalog's staleness.
 */
import { sql } from 'drizzle-orm';
import { parseQuery } from '../../shared/domain/search-query';
import type { NeedTier, TargetGroup } from '../../shared/domain/assistance';
import { ZPolicyPage } from '../../shared/schemas/policies';
import { createApp } from '../../server/src/app';
import { queryRows } from '../../server/src/db/client';
import type { Deps } from '../../server/src/deps';
import { insertPolicy } from '../../server/src/features/policies/policies-admin.repo';
import { listPublished, type ListFilter } from '../../server/src/features/policies/policies.repo';
import { policySearchIndex, SEARCH_INDEX_STALE_MAX_MS } from '../../server/src/features/policies/search-index.service';
import { searchIndex } from '../../server/src/features/policies/search-rank';
import { contentChanged } from '../../server/src/lib/content-events';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import request from 'supertest';

const t = useTestApp();
const SEED = Number(process.env.SEARCH_INDEX_SEED ?? 20261206);

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '低保',
  '最低生活保障',
  '低保边缘',
  '残疾人',
  '残障',
  '护理',
  '养老',
  '居家养老',
  '住房',
  '公租房',
  '租房',
  '补贴',
  '津贴',
  '申请',
  '老年人',
  '儿童',
  '助学',
  '就业',
  '培训',
  '医疗救助',
  '珍珠',
  '西溪',
  '60岁',
  '2024年',
  'ABC',
  'xyz',
  '，',
  '。',
  '的',
  '社区',
];
const QUERIES = [
  '低保',
  '最低生活保障',
  '残',
  '养',
  '申',
  '住房',
  '培训',
  '60岁',
  '2024年',
  '西溪高龄津贴',
  '残疾人护理',
  '低保边缘',
  '老人补贴',
  '公租房',
  '珍珠',
  'abc',
  'xyz123',
  '火箭发射',
  '居家养老服务',
  '孩子上学',
  '医疗救助',
  '法律援助',
];
const TIERS: NeedTier[] = ['survival', 'care', 'development'];
const GROUPS: TargetGroup[] = ['dibao', 'tekun', 'housing'];

async function seedRandomPolicies(random: () => number): Promise<void> {
  const depts = await queryRows<{ id: string }>(t.deps.db, sql`select id from departments order by code limit 3`);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('');
  const base = Date.parse('2025-01-01T00:00:00.000Z');
  for (let i = 0; i < 90; i++) {
    const id = await insertPolicy(
      t.deps.db,
      {
        slug: `ix-${i}`,
        title: `${text(1 + Math.floor(random() * 3))}政策`,
        summary: random() < 0.1 ? '' : text(Math.floor(random() * 8)),
        body: text(Math.floor(random() * 40)),
        needTiers: [pick(TIERS)],
        targetGroups: random() < 0.5 ? [pick(GROUPS)] : [],
        departmentId: pick(depts).id,
        eligibilityText: '请咨询社区服务点',
        materials: [],
        steps: [],
        contacts: [],
        effectiveFrom: random() < 0.1 ? '2999-01-01' : null,
        effectiveTo: random() < 0.1 ? '2000-01-01' : null,
      },
      // a few share one publication time, so ties break on the id
      new Date(base + Math.floor(random() * 30) * 86_400_000),
    );
    // microseconds the driver's Date cannot hold: the order and the cursor still follow the database
    if (id && random() < 0.1)
      await queryRows(
        t.deps.db,
        sql`update policies set published_at = published_at + interval '123 microseconds' where id = ${id.id}`,
      );
  }
  contentChanged(t.deps.db);
}

beforeAll(async () => seedRandomPolicies(rng(SEED)));

describe('policy search index', () => {
  it(`returns the SQL ranking's pages, scores and cursors for every query and filter (seed ${SEED})`, async () => {
    const filters: Partial<ListFilter>[] = [{}, { needTier: 'care' }, { targetGroup: 'dibao' }, { limit: 4 }];
    const today = new Date().toISOString().slice(0, 10);
    const index = await policySearchIndex(t.deps);
    let compared = 0;
    for (const q of QUERIES)
      for (const extra of filters) {
        const filter: ListFilter = { terms: parseQuery(q), today, limit: 7, ...extra };
        expect(filter.terms.length).toBeGreaterThan(0); // a query without terms never reaches the index
        for (let page = 0; page < 40; page++) {
          const fromSql = await listPublished(t.deps.db, filter);
          const fromIndex = searchIndex(index, filter);
          const label = `q=${q} ${JSON.stringify(extra)} page ${page} (seed ${SEED})`;
          expect([label, fromIndex.map((h) => [h.id, h.rank])]).toEqual([
            label,
            fromSql.map((r) => [r.id, Number(r.rank)]),
          ]);
          compared += fromSql.length;
          const last = fromSql[fromSql.length - 1];
          if (fromSql.length < filter.limit || !last) break;
          filter.cursor = {
            rank: Number(last.rank),
            publishedAt: new Date(last.publishedAt).toISOString(),
            id: last.id,
          };
        }
      }
    expect(compared).toBeGreaterThan(500);
  });

  it('filters by department through the endpoint', async () => {
    const [dept] = await queryRows<{ code: string }>(
      t.deps.db,
      sql`select code from departments order by code limit 1`,
    );
    const res = await post(t, 'policies.list', { q: '申', departmentCode: dept!.code, limit: 50 });
    const page = ZPolicyPage.parse(res.body.data);
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(item.department.code).toBe(dept!.code);
  });
});

/** A second server process on the same database: its own Deps (own caches and index), its own app. */
function otherProcess(): { deps: Deps; post: (path: string, body: object, token?: string) => request.Test } {
  // a distinct handle object: per-process caches are keyed by it, the queries go to the same database
  const deps: Deps = { ...t.deps, db: new Proxy(t.deps.db, {}) };
  const server = createApp(deps).callback();
  return {
    deps,
    post: (path, body, token) => {
      const req = request(server).post(`/api/${path}`).send(body);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    },
  };
}

const titles = async (body: object, via: (path: string, body: object) => request.Test | Promise<request.Response>) =>
  ZPolicyPage.parse((await via('policies.list', body)).body.data).items.map((i) => i.title);

describe('policy search index freshness', () => {
  it('follows an admin edit and an unpublish in this process at once', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const here = (path: string, body: object) => post(t, path, body);
    expect(await titles({ q: '琥珀' }, here)).toEqual([]);
    await post(t, 'admin.policies.update', { slug: 'ix-1', patch: { title: '琥珀助学金' } }, admin.accessToken);
    expect(await titles({ q: '琥珀' }, here)).toEqual(['琥珀助学金']);
    await post(t, 'admin.policies.setStatus', { slug: 'ix-1', status: 'archived' }, admin.accessToken);
    expect(await titles({ q: '琥珀' }, here)).toEqual([]);
    await post(t, 'admin.policies.setStatus', { slug: 'ix-1', status: 'published' }, admin.accessToken);
    expect(await titles({ q: '琥珀' }, here)).toEqual(['琥珀助学金']);
  });

  it("sees another process's edit and unpublish once its index is checked again", async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const other = otherProcess();
    const there = (path: string, body: object) => other.post(path, body);
    const here = (path: string, body: object) => post(t, path, body);
    expect(await titles({ q: '玛瑙' }, there)).toEqual([]);
    expect(await titles({ q: '玛瑙' }, here)).toEqual([]);
    // edited through this process's API: the other process's index (and page cache) does not know yet
    await post(t, 'admin.policies.update', { slug: 'ix-2', patch: { title: '玛瑙护理补贴' } }, admin.accessToken);
    expect(await titles({ q: '玛瑙' }, here)).toEqual(['玛瑙护理补贴']);
    expect(await titles({ q: '玛瑙' }, there)).toEqual([]);
    t.clock.advance(SEARCH_INDEX_STALE_MAX_MS);
    expect(await titles({ q: '玛瑙' }, there)).toEqual(['玛瑙护理补贴']);
    expect(await titles({ q: '玛瑙' }, here)).toEqual(['玛瑙护理补贴']);
    // and an unpublish made by the other process reaches this one the same way
    await other.post('admin.policies.setStatus', { slug: 'ix-2', status: 'archived' }, admin.accessToken);
    expect(await titles({ q: '玛瑙' }, there)).toEqual([]);
    expect(await titles({ q: '玛瑙' }, here)).toEqual(['玛瑙护理补贴']);
    t.clock.advance(SEARCH_INDEX_STALE_MAX_MS);
    expect(await titles({ q: '玛瑙' }, here)).toEqual([]);
    expect((await policySearchIndex(other.deps)).policies.length).toBeGreaterThan(0);
  });
});
