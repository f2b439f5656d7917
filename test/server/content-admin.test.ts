import { eq, like } from 'drizzle-orm';
import { ZLivestreamAdmin, ZStoryAdminList } from '../../shared/schemas/content';
import { auditLog } from '../../server/src/db/schema';
import { outbox } from '../../server/src/db/schema-content';
import { shanghaiShortTime } from '../../server/src/features/outbox/outbox-messages';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { FIXTURE_STORIES, fixtureLivestreams } from './content-fixtures';

const t = useTestApp();
let admin: string;

beforeAll(async () => {
  admin = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
});

const story = { ...FIXTURE_STORIES[0]!, slug: 'adm-story' };
const writes: [string, unknown][] = [
  ['admin.livestreams.create', { ...fixtureLivestreams(new Date())[0], slug: 'adm-any' }],
  ['admin.livestreams.update', { ...fixtureLivestreams(new Date())[0], slug: 'adm-any' }],
  ['admin.livestreams.setStatus', { slug: 'adm-any', status: 'published' }],
  ['admin.livestreams.list', {}],
  ['admin.stories.create', story],
  ['admin.stories.update', story],
  ['admin.stories.setStatus', { slug: 'adm-story', status: 'published' }],
  ['admin.stories.list', {}],
];

describe('content admin access', () => {
  it.each(writes)('%s: 401 without a session, 403 for residents and staff', async (name, body) => {
    expect((await post(t, name, body)).status).toBe(401);
    const resident = await buildSession(t);
    expect((await post(t, name, body, resident.accessToken)).status).toBe(403);
    const staff = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    expect((await post(t, name, body, staff.accessToken)).status).toBe(403);
  });
});

describe('livestreams admin', () => {
  it('creates a draft, publishes it (then residents see it), updates it, all audited', async () => {
    const input = { ...fixtureLivestreams(t.clock.now())[1]!, slug: 'adm-live' };
    const created = await post(t, 'admin.livestreams.create', input, admin);
    expect(created.status).toBe(200);
    expect(ZLivestreamAdmin.parse(created.body.data)).toMatchObject({ slug: 'adm-live', status: 'draft' });
    expect((await post(t, 'livestreams.get', { slug: 'adm-live' })).status).toBe(404);
    expect(
      (await post(t, 'admin.livestreams.setStatus', { slug: 'adm-live', status: 'published' }, admin)).body.data,
    ).toEqual({ slug: 'adm-live', status: 'published' });
    expect((await post(t, 'livestreams.get', { slug: 'adm-live' })).status).toBe(200);
    const updated = await post(t, 'admin.livestreams.update', { ...input, title: '新标题' }, admin);
    expect(updated.body.data.title).toBe('新标题');
    const audits = await t.deps.db.select().from(auditLog).where(eq(auditLog.entity, 'livestream'));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['livestream.create', 'livestream.status.published', 'livestream.update']),
    );
    const list = await post(t, 'admin.livestreams.list', { status: 'published' }, admin);
    expect(list.body.data.items.map((i: { slug: string }) => i.slug)).toContain('adm-live');
  });

  it('refuses endsAt before startsAt (naming it), a duplicate slug (409) and an unknown slug (404)', async () => {
    const input = { ...fixtureLivestreams(t.clock.now())[1]!, slug: 'adm-live-2' };
    const bad = await post(t, 'admin.livestreams.create', { ...input, endsAt: input.startsAt }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('endsAt');
    expect(
      (await post(t, 'admin.livestreams.list', {}, admin)).body.data.items.some(
        (i: { slug: string }) => i.slug === 'adm-live-2',
      ),
    ).toBe(false);
    expect((await post(t, 'admin.livestreams.create', input, admin)).status).toBe(200);
    const dup = await post(t, 'admin.livestreams.create', input, admin);
    expect(dup.status).toBe(409);
    expect((await post(t, 'admin.livestreams.update', { ...input, slug: 'adm-nope' }, admin)).status).toBe(404);
    expect(
      (await post(t, 'admin.livestreams.setStatus', { slug: 'adm-nope', status: 'published' }, admin)).status,
    ).toBe(404);
    expect(
      (await post(t, 'admin.livestreams.setStatus', { slug: 'adm-live-2', status: 'gone' }, admin)).body.details[0]
        .field,
    ).toBe('status');
  });
});

describe('livestreams admin reschedule', () => {
  it('moves pending reminders and their shown time when the start changes', async () => {
    const input = { ...fixtureLivestreams(t.clock.now())[1]!, slug: 'adm-move' };
    await post(t, 'admin.livestreams.create', input, admin);
    await post(t, 'admin.livestreams.setStatus', { slug: 'adm-move', status: 'published' }, admin);
    const resident = await buildSession(t);
    await post(t, 'livestreams.remind', { slug: 'adm-move' }, resident.accessToken);
    const later = new Date(Date.parse(input.startsAt) + 24 * 3600_000);
    const moved = {
      ...input,
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 3600_000).toISOString(),
    };
    expect((await post(t, 'admin.livestreams.update', moved, admin)).status).toBe(200);
    const [row] = await t.deps.db
      .select()
      .from(outbox)
      .where(like(outbox.dedupeKey, `live-remind:%:${resident.userId}`));
    expect(row!.nextAttemptAt.getTime()).toBe(later.getTime() - 15 * 60_000);
    expect((row!.payload as { data: { time2: { value: string } } }).data.time2.value).toBe(shanghaiShortTime(later));
  });
});

describe('stories admin', () => {
  it('creates, publishes and lists; names a bad field', async () => {
    expect((await post(t, 'admin.stories.create', story, admin)).status).toBe(200);
    await post(t, 'admin.stories.setStatus', { slug: 'adm-story', status: 'published' }, admin);
    expect((await post(t, 'stories.get', { slug: 'adm-story' })).status).toBe(200);
    expect(ZStoryAdminList.parse((await post(t, 'admin.stories.list', {}, admin)).body.data).items[0]?.slug).toBe(
      'adm-story',
    );
    expect(
      (await post(t, 'admin.stories.create', { ...story, slug: 'adm-story-2', title: '' }, admin)).body.details[0]
        .field,
    ).toBe('title');
  });
});
