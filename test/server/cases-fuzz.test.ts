/**
 * Fuzz of every cases.* endpoint, 200 runs each, as staff in scope (a community point's worker or the hub)
 * and as a department officer, on real cases: `legal` slots resolve to a case on which the action can
 * succeed (built when none is left) with its current version, so requests reach the lifecycle, not just
 * 404. Bodies come from the shared schemas; the schema decides what must be refused (400, nothing written).
 * Every input derives from FC_SEED (test/support/fc-seed.ts); FUZZ_TALLY=1 prints the outcome counts.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import fc from 'fast-check';
import { endpoints, type EndpointName } from '../../shared/api/endpoints';
import {
  APPLICATION_ACTIONS,
  TRANSITIONS,
  type ApplicationAction,
  type ApplicationStatus,
} from '../../shared/domain/application-status';
import { departments } from '../../server/src/db/schema';
import { policies, services } from '../../server/src/db/schema-content';
import { applications, departmentReferrals } from '../../server/src/db/schema-applications';
import { expectMoreThan, reportTally, seededRandom } from '../support/fc-seed';
import { bodies, namesUnknownIds, nasty, Slot, type Hints } from './fuzz-schema';
import { callerKinds, callerOf, invalidateState, probe, schemaRefuses, type CallerKind } from './fuzz-oracle';
import { buildApplication, pointFor } from './support/applications';
import { buildSession } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const HOME = '330106005055'; // 翠苑一区: the point worker's community
const ALL = Object.keys(TRANSITIONS) as ApplicationStatus[];
type Staff = { token: string; userId: string };
let point: Staff;
let hub: Staff;
let officer: Staff;
let resident = '';
let homePointId = '';
let civilAffairsId = '';
const targets: Record<string, string> = {};
/** Published policies and services: the alternatives a resolution may offer. */
let published: { kind: 'policy' | 'service'; slug: string }[] = [];

beforeAll(async () => {
  const session = async (spec: Parameters<typeof buildSession>[1]) => {
    const s = await buildSession(t, spec);
    return { token: s.accessToken, userId: s.userId };
  };
  point = await session({ memberships: [{ role: 'point_staff', divisionCode: HOME }] });
  hub = await session({ memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  officer = await session({ memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  resident = (await buildSession(t)).accessToken;
  homePointId = (await pointFor(t, HOME)).point.id;
  targets.sameStreet = (await pointFor(t, '330106005056')).point.id;
  targets.otherStreet = (await pointFor(t, '330106002051')).point.id;
  targets.station = (await pointFor(t, '330106005000')).point.id;
  targets.hub = (await pointFor(t, '330106000000')).point.id;
  civilAffairsId = (await t.deps.db.select().from(departments).where(eq(departments.code, 'civil_affairs')))[0]!.id;
  const live = (table: typeof policies | typeof services) =>
    t.deps.db.select({ slug: table.slug }).from(table).where(eq(table.status, 'published')).limit(3);
  published = [
    ...(await live(policies)).map((r) => ({ kind: 'policy' as const, slug: r.slug })),
    ...(await live(services)).map((r) => ({ kind: 'service' as const, slug: r.slug })),
  ];
});

const DEPARTMENT_CODES = [
  'civil_affairs',
  'hrss',
  'agriculture',
  'emergency',
  'health',
  'education',
  'disabled',
  'medical_security',
  'housing',
  'justice',
  'trade_union',
  'womens_federation',
];
const random = seededRandom('cases-fuzz');
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
const legalStatuses = (action: ApplicationAction) => ALL.filter((s) => TRANSITIONS[s][action]);
const LIFECYCLE_ACTIONS = new Set<string>(APPLICATION_ACTIONS);

/** A case with a live referral to the officer's department (built when fewer than three are left). */
async function referredCase(): Promise<{ id: string; version: number }> {
  const rows = await t.deps.db
    .select({ id: applications.id, version: applications.version })
    .from(applications)
    .innerJoin(departmentReferrals, eq(departmentReferrals.applicationId, applications.id))
    .where(
      and(
        eq(departmentReferrals.departmentId, civilAffairsId),
        inArray(departmentReferrals.status, ['open', 'accepted']),
      ),
    );
  if (rows.length >= 3) return pick(rows);
  const app = await buildApplication(t, { status: 'in_progress' });
  invalidateState(t);
  await t.deps.db.insert(departmentReferrals).values({
    applicationId: app.id,
    departmentId: civilAffairsId,
    referredByUserId: hub.userId,
    note: '请协助核实低保',
  });
  return { id: app.id, version: app.version };
}

/** The case a slot stands for, as seen by `caller`; `legal` = the action can succeed on it. */
async function caseFor(action: string, caller: Staff, slot: string): Promise<{ id: string; version: number }> {
  if (caller === officer || action === 'referralRespond')
    return slot === 'foreign' ? caseFor('get', point, 'any') : referredCase();
  if (action === 'recordConsent' && slot === 'legal') {
    // a fresh neighbour lead at the home point each time (consent is recorded once); a hub caller is refused (403)
    const lead = await buildApplication(t, { routeTo: HOME, channel: 'referral', idNumber: null, phone: null });
    invalidateState(t);
    return { id: lead.id, version: lead.version };
  }
  // a withdrawn case takes only a closing note: reveal and the subject code need one still being processed
  const stoppable = slot === 'legal' && (action === 'reveal' || action === 'subjectCode');
  const statuses: ApplicationStatus[] =
    slot === 'legal' && action === 'followUp'
      ? ['resolved']
      : slot === 'legal' && LIFECYCLE_ACTIONS.has(action)
        ? legalStatuses(action as ApplicationAction)
        : stoppable
          ? ALL.filter((s) => s !== 'withdrawn')
          : ALL;
  // the subject code exists only for proxy applications
  const channel = slot === 'legal' && action === 'subjectCode' ? 'proxy' : undefined;
  const inScope = caller === point ? eq(applications.servicePointId, homePointId) : isNotNull(applications.id);
  const routeTo = slot === 'foreign' ? '330106002051' : HOME;
  const where =
    slot === 'foreign'
      ? eq(applications.servicePointId, targets.otherStreet!)
      : and(inScope, inArray(applications.status, statuses), channel ? eq(applications.channel, channel) : undefined);
  const rows = await t.deps.db
    .select({ id: applications.id, version: applications.version })
    .from(applications)
    .where(where)
    .limit(50);
  if (rows.length >= 3) return pick(rows);
  const status = pick(statuses);
  const resolvedAt = status === 'resolved' || status === 'closed' ? t.clock.now() : null;
  const row = await buildApplication(t, {
    routeTo,
    status,
    resolvedAt,
    pausedAt: status === 'needs_info' ? t.clock.now() : null,
    ...(channel ? { channel, relationship: 'parent' } : {}),
  });
  invalidateState(t);
  return { id: row.id, version: row.version };
}

const hints = (): Hints => ({
  // mostly published ones (a refusal needs one), sometimes a slug no list has
  alternatives: fc.oneof(
    { arbitrary: fc.subarray(published, { minLength: 1, maxLength: 3 }), weight: 6 },
    { arbitrary: fc.constant(undefined), weight: 3 },
    fc.array(fc.record({ kind: fc.constantFrom('policy', 'service'), slug: fc.string({ maxLength: 61 }) }), {
      maxLength: 6,
    }),
  ),
  id: fc.oneof(
    { arbitrary: fc.constant(new Slot('legal')), weight: 8 },
    { arbitrary: fc.constantFrom(new Slot('any'), new Slot('foreign')), weight: 2 },
    { arbitrary: fc.uuid({ version: 4 }), weight: 1 },
    { arbitrary: nasty, weight: 1 },
  ),
  expectedVersion: fc.oneof(
    { arbitrary: fc.constant(new Slot('version')), weight: 8 },
    { arbitrary: fc.constant(new Slot('staleVersion')), weight: 1 },
    { arbitrary: fc.integer({ min: -1, max: 5 }), weight: 1 },
  ),
  // a point worker may transfer only within the street: the same-street point is the target most often
  // (2 in 3 for a point worker), so transfers succeed in well over 1 run in 10 at any seed
  toServicePointId: fc.oneof(
    { arbitrary: fc.constant(new Slot('point:sameStreet')), weight: 8 },
    {
      arbitrary: fc.constantFrom(...['otherStreet', 'station', 'hub', 'home'].map((n) => new Slot(`point:${n}`))),
      weight: 3,
    },
    { arbitrary: fc.uuid({ version: 4 }), weight: 1 },
  ),
  departmentCode: fc.oneof(
    { arbitrary: fc.constantFrom(...DEPARTMENT_CODES), weight: 6 },
    fc.constantFrom('no_such_dept', 'CIVIL_AFFAIRS', ' civil_affairs '),
    fc.string({ maxLength: 41 }),
  ),
  visitedAt: fc.oneof(
    { arbitrary: fc.constant(new Slot('past')), weight: 4 },
    fc.constant(new Slot('future')),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().replace('Z', '+08:00')),
  ),
  // mostly absent (a forged cursor is refused, so it would hide the filters behind a 400), else forged
  cursor: fc.option(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.tuple(nasty, nasty).map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url')),
    ),
    { freq: 2, nil: undefined },
  ),
});

/** Bodies the service must accept when the slot was legal (other outcomes depend on where the case is). */
const SURE: Partial<Record<string, (v: Record<string, unknown>) => boolean>> = {
  'cases.queue': (v) =>
    v.cursor === undefined && v.view !== 'officer' && (v.refNo === undefined || String(v.refNo).trim() !== ''),
  'cases.get': () => true,
  // the referrer's phone only for the assigned unit: a hub caller is refused
  'cases.reveal': (v) => v.field !== 'referrerPhone',
  'cases.subjectCode': () => true,
  'cases.accept': () => true,
  'cases.contact': () => true,
  'cases.askInfo': () => true,
  // alternatives must be published policies or services
  'cases.resolve': (v) =>
    !Array.isArray(v.alternatives) ||
    v.alternatives.every((a: { kind?: string; slug?: string }) =>
      published.some((p) => p.kind === a.kind && p.slug === a.slug),
    ),
  // not solved reopens only within the window after resolution
  'cases.followUp': (v) => v.result !== 'not_solved',
  'cases.close': () => true,
  'cases.reopen': () => true,
  'cases.visit': (v) => v.visitedAt === 'past',
};

const names = (Object.keys(endpoints) as EndpointName[]).filter((n) => n.startsWith('cases.'));

it.each(names)(
  `%s: fuzzed bodies (${RUNS} per write, ${Math.ceil(RUNS / 2)} per read), only 2xx/4xx, nothing leaked, refusals write nothing`,
  async (name) => {
    const schema = endpoints[name].input;
    const access = endpoints[name].access as readonly string[];
    const officerOnly = !access.includes('hub_staff');
    const action = name.slice('cases.'.length);
    const shape = (schema as unknown as { shape: Record<string, unknown> }).shape;
    const tally: Record<number, number> = {};
    const read = name === 'cases.queue' || name === 'cases.get' || name === 'cases.revealAnomalies';
    // writes get the full count; the two reads half of it (the generic fuzz covers them too)
    const runs = read ? Math.ceil(RUNS / 2) : RUNS;
    await fc.assert(
      // valid bodies 10 : 7 broken ones, so even the action with most ways to fail (transfer) succeeds often enough
      fc.asyncProperty(
        bodies(schema, hints(), 10),
        callerKinds(true),
        fc.boolean(),
        async (body, who: CallerKind, asHub) => {
          // the anomaly list is for the hub and stations only: a point worker is a refused caller there
          const staffCaller = officerOnly ? officer : asHub || !access.includes('point_staff') ? hub : point;
          const refused = officerOnly ? hub.token : access.includes('dept_officer') ? resident : officer.token;
          const slots: Record<string, unknown> = {};
          let target: { id: string; version: number } | null = null;
          const { status } = await probe(t, {
            name,
            body,
            caller: callerOf(who, staffCaller.token, refused),
            read,
            resolve: async (slot) => {
              slots[slot.name] = true;
              if (slot.name === 'legal' || slot.name === 'any' || slot.name === 'foreign')
                return (target = await caseFor(action, staffCaller, slot.name)).id;
              if (slot.name === 'version') return target?.version ?? 1;
              if (slot.name === 'staleVersion')
                return target ? (target.version > 1 ? target.version - 1 : target.version + 1) : 2;
              if (slot.name === 'past') return new Date(t.clock.now().getTime() - 3600_000).toISOString();
              if (slot.name === 'future') return new Date(t.clock.now().getTime() + 86_400_000).toISOString();
              return targets[slot.name.slice('point:'.length)] ?? homePointId;
            },
            refuses: (v) => schemaRefuses(schema, v),
            mustSucceed: (v) => {
              const legal =
                !shape.id || (slots.legal && (!shape.expectedVersion || slots.version) && !slots.staleVersion);
              const sure = SURE[name];
              return (
                !!legal &&
                !!sure &&
                !namesUnknownIds(v) &&
                sure({ ...(v as object), ...(slots.past ? { visitedAt: 'past' } : {}) })
              );
            },
          });
          tally[status] = (tally[status] ?? 0) + 1;
        },
      ),
      { numRuns: runs },
    );
    reportTally(name, tally);
    // the runs reached the case logic: some succeeded, some were refused by the schema
    expectMoreThan(tally[200], runs / 20, `${name}: successful runs`);
    expectMoreThan(tally[400], runs / 20, `${name}: runs refused by the schema`);
  },
  120_000,
);
