/**
 * SQL of the transactional outbox (security.md REL-04). Rows are inserted in the caller's transaction;
 * workers claim due rows with FOR UPDATE SKIP LOCKED and lease them by moving next_attempt_at forward,
 * so two workers (or replicas) never hold the same row at once.
 */
import { and, eq, like, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { users } from '../../db/schema';
import { outbox } from '../../db/schema-content';

export type OutboxInsert = { topic: string; payload: Record<string, unknown>; dedupeKey: string; nextAttemptAt: Date };
export type OutboxRow = typeof outbox.$inferSelect;

/** Inserts a message unless one with the same dedupe key exists; true when inserted. */
export async function enqueue(db: Db, message: OutboxInsert): Promise<boolean> {
  const rows = await db
    .insert(outbox)
    .values(message)
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** Removes a message that has not been sent yet (e.g. a cancelled reminder). */
export async function cancelPending(db: Db, dedupeKey: string): Promise<void> {
  await db.delete(outbox).where(and(eq(outbox.dedupeKey, dedupeKey), eq(outbox.status, 'pending')));
}

/** Moves pending messages whose dedupe key starts with `prefix` to a new due time and rewrites their shown time. */
export async function reschedulePending(db: Db, prefix: string, nextAttemptAt: Date, timeText: string): Promise<void> {
  await db
    .update(outbox)
    .set({
      nextAttemptAt,
      payload: sql`jsonb_set(${outbox.payload}, '{data,time2,value}', to_jsonb(${timeText}::text))`,
    })
    .where(and(like(outbox.dedupeKey, `${prefix}%`), eq(outbox.status, 'pending')));
}

/**
 * Claims up to `limit` due pending rows: each claimed row counts one attempt and is leased until
 * `now + leaseMs`; a worker that dies mid-send leaves it to be retried after the lease.
 */
export async function claimDue(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`update outbox set attempts = attempts + 1, next_attempt_at = ${leaseUntil}::timestamptz
        where id in (
          select id from outbox where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
          order by next_attempt_at limit ${limit} for update skip locked)
        returning id, topic, payload, dedupe_key, status, attempts, next_attempt_at, last_error, sent_at, sent_via, created_at`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    topic: r.topic as string,
    payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    dedupeKey: r.dedupe_key as string,
    status: r.status as string,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at as string),
    lastError: (r.last_error as string | null) ?? null,
    sentAt: r.sent_at ? new Date(r.sent_at as string) : null,
    sentVia: (r.sent_via as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
  }));
}

export async function markSent(db: Db, id: string, via: string, now: Date): Promise<void> {
  await db.update(outbox).set({ status: 'sent', sentAt: now, sentVia: via, lastError: null }).where(eq(outbox.id, id));
}

export async function markRetry(db: Db, id: string, error: string, nextAttemptAt: Date): Promise<void> {
  await db.update(outbox).set({ lastError: error, nextAttemptAt }).where(eq(outbox.id, id));
}

/** Final states: failed_permanent (never retried) or dead (gave up after the attempt limit). */
export async function markFinal(db: Db, id: string, status: 'failed_permanent' | 'dead', error: string): Promise<void> {
  await db.update(outbox).set({ status, lastError: error }).where(eq(outbox.id, id));
}

/** The WeChat openid of a user, looked up at send time (null when the user has none). */
export async function findOpenid(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ openid: users.openid }).from(users).where(eq(users.id, userId));
  return row?.openid ?? null;
}
