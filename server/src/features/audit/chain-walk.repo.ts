/**
 * Walks every audit chain and recomputes every hash: the legacy global chain (rows from before migration 0026, in id
 * order) and each per-entity chain in seq order, which must run 1, 2, 3, … with each row linking to the previous
 * row's hash. An edited row breaks its hash, a deleted one leaves a gap in seq, a reordered one breaks the links
 * (seq is hashed). A chain's tail cut off cleanly is only visible against a checkpoint (verify.ts).
 */
import { and, asc, gt, isNull, isNotNull, or, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import { GENESIS_HASH, hashAuditRow, hashLegacyAuditRow } from './audit.repo';

/** The legacy chain's name in checkpoints (it was the only chain before migration 0026). */
export const LEGACY_CHAIN = 'audit_log';

export type ChainBreak = { chain: string; id: number; seq: number | null; problem: 'hash' | 'link' | 'gap' };
export type ChainWalk = {
  rows: number;
  chains: number;
  /** The id of the first row (in walk order) that does not verify, or null when every chain is intact. */
  brokenAt: number | null;
  /** The first broken row of each broken chain. */
  breaks: ChainBreak[];
};

type Row = typeof auditLog.$inferSelect;
const content = (r: Row) => ({
  at: r.at.toISOString(),
  actorUserId: r.actorUserId,
  action: r.action,
  entity: r.entity,
  entityId: r.entityId,
  data: r.data,
});

export async function verifyAuditChains(db: Db, batchSize = 1000): Promise<ChainWalk> {
  const walk: ChainWalk = { rows: 0, chains: 0, brokenAt: null, breaks: [] };
  const broke = (b: ChainBreak) => {
    walk.breaks.push(b);
    walk.brokenAt ??= b.id;
  };
  await walkLegacy(db, batchSize, walk, broke);
  await walkEntityChains(db, batchSize, walk, broke);
  return walk;
}

async function walkLegacy(db: Db, batchSize: number, walk: ChainWalk, broke: (b: ChainBreak) => void) {
  let prev = GENESIS_HASH;
  let lastId = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(and(isNull(auditLog.chain), gt(auditLog.id, lastId)))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (batch.length === 0) return;
    if (lastId === 0) walk.chains++;
    for (const r of batch) {
      if (r.prevHash !== prev || r.hash !== hashLegacyAuditRow(prev, content(r))) {
        broke({ chain: LEGACY_CHAIN, id: r.id, seq: null, problem: r.prevHash !== prev ? 'link' : 'hash' });
        return;
      }
      prev = r.hash;
      lastId = r.id;
      walk.rows++;
    }
  }
}

async function walkEntityChains(db: Db, batchSize: number, walk: ChainWalk, broke: (b: ChainBreak) => void) {
  let after: { chain: string; seq: number } | null = null;
  let chain = '';
  let expected = 1;
  let prev = GENESIS_HASH;
  let broken = false;
  const chainsBefore = walk.chains;
  for (;;) {
    const where: SQL | undefined = after
      ? or(gt(auditLog.chain, after.chain), and(eq(auditLog.chain, after.chain), gt(auditLog.seq, after.seq)))
      : isNotNull(auditLog.chain);
    const batch = await db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(asc(auditLog.chain), asc(auditLog.seq))
      .limit(batchSize);
    if (batch.length === 0) return;
    for (const r of batch) {
      const seq = r.seq!;
      after = { chain: r.chain!, seq };
      if (r.chain !== chain || walk.chains === chainsBefore) {
        [chain, expected, prev, broken] = [r.chain!, 1, GENESIS_HASH, false];
        walk.chains++;
      }
      if (broken) continue;
      const problem =
        seq !== expected
          ? 'gap'
          : r.prevHash !== prev
            ? 'link'
            : r.hash !== hashAuditRow(prev, { ...content(r), chain, seq })
              ? 'hash'
              : null;
      if (problem) {
        broke({ chain, id: r.id, seq, problem });
        broken = true;
        continue;
      }
      [expected, prev] = [seq + 1, r.hash];
      walk.rows++;
    }
  }
}
