/**
 * Fuzz of the applicant-side writes and the routing-rules publish, 200+ runs each, as real callers with
 * real applications so requests reach the services: bodies come from the shared schemas (valid, one field
 * broken, junk, raw `__proto__` keys); the schema decides which must be refused (400, nothing written).
 * Every input derives from FC_SEED (test/support/fc-seed.ts); FUZZ_TALLY=1 prints the outcome counts.
 */
import { and, eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { z } from 'zod';
import { endpoints } from '../../shared/api/endpoints';
import { ZSubmitApplication, sensitiveConsentIssue } from '../../shared/schemas/applications';
import { TRANSITIONS, type ApplicationAction, type ApplicationStatus } from '../../shared/domain/application-status';
import { users } from '../../server/src/db/schema';
import { applications, consents, idempotencyKeys } from '../../server/src/db/schema-applications';
import { ZRoutingRules } from '../../server/src/features/applications/routing-rules';
import { FC_SEED, expectMoreThan, reportTally, seededRandom } from '../support/fc-seed';
import { bodies, namesUnknownIds, nasty, Slot, type Hints } from './fuzz-schema';
import { callerKinds, callerOf, invalidateState, probe, schemaRefuses } from './fuzz-oracle';
import { buildApplication, makeIdNumber } from './support/applications';
import { VALID_ID } from './support/intake';
import { buildSession } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp({ env: { TRUST_PROXY_HOPS: '1' } });
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SUBJECT_PHONE = '13700001111';
const ALLOWED_STATUS = new Set([200, 400, 404, 409, 422]);
const random = seededRandom('applications-fuzz');
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
let resident: Awaited<ReturnType<typeof buildSession>>;
let relative: Awaited<ReturnType<typeof buildSession>>;
let admin = '';
let staff = '';

beforeAll(async () => {
  resident = await buildSession(t);
  relative = await buildSession(t);
  admin = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
  staff = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] })).accessToken;
  // the resident is the subject of the relative's proxy applications (bound by a claimed code: `subject` below;
  // the verified phone alone grants nothing)
  await t.deps.db
    .update(users)
    .set({ phoneHash: t.deps.cipher.blindIndex(SUBJECT_PHONE) })
    .where(eq(users.id, resident.userId));
});

const idHints = (): Hints => ({
  id: fc.oneof(
    { arbitrary: fc.constant(new Slot('legal')), weight: 6 },
    { arbitrary: fc.constantFrom(new Slot('any'), new Slot('otherViewer'), new Slot('foreign')), weight: 3 },
    { arbitrary: fc.uuid({ version: 4 }), weight: 1 },
    { arbitrary: nasty, weight: 1 },
  ),
});

const legalStatuses = (action: ApplicationAction) =>
  (Object.keys(TRANSITIONS) as ApplicationStatus[]).filter((s) => TRANSITIONS[s][action]);

type Kind = { owner: () => string; channel: 'self' | 'proxy'; phone: string; subject?: () => string };
const MINE: Kind = { owner: () => resident.userId, channel: 'self', phone: '13912345678' };
const SUBJECT_OF: Kind = {
  owner: () => relative.userId,
  channel: 'proxy',
  phone: SUBJECT_PHONE,
  subject: () => resident.userId,
};
const FOREIGN: Kind = { owner: () => relative.userId, channel: 'self', phone: '13800000000' };
const ALL = Object.keys(TRANSITIONS) as ApplicationStatus[];

/**
 * The application a slot stands for: `legal` — the action can succeed on it; `any` — the right viewer, any
 * status; `otherViewer` — visible, but to the wrong party (409); `foreign` — not visible (404).
 */
async function applicationFor(action: ApplicationAction, asSubject: boolean, slot: Slot): Promise<string> {
  const right = asSubject ? SUBJECT_OF : MINE;
  const [kind, statuses] =
    slot.name === 'legal'
      ? [right, legalStatuses(action)]
      : slot.name === 'any'
        ? [right, ALL]
        : slot.name === 'otherViewer'
          ? [asSubject ? MINE : SUBJECT_OF, ALL]
          : [FOREIGN, ALL];
  const rows = await t.deps.db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.applicantUserId, kind.owner()),
        eq(applications.channel, kind.channel),
        eq(applications.subjectPhoneHash, t.deps.cipher.blindIndex(kind.phone)),
        kind.subject ? eq(applications.subjectUserId, kind.subject()) : undefined,
        inArray(applications.status, statuses),
      ),
    );
  if (rows.length > 2) return pick(rows).id;
  const status = pick(statuses);
  const closed = status === 'resolved' || status === 'closed';
  const row = await buildApplication(t, {
    channel: kind.channel,
    status,
    applicantUserId: kind.owner(),
    subjectUserId: kind.subject?.() ?? null,
    phone: kind.phone,
    resolvedAt: closed ? t.clock.now() : null,
  });
  // as the intake records it: every self or proxy application holds the sensitive-data consent (decision 22)
  await t.deps.db.insert(consents).values({
    applicationId: row.id,
    purpose: 'sensitive_data',
    grantedByUserId: kind.owner(),
    method: 'in_app',
    grantedAt: t.clock.now(),
  });
  invalidateState(t);
  return row.id;
}

const applicantWrites = [
  ['applications.withdraw', 'withdraw'],
  ['applications.provideInfo', 'provideInfo'],
  ['applications.revokeConsent', 'withdraw'],
] as const;

describe.each(applicantWrites)('%s', (name, action) => {
  it(`${RUNS} fuzzed bodies: only 2xx/4xx, nothing leaked, refusals write nothing`, async () => {
    const schema = endpoints[name].input;
    const tally: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(bodies(schema, idHints()), callerKinds(false), async (body, who) => {
        let legal = false;
        const { status } = await probe(t, {
          name,
          body,
          caller: callerOf(who, resident.accessToken),
          resolve: (slot) => (
            (legal = slot.name === 'legal'),
            applicationFor(action, name === 'applications.revokeConsent', slot)
          ),
          refuses: (v) => schemaRefuses(schema, v),
          mustSucceed: (v) => legal && !namesUnknownIds(v),
        });
        if (!ALLOWED_STATUS.has(status) && status !== 401) throw new Error(`unexpected ${status}`);
        tally[status] = (tally[status] ?? 0) + 1;
      }),
      { numRuns: RUNS },
    );
    reportTally(name, tally);
    // the fuzz reached the service: some bodies succeeded, some were refused by the schema
    expectMoreThan(tally[200], RUNS / 20, `${name}: successful runs`);
    expectMoreThan(tally[400], RUNS / 20, `${name}: runs refused by the schema`);
  }, 120_000);
});

const KEY_OK = /^[A-Za-z0-9_-]{8,128}$/;
const HEADER_CHAR = fc.constantFrom(...'abcXYZ0189-_ .:/+=!"#$%&*~é'.split(''));
type KeyMode = { kind: 'fresh' | 'missing' | 'reuseSame' | 'reuseOther' } | { kind: 'raw'; value: string };
const keyModes: fc.Arbitrary<KeyMode> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'fresh' as const }), weight: 12 },
  {
    arbitrary: fc.constantFrom<KeyMode>({ kind: 'missing' }, { kind: 'reuseSame' }, { kind: 'reuseOther' }),
    weight: 4,
  },
  {
    arbitrary: fc.string({ unit: HEADER_CHAR, maxLength: 140 }).map((value) => ({ kind: 'raw' as const, value })),
    weight: 2,
  },
  {
    arbitrary: fc
      .constantFrom('a'.repeat(7), 'a'.repeat(8), 'b'.repeat(128), 'c'.repeat(129), 'x'.repeat(2000), ' padded-key-1 ')
      .map((value) => ({ kind: 'raw' as const, value })),
    weight: 1,
  },
);

const submitHints: Hints = {
  divisionCode: fc.oneof(
    { arbitrary: fc.constantFrom('330106005055', '330106005056', '330106002051', '330106002000'), weight: 4 },
    { arbitrary: fc.constantFrom('330106000000', '330106999999', '330102001001'), weight: 1 },
    { arbitrary: fc.stringMatching(/^\d{12}$/), weight: 1 },
  ),
  idNumber: fc.oneof(
    fc.constant(VALID_ID),
    fc.integer({ min: 100, max: 999 }).map((n) => makeIdNumber('19550101', String(n))),
    fc.constantFrom('11010519491231002x', '110105194912310021', ' 11010519491231002X '),
  ),
  phone: fc.oneof(
    fc.stringMatching(/^1[3-9]\d{9}$/),
    fc.constantFrom('139 1234 5678', '+8613912345678', '12345678901'),
  ),
  referrerPhone: fc.stringMatching(/^1[3-9]\d{9}$/),
  lat: fc.oneof(fc.double({ min: 30.1, max: 30.4, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
  lng: fc.oneof(fc.double({ min: 119.9, max: 120.2, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })),
};

/** A body the schema accepts but that lacks the sensitive-data consent it needs (400 on consents.sensitiveData). */
const consentMissing = (v: unknown) => {
  const parsed = ZSubmitApplication.safeParse(v);
  return parsed.success && parsed.data.channel !== 'referral' && sensitiveConsentIssue(parsed.data) !== null;
};

/** A self application without a phone needs the caller's verified phone, which this resident has not bound. */
const selfWithoutPhone = (v: unknown) => {
  const parsed = ZSubmitApplication.safeParse(v);
  return parsed.success && parsed.data.channel === 'self' && parsed.data.phone === undefined;
};

const KNOWN_PLACES = new Set(['330106005055', '330106005056', '330106002051', '330106002000']);
/** A place the service must accept: a seeded community/street code, or coordinates without a code. */
const placed = (v: unknown) => {
  const b = v as { divisionCode?: string; lat?: number; lng?: number };
  return b.divisionCode !== undefined ? KNOWN_PLACES.has(b.divisionCode) : b.lat !== undefined && b.lng !== undefined;
};

describe('applications.submit', () => {
  it(`${RUNS} fuzzed bodies and Idempotency-Keys: one application per accepted key, refusals write nothing`, async () => {
    const schema = endpoints['applications.submit'].input;
    const done: { key: string; body: unknown }[] = [];
    const tally: Record<string, number> = {};
    let freshKeys = 0;
    await fc.assert(
      fc.asyncProperty(bodies(schema, submitHints, 8), keyModes, callerKinds(false), async (generated, mode, who) => {
        const previous = done.length ? pick(done) : null;
        const body = mode.kind === 'reuseSame' && previous ? previous.body : generated;
        const key =
          mode.kind === 'missing'
            ? null
            : mode.kind === 'raw'
              ? mode.value
              : (mode.kind !== 'fresh' && previous?.key) || `fuzz-key-${FC_SEED}-${++freshKeys}`;
        // constant raw keys come back too: any key that already stored an application counts as reused
        const reused = done.some((d) => d.key === key?.trim());
        const { status, replayed } = await probe(t, {
          name: 'applications.submit',
          body,
          caller: callerOf(who, resident.accessToken),
          headers: key === null ? {} : { 'Idempotency-Key': key },
          resolve: () => undefined,
          refuses: (v) =>
            schemaRefuses(schema, v) ||
            consentMissing(v) ||
            selfWithoutPhone(v) ||
            key === null ||
            !KEY_OK.test(key.trim()),
          // a place is a division code or coordinates (the service asks for one of them)
          mustSucceed: (v) => !reused && !namesUnknownIds(v) && placed(v),
        });
        if (status === 200 && !replayed && key) done.push({ key: key.trim(), body });
        if (mode.kind === 'reuseSame' && reused && who === 'right' && !(status === 200 && replayed))
          throw new Error(`same key and body should replay, got ${status}`);
        if (reused && status === 200 && !replayed) throw new Error('a reused key created a second application');
        tally[`${status}${replayed ? 'r' : ''}`] = (tally[`${status}${replayed ? 'r' : ''}`] ?? 0) + 1;
      }),
      { numRuns: RUNS },
    );
    reportTally('applications.submit', tally);
    expectMoreThan(tally['200'], RUNS / 20, 'applications.submit: new applications');
    expectMoreThan(tally['200r'], 0, 'applications.submit: replays');
    expectMoreThan(tally['400'], RUNS / 20, 'applications.submit: runs refused by the schema');
    // every accepted key stored exactly one application for this resident
    const keys = await t.deps.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.userId, resident.userId));
    expect(keys.filter((k) => k.state === 'completed').length).toBe(done.length);
    expect(keys.every((k) => k.state === 'completed')).toBe(true);
  }, 120_000);
});

describe('admin.routing.set', () => {
  it(`${RUNS} fuzzed rule sets: invalid rules are refused naming the field, nothing published`, async () => {
    const outer = endpoints['admin.routing.set'].input;
    const full = z.strictObject({ rules: ZRoutingRules });
    const tally: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(bodies(full), fc.ipV4(), callerKinds(true), async (body, ip, who) => {
        const { status } = await probe(t, {
          name: 'admin.routing.set',
          body,
          caller: callerOf(who, admin, staff),
          // the publish is rate-limited per client IP before parsing; each run comes from its own address
          headers: { 'X-Forwarded-For': ip },
          resolve: () => undefined,
          refuses: (v) => schemaRefuses(outer, v) || schemaRefuses(full, v),
          mustSucceed: () => true,
        });
        tally[status] = (tally[status] ?? 0) + 1;
      }),
      { numRuns: RUNS },
    );
    reportTally('admin.routing.set', tally);
    expectMoreThan(tally[200], RUNS / 20, 'admin.routing.set: published rule sets');
    expectMoreThan(tally[400], RUNS / 20, 'admin.routing.set: runs refused by the schema');
  }, 120_000);
});
