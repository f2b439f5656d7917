/** SQL for Idempotency-Key records (scoped by user and route). */
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { idempotencyKeys } from '../../db/schema-applications';

type Key = { userId: string; route: string; key: string };
const where = (k: Key) => and(eq(idempotencyKeys.userId, k.userId), eq(idempotencyKeys.route, k.route), eq(idempotencyKeys.key, k.key));

/** Inserts an in-progress record; false when one already exists. */
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

/** Takes over an in-progress record abandoned before `staleBefore` (its request died mid-way). */
export async function takeOverStale(db: Db, k: Key, requestHash: string, staleBefore: Date, now: Date): Promise<boolean> {
  const rows = await db
    .update(idempotencyKeys)
    .set({ createdAt: now })
    .where(and(where(k), eq(idempotencyKeys.state, 'in_progress'), eq(idempotencyKeys.requestHash, requestHash), lt(idempotencyKeys.createdAt, staleBefore)))
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

export async function complete(db: Db, k: Key, status: number, body: unknown, now: Date): Promise<void> {
  await db.update(idempotencyKeys).set({ state: 'completed', responseStatus: status, responseBody: body, completedAt: now }).where(where(k));
}

export async function release(db: Db, k: Key): Promise<void> {
  await db.delete(idempotencyKeys).where(and(where(k), eq(idempotencyKeys.state, 'in_progress')));
}
