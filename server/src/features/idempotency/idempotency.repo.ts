/** SQL for Idempotency-Key records (scoped by user and route). */
import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import type { Db } from '../../db/client';
import { idempotencyKeys } from '../../db/schema-applications';

type Key = { userId: string; route: string; key: string };
const where = (k: Key) =>
  and(eq(idempotencyKeys.userId, k.userId), eq(idempotencyKeys.route, k.route), eq(idempotencyKeys.key, k.key));

/** Inserts the key's record (in the business transaction); false when one already exists. Waits while another transaction holds it. */
export async function claim(db: Db, k: Key, requestHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ ...k, requestHash, state: 'in_progress', createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

export async function find(db: Db, k: Key) {
  const [row] = await db.select().from(idempotencyKeys).where(where(k));
  return row ?? null;
}

export async function complete(db: Db, k: Key, status: number, body: unknown, now: Date): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ state: 'completed', responseStatus: status, responseBody: body, completedAt: now })
    .where(where(k));
}

/** Deletes an unfinished claim (committed only by older server versions, which claimed outside the transaction). */
export async function removeUnfinished(db: Db, k: Key): Promise<void> {
  await db.delete(idempotencyKeys).where(and(where(k), eq(idempotencyKeys.state, 'in_progress')));
}

/**
 * Takes the key's transaction-scoped advisory lock without waiting; false while another request with the same
 * key is still running. `lockId` is a signed 64-bit integer as a decimal string.
 */
export async function tryLock(db: Db, lockId: string): Promise<boolean> {
  const [row] = await queryRows<{ locked: boolean }>(
    db,
    sql`select pg_try_advisory_xact_lock(${lockId}::bigint) as locked`,
  );
  return row?.locked === true;
}
