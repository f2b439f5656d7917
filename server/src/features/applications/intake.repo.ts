/**
 * The submit path's two statements (issue 15: at most 4 round trips per submit: `begin`, these two, `commit`).
 *
 * claimSubmit: the Idempotency-Key's advisory lock (without waiting), the key's stored record, the claim and the
 * duplicate count, in one data-modifying CTE. writeSubmit: the application, its consents, the first event, the outbox
 * messages, the first row of the application's audit chain, the key's completion and the submitter's rate-limit
 * counts, in another, each row written only when the application was (its reference number may be taken: then
 * nothing is written and the caller draws another).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import type { AuditRowValues } from '../audit/audit.repo';
import type { OutboxInsert } from '../outbox/outbox.repo';

type KeyScope = { userId: string; route: string; key: string };
const OPEN_STATUSES = ['submitted', 'accepted', 'in_progress', 'needs_info', 'escalated'];

export type ClaimInput = KeyScope & {
  lockId: string;
  requestHash: string;
  now: Date;
  idHash: string | null;
  phoneHash: string | null;
};

export type ClaimResult = {
  locked: boolean;
  prior: { state: string; requestHash: string; responseBody: unknown } | null;
  claimed: boolean;
  duplicates: number;
};

export async function claimSubmit(db: Db, c: ClaimInput): Promise<ClaimResult> {
  const now = c.now.toISOString();
  const [row] = await queryRows<{
    locked: boolean;
    prior: { state: string; request_hash: string; response_body: unknown } | null;
    claimed: boolean;
    duplicates: number;
  }>(
    db,
    sql`with lock as (select pg_try_advisory_xact_lock(${c.lockId}::bigint) as locked),
    prior as (select state, request_hash, response_body from idempotency_keys
              where user_id = ${c.userId}::uuid and route = ${c.route} and key = ${c.key}),
    claimed as (
      insert into idempotency_keys (user_id, route, key, request_hash, state, created_at)
      select ${c.userId}::uuid, ${c.route}, ${c.key}, ${c.requestHash}, 'in_progress', ${now}::timestamptz
      from lock where locked and not exists (select 1 from prior)
      on conflict do nothing returning 1)
    select (select locked from lock) as locked,
           (select to_jsonb(prior) from prior) as prior,
           exists (select 1 from claimed) as claimed,
           (select count(*)::int from applications
            where (subject_id_hash = ${c.idHash} or subject_phone_hash = ${c.phoneHash})
              and status in (${sql.join(
                OPEN_STATUSES.map((s) => sql`${s}`),
                sql`, `,
              )})) as duplicates`,
  );
  const prior = row!.prior;
  return {
    locked: row!.locked,
    prior: prior && { state: prior.state, requestHash: prior.request_hash, responseBody: prior.response_body },
    claimed: row!.claimed,
    duplicates: Number(row!.duplicates),
  };
}

export type WriteInput = KeyScope & {
  /** The application's insert (values sealed by the caller); must return its id. */
  application: typeof applications.$inferInsert;
  consents: Array<{ purpose: string; method: string }>;
  eventData: Record<string, unknown>;
  messages: OutboxInsert[];
  audit: AuditRowValues;
  response: unknown;
  now: Date;
  /** Rate-limit windows to count (key, and the time before which a window has expired); [] when counted already. */
  windows: Array<{ key: string; cutoff: Date }>;
};

export type Hit = { key: string; count: number; windowStart: Date };

/**
 * Whether the application was written with everything else (false when its reference number was taken: nothing
 * written, nothing counted), and the rate-limit counts after this submit. Counted here, in the last statement, so a
 * submitter's counter rows stay locked for one round trip (this statement to `commit`), not the whole transaction.
 */
export async function writeSubmit(db: Db, w: WriteInput): Promise<{ inserted: boolean; hits: Hit[] }> {
  const now = w.now.toISOString();
  const windows = JSON.stringify(w.windows.map((x) => ({ key: x.key, cutoff: x.cutoff.toISOString() })));
  const insert = db
    .insert(applications)
    .values(w.application)
    .onConflictDoNothing({ target: applications.refNo })
    .returning({ id: applications.id });
  const messages = JSON.stringify(
    w.messages.map((m) => ({ topic: m.topic, payload: m.payload, dedupe_key: m.dedupeKey, at: m.nextAttemptAt })),
  );
  const a = w.audit;
  const [row] = await queryRows<{
    inserted: number;
    hits: Array<{ key: string; count: number; window_start: string }> | null;
  }>(
    db,
    sql`with app as ${insert},
    granted as (
      insert into consents (application_id, purpose, granted_by_user_id, method, granted_at)
      select app.id, c.purpose, ${w.userId}::uuid, c.method, ${now}::timestamptz
      from app, jsonb_to_recordset(${JSON.stringify(w.consents)}::jsonb) as c(purpose text, method text)
      returning 1),
    event as (
      insert into application_events (application_id, type, actor_user_id, status_to, data, created_at)
      select app.id, 'submitted', ${w.userId}::uuid, 'submitted', ${JSON.stringify(w.eventData)}::jsonb, ${now}::timestamptz
      from app returning 1),
    queued as (
      insert into outbox (topic, payload, dedupe_key, next_attempt_at)
      select m.topic, m.payload, m.dedupe_key, m.at
      from app, jsonb_to_recordset(${messages}::jsonb) as m(topic text, payload jsonb, dedupe_key text, at timestamptz)
      on conflict (dedupe_key) do nothing returning 1),
    audited as (
      insert into audit_log (at, actor_user_id, action, entity, entity_id, data, chain, seq, prev_hash, hash)
      select ${a.at}::timestamptz, ${a.actorUserId}::uuid, ${a.action}, ${a.entity}, ${a.entityId}, ${a.data},
             ${a.chain}, ${a.seq}::bigint, ${a.prevHash}, ${a.hash}
      from app returning 1),
    completed as (
      update idempotency_keys set state = 'completed', response_status = 200,
             response_body = ${JSON.stringify(w.response)}::jsonb, completed_at = ${now}::timestamptz
      from app where user_id = ${w.userId}::uuid and route = ${w.route} and key = ${w.key} returning 1),
    windows as (select * from jsonb_to_recordset(${windows}::jsonb) as x(key text, cutoff timestamptz)),
    hits as (
      insert into rate_limits (key, window_start, count)
      select x.key, ${now}::timestamptz, 1 from windows x where exists (select 1 from app)
      on conflict (key) do update set
        count = case when rate_limits.window_start <= (select cutoff from windows where key = excluded.key)
                     then 1 else rate_limits.count + 1 end,
        window_start = case when rate_limits.window_start <= (select cutoff from windows where key = excluded.key)
                            then excluded.window_start else rate_limits.window_start end
      returning key, count, window_start)
    select (select count(*)::int from app) as inserted, (select jsonb_agg(to_jsonb(hits)) from hits) as hits`,
  );
  const hits = (row!.hits ?? []).map((h) => ({
    key: h.key,
    count: Number(h.count),
    windowStart: new Date(h.window_start),
  }));
  return { inserted: Number(row!.inserted) === 1, hits };
}
