/**
 * The wait list under load, on PGlite and PostgreSQL: 50 concurrent sign-ups for 10 places give exactly 10
 * confirmed and 40 waitlisted (the event row lock orders them); concurrent cancels, some of the same sign-up,
 * move exactly as many of the wait list up as places were freed, each one once, oldest first.
 */
import { and, eq, like } from 'drizzle-orm';
import { outbox } from '../../server/src/db/schema-content';
import { eventSignups } from '../../server/src/db/schema-events';
import { ZSignup } from '../../shared/schemas/events';
import { post } from './support/factories';
import { useTestApp } from './support/harness';
import { deptOfficer, publishEvent, resident, venuePoint } from './support/events';

const t = useTestApp();

it('50 concurrent sign-ups for 10 places: 10 confirmed, 40 waitlisted; concurrent cancels promote each once', async () => {
  const officer = await deptOfficer(t);
  const event = await publishEvent(t, officer.accessToken, { pointId: await venuePoint(t), capacity: 10 });
  const people: Awaited<ReturnType<typeof resident>>[] = [];
  for (let i = 0; i < 50; i += 1) people.push(await resident(t, `居民${i + 1}`));

  const answers = await Promise.all(people.map((p) => post(t, 'events.signUp', { eventId: event.id }, p.accessToken)));
  expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
  const signups = answers.map((r) => ZSignup.parse(r.body.data));
  expect(signups.filter((s) => s.status === 'confirmed')).toHaveLength(10);
  const waiting = signups.filter((s) => s.status === 'waitlisted');
  expect(waiting).toHaveLength(40);
  // the wait list is a line: positions 1..40, each once
  const rows = await t.deps.db.select().from(eventSignups).where(eq(eventSignups.eventId, event.id));
  expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(10);
  const detail = (await post(t, 'events.get', { id: event.id })).body.data;
  expect([detail.confirmed, detail.waitlisted, detail.placesLeft]).toEqual([10, 40, 0]);
  const mine = await Promise.all(
    waiting.map(async (s) => {
      const owner = people[signups.indexOf(s)]!;
      return (await post(t, 'events.mine', {}, owner.accessToken)).body.data.items[0].waitPosition as number;
    }),
  );
  expect([...mine].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

  // 4 confirmed people cancel at once, each sending their cancel twice
  const leaving = signups
    .map((s, i) => ({ s, p: people[i]! }))
    .filter(({ s }) => s.status === 'confirmed')
    .slice(0, 4);
  const cancels = await Promise.all(
    leaving.flatMap(({ s, p }) => [0, 1].map(() => post(t, 'events.cancelSignup', { id: s.id }, p.accessToken))),
  );
  expect(cancels.filter((r) => r.status === 200)).toHaveLength(4);
  expect(cancels.filter((r) => r.status === 409)).toHaveLength(4);

  const after = await t.deps.db.select().from(eventSignups).where(eq(eventSignups.eventId, event.id));
  expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(10);
  expect(after.filter((r) => r.status === 'waitlisted')).toHaveLength(36);
  // the 4 who moved up are the first 4 of the line
  const line = rows.filter((r) => r.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
  const promoted = after.filter((r) => r.status === 'confirmed' && line.some((l) => l.id === r.id)).map((r) => r.id);
  expect(promoted.sort()).toEqual(
    line
      .slice(0, 4)
      .map((r) => r.id)
      .sort(),
  );
  // each told exactly once, each with exactly one reminder
  const notices = await t.deps.db.select().from(outbox).where(like(outbox.dedupeKey, 'event-promoted:%'));
  expect(notices.map((n) => n.dedupeKey).sort()).toEqual(promoted.map((id) => `event-promoted:${id}`).sort());
  for (const id of promoted)
    expect(
      await t.deps.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.dedupeKey, `event-remind:${id}`))),
    ).toHaveLength(1);
});
