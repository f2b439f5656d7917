import { ZStoryDetail, ZStoryList } from '../../shared/schemas/content';
import { seedContent } from '../../server/src/db/seed/content.seed';
import { post } from './support/factories';
import { useTestApp } from './support/harness';
import { FIXTURE_STORIES } from './content-fixtures';

const t = useTestApp();
/** Slugs of the test fixtures in a list (the database also holds the seeded Chinese content). */
const slugs = (res: { body: { data: { items: { slug: string }[] } } }) =>
  res.body.data.items.map((i) => i.slug).filter((s) => s.startsWith('fx-'));

beforeAll(async () => {
  await seedContent(
    t.deps.db,
    { livestreams: [], stories: FIXTURE_STORIES, providers: [], services: [] },
    t.clock.now(),
  );
});

describe('stories.list', () => {
  it('pages through published stories with a cursor', async () => {
    const first = await post(t, 'stories.list', { limit: 3 });
    expect(first.status).toBe(200);
    const page1 = ZStoryList.parse(first.body.data);
    expect(page1.items).toHaveLength(3);
    const seen = page1.items.map((i) => i.slug);
    let cursor = page1.nextCursor;
    while (cursor) {
      const next = ZStoryList.parse((await post(t, 'stories.list', { limit: 3, cursor })).body.data);
      seen.push(...next.items.map((i) => i.slug));
      cursor = next.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((s) => s.startsWith('fx-')).sort()).toEqual(FIXTURE_STORIES.map((s) => s.slug).sort());
  });

  it('filters by need tier and target group', async () => {
    expect(slugs(await post(t, 'stories.list', { needTier: 'care', limit: 50 })).sort()).toEqual([
      'fx-story-1',
      'fx-story-3',
    ]);
    expect(slugs(await post(t, 'stories.list', { targetGroup: 'tekun', limit: 50 }))).toEqual(['fx-story-1']);
  });

  it('names bad filters and a forged cursor', async () => {
    expect((await post(t, 'stories.list', { needTier: 'rich' })).body.details[0].field).toBe('needTier');
    const res = await post(t, 'stories.list', { cursor: 'not-a-cursor' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('cursor');
  });
});

describe('stories.get', () => {
  it('returns the story with related policy slugs, 404 when unknown', async () => {
    const d = ZStoryDetail.parse((await post(t, 'stories.get', { slug: 'fx-story-0' })).body.data);
    expect(d).toMatchObject({ cover: 'https://example.org/a.jpg', policySlugs: ['dibao-basic'] });
    expect((await post(t, 'stories.get', { slug: 'no-such-story' })).status).toBe(404);
    expect((await post(t, 'stories.get', {})).body.details[0].field).toBe('slug');
  });
});
