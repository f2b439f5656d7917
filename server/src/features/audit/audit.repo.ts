/**
 * Append-only, hash-chained audit trail, one chain per entity (decision "per-entity audit chains"): an entry about
 * application X joins the chain `application:X`; an entry about no entity joins its actor's chain `actor:<user id>`
 * (or `system`). Each row records its chain, its 1-based place `seq` in it and the previous row's hash; its hash is
 * SHA-256 over the previous hash, the chain, seq and the row's canonical content. Writers of one chain are
 * serialised by a transaction-scoped advisory lock on that chain only, so two submits never wait for each other.
 * UPDATE/DELETE are refused by a trigger (migration 0001); a unique index on (chain, seq) refuses a fork.
 * Rows from before migration 0026 form the legacy global chain (chain and seq null), verified as they were written.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';

const CHAIN_LOCK_SEED = 774_202;
export const GENESIS_HASH = 'genesis';

export type AuditEntry = {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
};

/** A row's content as hashed (data is the stored JSON text). */
export type AuditContent = {
  at: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  data: string;
};

/** A row of a per-entity chain as hashed. */
export type ChainedContent = AuditContent & { chain: string; seq: number };

/** The chain an entry joins: its entity's, else its actor's, else the system's. */
export function chainOf(entry: Pick<AuditEntry, 'actorUserId' | 'entity' | 'entityId'>): string {
  if (entry.entityId) return `${entry.entity}:${entry.entityId}`;
  return entry.actorUserId ? `actor:${entry.actorUserId}` : 'system';
}

/** The hash of a per-entity chain row. */
export function hashAuditRow(prevHash: string, row: ChainedContent): string {
  const canonical = JSON.stringify([
    prevHash,
    row.chain,
    row.seq,
    row.at,
    row.actorUserId,
    row.action,
    row.entity,
    row.entityId,
    row.data,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The hash of a legacy row (written before migration 0026: one global chain in id order). */
export function hashLegacyAuditRow(prevHash: string, row: AuditContent): string {
  const canonical = JSON.stringify([prevHash, row.at, row.actorUserId, row.action, row.entity, row.entityId, row.data]);
  return createHash('sha256').update(canonical).digest('hex');
}

function contentOf(at: Date, entry: AuditEntry): AuditContent {
  return {
    at: at.toISOString(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    data: JSON.stringify(entry.data ?? {}),
  };
}

/** A complete row, hash included. */
export type AuditRowValues = ChainedContent & { prevHash: string; hash: string };

/**
 * The first row of a chain nobody else can write yet: an entity created in the caller's transaction with an id the
 * caller drew (a new application). Needs no lock and no read; the caller inserts it with its other rows.
 */
export function firstAuditRow(at: Date, entry: AuditEntry): AuditRowValues {
  const row = { ...contentOf(at, entry), chain: chainOf(entry), seq: 1 };
  return { ...row, prevHash: GENESIS_HASH, hash: hashAuditRow(GENESIS_HASH, row) };
}

/**
 * Appends to the entry's chain inside the caller's transaction, so the audit row commits (or not) with the change it
 * records. Two statements: the chain's advisory lock (shared only with writers of the same entity, who normally hold
 * its row lock already), then one INSERT … SELECT that reads the chain's last row and computes the new hash in SQL
 * (sha256 over the same canonical JSON as hashAuditRow). The INSERT must be a statement of its own: in READ COMMITTED
 * only a statement that starts after the previous holder committed sees its row.
 */
export async function appendAudit(db: Db, clock: Clock, entry: AuditEntry): Promise<void> {
  const chain = chainOf(entry);
  const row = contentOf(clock.now(), entry);
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${chain}::text, ${CHAIN_LOCK_SEED}))`);
  // hashAuditRow hashes JSON.stringify([prevHash, chain, seq, ...rest]); prevHash is hex (or 'genesis') and seq an
  // integer, which JSON writes as they are, so the canonical text is '["' || prev || '",' || chain as JSON || ',' ||
  // seq || ',' followed by the rest's JSON minus its '['.
  const rest = JSON.stringify([row.at, row.actorUserId, row.action, row.entity, row.entityId, row.data]).slice(1);
  await db.execute(sql`
    insert into audit_log (at, actor_user_id, action, entity, entity_id, data, chain, seq, prev_hash, hash)
    select ${row.at}::timestamptz, ${row.actorUserId}::uuid, ${row.action}, ${row.entity}, ${row.entityId}, ${row.data},
           ${chain}, p.seq, p.hash,
           encode(sha256(convert_to('["' || p.hash || '",' || ${JSON.stringify(chain)}::text || ',' || p.seq::text || ','
             || ${rest}::text, 'UTF8')), 'hex')
    from (select coalesce(h.seq, 0) + 1 as seq, coalesce(h.hash, ${GENESIS_HASH}) as hash
          from (select 1) one
          left join lateral (select seq, hash from audit_log where chain = ${chain} order by seq desc limit 1) h on true) p`);
}
