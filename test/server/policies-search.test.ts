import { eq, sql } from 'drizzle-orm';
import { ZPolicyDetail, ZPolicyPage } from '../../shared/schemas/policies';
import { policies } from '../../server/src/db/schema-content';
import { SEARCH_CACHE_TTL_MS } from '../../server/src/features/policies/search-cache';
import { SEARCH_INDEX_STALE_MAX_MS } from '../../server/src/features/policies/search-index.service';
import { seedPolicies } from '../../server/src/db/seed/policies.seed';
import { FIXTURE_POLICIES, FIXTURE_STANDARDS } from './policies-fixtures';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

beforeAll(async () => {
  await seedPolicies(t.deps.db, FIXTURE_POLICIES, FIXTURE_STANDARDS);
});

const search = async (body: Record<string, unknown>) => {
  const res = await post(t, 'policies.list', body);
  expect(res.status).toBe(200);
  return ZPolicyPage.parse(res.body.data);
};
const slugs = (page: { items: { slug: string }[] }) => page.items.map((i) => i.slug);

describe('policies.list', () => {
  it('lists published policies without a query, and pages by cursor without gaps or repeats', async () => {
    const first = await search({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const seen = new Set(slugs(first));
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await search({ limit: 2, cursor });
      for (const s of slugs(page)) {
        expect(seen.has(s)).toBe(false);
        seen.add(s);
      }
      cursor = page.nextCursor;
    }
    for (const p of FIXTURE_POLICIES) expect(seen.has(p.slug)).toBe(true);
    expect((await search({ q: '   ' })).items.length).toBeGreaterThan(0);
  });

  it('filters by need tier, target group and department', async () => {
    expect(slugs(await search({ q: '鲸湾', needTier: 'care' }))).toEqual(['fx-elderly']);
    expect(slugs(await search({ q: '鲸湾', targetGroup: 'dibao' }))).toEqual(['fx-dibao']);
    expect(slugs(await search({ q: '鲸湾', departmentCode: 'emergency' }))).toEqual(['fx-emergency']);
  });

  it('refuses bad filters, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ q: '低'.repeat(51) }, 'q'],
      [{ needTier: 'rich' }, 'needTier'],
      [{ targetGroup: 'x' }, 'targetGroup'],
      [{ departmentCode: 'no_such_dept' }, 'departmentCode'],
      [{ limit: 51 }, 'limit'],
      [{ cursor: 'bm9wZQ' }, 'cursor'],
      [{ sort: 'title' }, 'sort'],
    ];
    for (const [body, field] of cases) {
      const res = await post(t, 'policies.list', body);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
  });
});

describe('Chinese search', () => {
  it('finds a single character and a two-character word', async () => {
    expect(slugs(await search({ q: '鲸' })).sort()).toEqual(['fx-dibao', 'fx-elderly', 'fx-emergency']);
    expect(slugs(await search({ q: '临时' }))).toContain('fx-emergency');
    // any term matches (OR); the policy covering more of the query comes first
    const both = slugs(await search({ q: '鲸湾临时' }));
    expect(both[0]).toBe('fx-emergency');
    expect(both).toEqual(expect.arrayContaining(['fx-dibao', 'fx-elderly']));
  });

  it('matches mixed Chinese and digits', async () => {
    expect(slugs(await search({ q: '60岁' }))).toContain('fx-elderly');
    expect(slugs(await search({ q: '2024年' }))).toContain('fx-emergency');
    expect(slugs(await search({ q: '61岁' }))).toEqual([]); // a number only matches as a whole
    expect(slugs(await search({ q: '61岁鲸湾' })).sort()).toEqual(['fx-dibao', 'fx-elderly', 'fx-emergency']);
  });

  it('returns nothing for words that do not occur', async () => {
    expect((await search({ q: '宇宙飞船' })).items).toEqual([]);
  });

  it('ranks a title hit above a summary hit above a body hit', async () => {
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-summary', 'fx-rank-body']);
    const page = await search({ q: '珊瑚', limit: 1 });
    expect(slugs(page)).toEqual(['fx-rank-title']);
    expect(slugs(await search({ q: '珊瑚', limit: 1, cursor: page.nextCursor }))).toEqual(['fx-rank-summary']);
  });

  it('returns highlight ranges that cover the matched terms', async () => {
    const [item] = (await search({ q: '珊瑚', limit: 1 })).items;
    const title = item!.highlights.find((h) => h.field === 'title')!;
    expect(title.ranges).toEqual([[0, 2]]);
    expect(title.text.slice(0, 2)).toBe('珊瑚');
    const body = (await search({ q: '珊瑚' })).items[2]!.highlights.find((h) => h.field === 'body')!;
    expect(body.ranges.length).toBe(3);
    for (const [s, e] of body.ranges) expect(body.text.slice(s, e)).toBe('珊瑚');
  });

  it('treats hostile input as plain text', async () => {
    for (const q of [`'`, `鲸湾' & '`, '&|!():*', '\\', `鲸\\'湾`, "'; drop table policies; --", '鲸):* | !湾']) {
      const res = await post(t, 'policies.list', { q });
      expect(res.status).toBe(200);
    }
    expect(slugs(await search({ q: '鲸):* | !湾' })).sort()).toEqual(['fx-dibao', 'fx-elderly', 'fx-emergency']);
    expect((await search({ q: '&|!():*' })).items).toEqual([]);
    expect((await search({})).items.length).toBeGreaterThan(0);
  });
});

describe('search ranking vector and page cache', () => {
  it('keeps a title + summary rank vector of every policy, filled by the database', async () => {
    const rows = await t.deps.db
      .select({
        slug: policies.slug,
        rank: sql<string>`${policies.rankVector}::text`,
        full: sql<string>`ts_filter(${policies.searchVector}, '{a,b}')::text`,
      })
      .from(policies);
    expect(rows.length).toBeGreaterThanOrEqual(FIXTURE_POLICIES.length);
    for (const r of rows) expect(r.rank).toBe(r.full);
    const [coral] = rows.filter((r) => r.slug === 'fx-rank-body');
    expect(coral!.rank).not.toContain('珊瑚'); // body lexemes are matched through search_vector only
  });

  it('drops cached pages when an admin changes a policy in this process', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    expect(slugs(await search({ q: '珊瑚' }))).toContain('fx-rank-summary');
    await post(
      t,
      'admin.policies.update',
      { slug: 'fx-rank-summary', patch: { summary: '孩子可以申请' } },
      admin.accessToken,
    );
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-body']);
    await post(
      t,
      'admin.policies.update',
      { slug: 'fx-rank-summary', patch: { title: '珊瑚助学金' } },
      admin.accessToken,
    );
    // now a title hit: ranked with fx-rank-title, newest first between the two
    expect(slugs(await search({ q: '珊瑚' })).slice(2)).toEqual(['fx-rank-body']);
    await post(t, 'admin.policies.setStatus', { slug: 'fx-rank-summary', status: 'archived' }, admin.accessToken);
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-body']);
    await post(
      t,
      'admin.policies.update',
      { slug: 'fx-rank-summary', patch: { title: '助学金', summary: '珊瑚社区的孩子可以申请' } },
      admin.accessToken,
    );
    await post(t, 'admin.policies.setStatus', { slug: 'fx-rank-summary', status: 'published' }, admin.accessToken);
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-summary', 'fx-rank-body']);
  });

  it('sees a change made by another process once the cache entry expires', async () => {
    expect(slugs(await search({ q: '珊瑚' }))).toContain('fx-rank-body');
    // a write this process does not know about (another server, or SQL)
    await t.deps.db.update(policies).set({ status: 'archived' }).where(eq(policies.slug, 'fx-rank-body'));
    expect(slugs(await search({ q: '珊瑚' }))).toContain('fx-rank-body');
    expect(slugs(await search({ q: ' 珊瑚!' }))).toContain('fx-rank-body'); // same tokens, same cached page
    // the page expires after SEARCH_CACHE_TTL_MS; the search index (decision 44) still lists the policy until it
    // is rebuilt, but a page's rows are read again with their status, so an unpublished policy is already gone
    t.clock.advance(SEARCH_CACHE_TTL_MS);
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-summary']);
    t.clock.advance(SEARCH_INDEX_STALE_MAX_MS);
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-summary']);
    await t.deps.db.update(policies).set({ status: 'published' }).where(eq(policies.slug, 'fx-rank-body'));
    t.clock.advance(SEARCH_INDEX_STALE_MAX_MS);
    expect(slugs(await search({ q: '珊瑚' }))).toEqual(['fx-rank-title', 'fx-rank-summary', 'fx-rank-body']);
  });
});

describe('policies.get', () => {
  it('returns the detail with the current rule version', async () => {
    const res = await post(t, 'policies.get', { slug: 'fx-dibao' });
    expect(res.status).toBe(200);
    const d = ZPolicyDetail.parse(res.body.data);
    expect(d).toMatchObject({
      title: '鲸湾最低生活保障',
      department: { code: 'civil_affairs' },
      materials: ['身份证'],
      rule: { version: 1 },
    });
    expect(d.steps[0]).toEqual({ title: '社区受理', timeLimit: '3个工作日' });
    expect(d.related).toEqual({ services: [], livestreams: [], stories: [] });
  });

  it('answers 404 for unknown and draft policies, 400 for a malformed slug', async () => {
    expect((await post(t, 'policies.get', { slug: 'no-such-policy' })).status).toBe(404);
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    await post(t, 'admin.policies.create', { ...FIXTURE_POLICIES[0], slug: 'fx-draft' }, admin.accessToken);
    expect((await post(t, 'policies.get', { slug: 'fx-draft' })).status).toBe(404);
    expect(slugs(await search({ q: '鲸湾' }))).not.toContain('fx-draft');
    const bad = await post(t, 'policies.get', { slug: 'Bad Slug!' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('slug');
  });
});
