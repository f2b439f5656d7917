/**
 * Append-only, hash-chained audit trail. Each row's hash is SHA-256 over the previous hash and the
 * row's canonical content; a transaction-scoped advisory lock keeps the chain linear across processes.
 * UPDATE/DELETE are refused by a trigger (migration 0001).
 */
import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Clock } from '../../lib/clock';

const AUDIT_CHAIN_LOCK = 774_202;
export const GENESIS_HASH = 'genesis';

export type AuditEntry = {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
};

export function hashAuditRow(
  prevHash: string,
  row: {
    at: string;
    actorUserId: string | null;
    action: string;
    entity: string;
    entityId: string | null;
    data: string;
  },
): string {
  const canonical = JSON.stringify([prevHash, row.at, row.actorUserId, row.action, row.entity, row.entityId, row.data]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Must run inside the caller's transaction so the audit row commits (or not) with the change it records.
 * The chain lock is held until commit and serialises every audited write, so call this as the last
 * statement of the transaction's work. Two statements: the lock, then one INSERT … SELECT that reads the
 * last hash and computes the new one in SQL (sha256 over the same canonical JSON as hashAuditRow). The
 * INSERT must be a statement of its own: in READ COMMITTED only a statement that starts after the previous
 * holder committed sees its row.
 */
export async function appendAudit(db: Db, clock: Clock, entry: AuditEntry): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const row = {
    at: clock.now().toISOString(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    data: JSON.stringify(entry.data ?? {}),
  };
  // hashAuditRow hashes JSON.stringify([prevHash, ...rest]); prevHash is hex (or 'genesis'), which JSON
  // writes unescaped, so the canonical text is '["' || prev || '",' followed by the rest's JSON minus its '['.
  const rest = JSON.stringify([row.at, row.actorUserId, row.action, row.entity, row.entityId, row.data]).slice(1);
  await db.execute(sql`
    insert into audit_log (at, actor_user_id, action, entity, entity_id, data, prev_hash, hash)
    select ${row.at}::timestamptz, ${row.actorUserId}::uuid, ${row.action}, ${row.entity}, ${row.entityId}, ${row.data}, prev.hash,
           encode(sha256(convert_to('["' || prev.hash || '",' || ${rest}::text, 'UTF8')), 'hex')
    from (select coalesce((select hash from audit_log order by id desc limit 1), ${GENESIS_HASH}) as hash) prev`);
}

/** Walks the chain in order; returns the id of the first row that does not verify, or null when intact. */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<{ rows: number; brokenAt: number | null }> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${lastId}`)
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (batch.length === 0) return { rows, brokenAt: null };
    for (const r of batch) {
      const expected = hashAuditRow(prevHash, {
        at: r.at.toISOString(),
        actorUserId: r.actorUserId,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        data: r.data,
      });
      if (r.prevHash !== prevHash || r.hash !== expected) return { rows, brokenAt: r.id };
      prevHash = r.hash;
      lastId = r.id;
      rows++;
    }
  }
}
