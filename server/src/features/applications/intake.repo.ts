/**
 * The submit path's one statement (issue 15: one round trip per submit, decision 45). In a single data-modifying
 * statement, atomic on its own: the Idempotency-Key's advisory lock (without waiting) and stored record; the
 * submitter's rate-limit counters, locked and counted only when every window has room; the key's record, stored
 * completed with its answer; the application (flagged when the same person has an open one), its consents, the
 * first event, the outbox messages and the first row of its audit chain. Each step runs only when the one before it
 * did. A taken reference number fails the whole statement (unique violation): nothing is written, nothing counted,
 * and the caller draws another. Fixed text with parameters, prepared once per pooled connection (db/statement.ts).
 * Counter rows are always locked in key order (`counters` sorts its FOR UPDATE, `hits` inserts sorted): a submit that
 * saw no counters yet and one that saw them would otherwise lock the hour and day rows in opposite orders and
 * deadlock (answered 409) when one resident submits several times at once.
 */
import type { Database, Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { pgErrorOf, runStatement, type Statement } from '../../db/statement';
import type { AuditRowValues } from '../audit/audit.repo';
import type { OutboxInsert } from '../outbox/outbox.repo';

type StoredApplication = typeof applications.$inferInsert;

/** The columns a submit writes (intake-rows.ts fills every one; the others keep their defaults). */
// prettier-ignore
const APP_KEYS = [
  'id', 'refNo', 'channel', 'applicantUserId', 'legacySubjectName', 'legacyAddress', 'legacyDescription',
  'legacyTargetGroup', 'subjectNameEnc', 'addressEnc', 'descriptionEnc', 'targetGroupEnc', 'targetGroupHash',
  'subjectIdEnc', 'subjectIdHash', 'subjectPhoneEnc', 'subjectPhoneHash', 'relationship', 'applicantPhoneEnc',
  'referrerContactEnc', 'divisionCode', 'streetCode', 'lat', 'lng', 'needTier', 'categories', 'urgency',
  'servicePointId', 'routingReason', 'routingRuleVersion', 'suggestedDepartmentIds', 'dueAt', 'createdAt',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof StoredApplication>;
const APP_COLUMNS = APP_KEYS.map((k) => applications[k].name);
const WRITTEN = new Set<string>([...APP_KEYS, 'flags']);

export const SUBMIT: Statement = {
  name: 'applications_submit_v2',
  text: `with lock as (select pg_try_advisory_xact_lock($1::bigint) as locked),
    prior as (select state, request_hash, response_body from idempotency_keys
              where user_id = $2::uuid and route = $3 and key = $4),
    fresh as (select 1 from lock where locked and not exists (select 1 from prior)),
    windows as (select * from jsonb_to_recordset($7::jsonb) as x(key text, cutoff timestamptz, lim int)),
    counters as (select key, count, window_start from rate_limits
                 where key in (select key from windows) and exists (select 1 from fresh) order by key for update),
    planned as (
      select w.key, w.lim,
             case when c.key is null or c.window_start <= w.cutoff then 1 else c.count + 1 end as count,
             case when c.key is null or c.window_start <= w.cutoff then $6::timestamptz else c.window_start end
               as window_start
      from windows w left join counters c on c.key = w.key),
    allowed as (select 1 from fresh where not exists (select 1 from planned where count > lim)),
    hits as (
      insert into rate_limits (key, window_start, count)
      select w.key, $6::timestamptz, 1 from windows w, allowed order by w.key -- the order \`counters\` locks in
      on conflict (key) do update set
        count = case when rate_limits.window_start <= (select cutoff from windows where key = excluded.key)
                     then 1 else rate_limits.count + 1 end,
        window_start = case when rate_limits.window_start <= (select cutoff from windows where key = excluded.key)
                            then excluded.window_start else rate_limits.window_start end
      returning key, count, window_start),
    admitted as (select 1 from allowed
                 where not exists (select 1 from hits join windows w on w.key = hits.key where hits.count > w.lim)),
    claimed as (
      insert into idempotency_keys (user_id, route, key, request_hash, state, response_status, response_body,
                                    created_at, completed_at)
      select $2::uuid, $3, $4, $5, 'completed', 200, $8::jsonb, $6::timestamptz, $6::timestamptz from admitted
      on conflict do nothing returning 1),
    app as (
      insert into applications (${APP_COLUMNS.join(', ')}, flags)
      select ${APP_COLUMNS.map((c) => `r.${c}`).join(', ')},
             case when (select count(*) from applications
                        where (subject_id_hash = $9 or subject_phone_hash = $10)
                          and status in ('submitted', 'accepted', 'in_progress', 'needs_info', 'escalated')) > 0
                  then r.flags || '{possible_duplicate}'::text[] else r.flags end
      from claimed, jsonb_populate_record(null::applications, $11::jsonb) r
      returning id, flags),
    granted as (
      insert into consents (application_id, purpose, granted_by_user_id, method, granted_at)
      select app.id, c.purpose, $2::uuid, c.method, $6::timestamptz
      from app, jsonb_to_recordset($12::jsonb) as c(purpose text, method text)
      returning 1),
    event as (
      insert into application_events (application_id, type, actor_user_id, status_to, data, created_at)
      select app.id, 'submitted', $2::uuid, 'submitted', $13::jsonb || jsonb_build_object('flags', to_jsonb(app.flags)),
             $6::timestamptz
      from app returning 1),
    queued as (
      insert into outbox (topic, payload, dedupe_key, next_attempt_at)
      select m.topic, m.payload, m.dedupe_key, m.at
      from app, jsonb_to_recordset($14::jsonb) as m(topic text, payload jsonb, dedupe_key text, at timestamptz)
      on conflict (dedupe_key) do nothing returning 1),
    audited as (
      insert into audit_log (at, actor_user_id, action, entity, entity_id, data, chain, seq, prev_hash, hash)
      select $15::timestamptz, $16::uuid, $17, $18, $19, $20, $21, $22::bigint, $23, $24
      from app returning 1)
    select (select locked from lock) as locked,
           (select to_jsonb(prior) from prior) as prior,
           exists (select 1 from app) as inserted,
           coalesce((select jsonb_agg(to_jsonb(hits)) from hits), (select jsonb_agg(to_jsonb(planned)) from planned))
             as counts`,
};

export type SubmitInput = {
  lockId: string;
  userId: string;
  route: string;
  key: string;
  requestHash: string;
  now: Date;
  /** Rate-limit windows to count: key, the time before which the window has expired, and its limit. */
  windows: Array<{ key: string; cutoff: Date; limit: number }>;
  /** Blind indexes of the person's ID number and phone, for the possible-duplicate flag. */
  idHash: string | null;
  phoneHash: string | null;
  /** The application's row (values sealed by the caller); `possible_duplicate` is added to its flags in SQL. */
  application: StoredApplication;
  consents: Array<{ purpose: string; method: string }>;
  /** The first event's data; its `flags` are the application's as written. */
  eventData: Record<string, unknown>;
  messages: OutboxInsert[];
  audit: AuditRowValues;
  response: unknown;
};

export type SubmitOutcome = {
  /** false: the same key is being submitted right now elsewhere; nothing done. */
  locked: boolean;
  /** The key's stored record, when it had one (nothing done). */
  prior: { state: string; requestHash: string; responseBody: unknown } | null;
  /** Everything written, the counts included. */
  inserted: boolean;
  /** Each window's count after this submit (or, refused, what it would have been) and its start. */
  counts: Array<{ key: string; count: number; windowStart: Date }>;
};

type Row = {
  locked: boolean;
  prior: { state: string; request_hash: string; response_body: unknown } | null;
  inserted: boolean;
  counts: Array<{ key: string; count: number; window_start: string }> | null;
};

/** Runs the submit statement: on its own, or inside `tx` (a submit with files links them in the same transaction). */
export async function submitStatement(database: Database, tx: Db | null, s: SubmitInput): Promise<SubmitOutcome> {
  const now = s.now.toISOString();
  // a column added to the row but not to APP_KEYS would be dropped silently: a programming error, caught by every test
  for (const k of Object.keys(s.application)) if (!WRITTEN.has(k)) throw new Error(`intake.repo: ${k} is not written`);
  const app: Record<string, unknown> = { flags: s.application.flags ?? [] };
  APP_KEYS.forEach((k, i) => (app[APP_COLUMNS[i]!] = s.application[k] ?? null));
  const windows = s.windows.map((w) => ({ key: w.key, cutoff: w.cutoff.toISOString(), lim: w.limit }));
  const messages = s.messages.map((m) => ({
    topic: m.topic,
    payload: m.payload,
    dedupe_key: m.dedupeKey,
    at: m.nextAttemptAt,
  }));
  const a = s.audit;
  const [row] = await runStatement<Row>(database, tx, SUBMIT, [
    s.lockId,
    s.userId,
    s.route,
    s.key,
    s.requestHash,
    now,
    JSON.stringify(windows),
    JSON.stringify(s.response),
    s.idHash,
    s.phoneHash,
    JSON.stringify(app),
    JSON.stringify(s.consents),
    JSON.stringify(s.eventData),
    JSON.stringify(messages),
    a.at,
    a.actorUserId,
    a.action,
    a.entity,
    a.entityId,
    a.data,
    a.chain,
    a.seq,
    a.prevHash,
    a.hash,
  ]);
  const prior = row!.prior;
  return {
    locked: row!.locked,
    prior: prior && { state: prior.state, requestHash: prior.request_hash, responseBody: prior.response_body },
    inserted: row!.inserted,
    counts: (row!.counts ?? []).map((c) => ({
      key: c.key,
      count: Number(c.count),
      windowStart: new Date(c.window_start),
    })),
  };
}

/** Whether `err` is the unique violation of a taken reference number (the statement wrote nothing). */
export function isReferenceTaken(err: unknown): boolean {
  const { code, constraint } = pgErrorOf(err);
  return code === '23505' && constraint === 'applications_ref_no_uq';
}
