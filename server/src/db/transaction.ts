/**
 * The one way to open a transaction: `inTransaction(db, async (tx) => …)`. Inside, the handle is called `tx`
 * and has the same `Db` type as the database, so repositories take either without a cast. A transaction
 * opened on a `tx` nests as a savepoint (drizzle's behaviour).
 */
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import type { Db } from './client';

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the error passes through). */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>, config?: PgTransactionConfig): Promise<T> {
  return db.transaction((tx) => work(tx), config);
}
