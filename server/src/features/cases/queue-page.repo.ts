/**
 * The workbench's first page (issue 15.3): the open cases of the caller's points and streets, or of the district,
 * sorted by deadline. It is what every workbench opens with and refreshes, so it runs as one named prepared statement
 * per scope shape and page size (decision 43), built once per database handle, answering plain arrays (no query building, no drizzle row mapping
 * on the hot path). The answer is the same as `queuePage` with the open-status filter and no cursor
 * (test/server/cases-queue-first-page.test.ts compares them); every other filter takes `queuePage`.
 *
 * Plans (EXPLAIN on the 1M fixture, bench/README "issue 15.3"): the district walks `applications_open_due_idx` and
 * stops after the page; points and streets take the page of each point / street from
 * `applications_open_point_due_idx` / `applications_open_street_due_idx` (an ordered index scan per value, so a
 * station's "its points or its street" is a union of ordered scans rather than one scan filtering by the OR), then
 * merge them. The open statuses are literals, not a parameter, so even a generic plan matches the partial indexes.
 */
import { sql, type Query } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../../../shared/domain/application-status';
import { QUEUE_MAX_LIMIT } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import type { FieldCipher } from '../../lib/crypto';
import { openText } from '../applications/sealed-fields';
import { LEAD_CONSENT_PURPOSE, type QueueRow } from './cases.repo';
import type { CaseScope } from './scope';

const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/** $1 now. The columns `toQueueItem` shows, in the order `toRow` reads them. */
const COLUMNS = `a.id, a.ref_no, a.channel, a.status, a.urgency, a.need_tier, a.categories, a.subject_name_enc,
  a.subject_name, a.flags, a.assignee_user_id, a.service_point_id, a.due_at::text, a.paused_at::text, a.version,
  street.name, case when place.level in ('community', 'village') then place.name end, sp.name,
  (a.due_at is not null and a.due_at < $1::timestamptz and a.paused_at is null
    and a.status in ('submitted', 'accepted', 'in_progress', 'escalated')),
  (a.channel = 'referral' and not exists (select 1 from consents lc where lc.application_id = a.id
    and lc.purpose = '${LEAD_CONSENT_PURPOSE}' and lc.revoked_at is null))`;
const JOINS = `left join divisions street on street.code = a.street_code
  left join divisions place on place.code = a.division_code
  left join service_points sp on sp.id = a.service_point_id`;

const district = (limit: number) => `select ${COLUMNS} from applications a ${JOINS}
  where a.status in (${OPEN}) order by a.due_at asc nulls last, a.id limit ${limit}`;

const branch = (column: string, limit: number) =>
  `select o.id, o.due_at from applications o where o.${column} = $value and o.status in (${OPEN})
    order by o.due_at asc nulls last, o.id limit ${limit}`;
/** The page of one value ($n) or of each value of an array ($n[]), by an ordered scan of the partial index. */
const pageOf = (column: string, param: string, type: string, many: boolean, limit: number) =>
  many
    ? `select x.id, x.due_at from unnest(${param}::${type}[]) as v(value) cross join lateral (
        ${branch(column, limit).replace('$value', 'v.value')}) x`
    : `(${branch(column, limit).replace('$value', `${param}::${type}`)})`;

/**
 * $2 the point id(s), $3 the street code(s): the first `limit` open cases of each, merged. One point (a point's
 * staff) or one point and its street (a station) take scalar parameters: with arrays PostgreSQL cannot know their
 * length in a generic plan, costs it for 10 values and then plans every execution afresh (~1 ms each, measured).
 */
const units = (shape: Exclude<Kind, 'district'>, limit: number) => {
  const many = shape === 'units';
  const points = pageOf('service_point_id', '$2', 'uuid', many, limit);
  const streets = pageOf('street_code', '$3', 'text', many, limit);
  const page =
    shape === 'point' ? points : `${points} union ${streets} order by due_at asc nulls last, id limit ${limit}`;
  return `with page as (${page})
  select ${COLUMNS} from page join applications a on a.id = page.id ${JOINS}
  order by a.due_at asc nulls last, a.id`;
};

/** The text of one statement ($1 now, $2 point id(s), $3 street code(s)), e.g. for EXPLAIN (bench/README). */
export const firstPageSql = (kind: Kind, limit: number): string =>
  kind === 'district' ? district(limit) : units(kind, limit);

type Statement = { execute(values: Record<string, unknown>): Promise<unknown[][]> };
export type Kind = 'district' | 'point' | 'station' | 'units';
type Statements = { prepared: Map<string, Statement>; runs: FirstOpenPageStats };
/** How often each statement ran (per database handle), for tests and diagnostics. */
export type FirstOpenPageStats = Record<Kind, number>;

function prepare(db: Db, name: string, text: string, params: string[]): Statement {
  const query: Query = { sql: text, params: params.map((p) => sql.placeholder(p)) };
  // array rows, handed back as they come: `toRow` reads them by position
  return db._.session.prepareQuery<{ execute: unknown[][]; all: unknown; values: unknown }>(
    query,
    undefined,
    name,
    true,
    (rows) => rows,
  );
}

const statements = new WeakMap<Db, Statements>();

function statementsOf(db: Db): Statements {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = { prepared: new Map(), runs: { district: 0, point: 0, station: 0, units: 0 } }));
  return s;
}

/**
 * The statement of one scope kind and page size. The size is a literal, not a parameter: with `limit $n` a generic
 * plan is costed for a tenth of all open cases, and PostgreSQL then either plans every execution afresh or (past
 * `jit_above_cost`) JIT-compiles it on every execution, 20–40 ms measured on the 1M fixture. Sizes are 2–51.
 */
function statementFor(db: Db, kind: Kind, limit: number): Statement {
  if (!Number.isInteger(limit) || limit < 1 || limit > QUEUE_MAX_LIMIT + 1) throw new RangeError('queue page size');
  const { prepared } = statementsOf(db);
  const name = `queue_open_${kind}_${limit}`;
  let statement = prepared.get(name);
  if (!statement) {
    const params = kind === 'district' ? ['now'] : kind === 'point' ? ['now', 'points'] : ['now', 'points', 'streets'];
    statement = prepare(db, name, firstPageSql(kind, limit), params);
    prepared.set(name, statement);
  }
  return statement;
}

const str = (v: unknown) => v as string;
const strOrNull = (v: unknown) => v as string | null;
const date = (v: unknown) => (v === null ? null : new Date(str(v)));

/** One array row of COLUMNS as `queuePage` shapes it (timestamps as drizzle maps them: `new Date(text)`). */
function toRow(r: unknown[], cipher: FieldCipher): QueueRow {
  const dueKey = strOrNull(r[12]);
  return {
    app: {
      id: str(r[0]),
      refNo: str(r[1]),
      channel: r[2] as QueueRow['app']['channel'],
      status: r[3] as QueueRow['app']['status'],
      urgency: r[4] as QueueRow['app']['urgency'],
      needTier: r[5] as QueueRow['app']['needTier'],
      categories: r[6] as QueueRow['app']['categories'],
      subjectName: openText(cipher, strOrNull(r[7]), strOrNull(r[8])),
      flags: r[9] as string[],
      assigneeUserId: strOrNull(r[10]),
      servicePointId: strOrNull(r[11]),
      dueAt: date(dueKey),
      pausedAt: date(r[13]),
      version: Number(r[14]),
    },
    streetName: strOrNull(r[15]),
    communityName: strOrNull(r[16]),
    pointName: strOrNull(r[17]),
    overdue: r[18] === true,
    dueKey,
    leadPending: r[19] === true,
  };
}

/** The first `limit` open cases in the caller's staff scope, sorted by deadline (nulls last), then id. */
export async function firstOpenPage(
  db: Db,
  cipher: FieldCipher,
  scope: CaseScope,
  now: Date,
  limit: number,
): Promise<QueueRow[]> {
  const points = [...scope.pointIds, ...scope.stationPointIds];
  if (!scope.district && !points.length && !scope.streetCodes.length) return [];
  const streets = scope.streetCodes;
  const kind: Kind = scope.district
    ? 'district'
    : points.length === 1 && !streets.length
      ? 'point'
      : points.length === 1 && streets.length === 1
        ? 'station'
        : 'units';
  statementsOf(db).runs[kind] += 1;
  const one = kind === 'point' || kind === 'station';
  const rows = await statementFor(db, kind, limit).execute({
    now: now.toISOString(),
    points: one ? points[0] : points,
    streets: one ? streets[0] : streets,
  });
  return rows.map((r) => toRow(r, cipher));
}

export function firstOpenPageStats(db: Db): FirstOpenPageStats {
  return { ...statementsOf(db).runs };
}
