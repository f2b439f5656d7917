/**
 * The audit chain as checkpoints see it: today one chain ("audit_log", every row in id order). When the chain is
 * split (per entity, issue 15), this file returns one head per chain and counts rows per chain; the checkpoint
 * module, the job and `audit:verify` stay as they are.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import type { ChainHead, ChainHeadSource, SealedRow } from './checkpoint';

const CHAIN = 'audit_log';

/** The newest committed row and how many rows there are up to it (one statement: one snapshot). */
async function heads(db: Db): Promise<ChainHead[]> {
  const rows = await queryRows<{ id: string | number; hash: string; count: string | number }>(
    db,
    sql`select h.id, h.hash, (select count(*) from audit_log where id <= h.id) as count
        from (select id, hash from audit_log order by id desc limit 1) h`,
  );
  return rows.map((r) => ({ chain: CHAIN, id: Number(r.id), hash: r.hash, count: Number(r.count) }));
}

/**
 * For sealed row ids of one chain: each row's hash now and the number of rows up to it, or nothing for an id whose
 * row is gone. Counts run range by range over the primary key, so checking k checkpoints reads the table once.
 */
async function lookup(db: Db, chain: string, ids: number[]): Promise<Map<number, SealedRow>> {
  const found = new Map<number, SealedRow>();
  if (chain !== CHAIN) return found;
  let previous = 0;
  let count = 0;
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    const [row] = await queryRows<{ hash: string | null; n: string | number }>(
      db,
      sql`select (select hash from audit_log where id = ${id}) as hash,
                 (select count(*) from audit_log where id > ${previous} and id <= ${id}) as n`,
    );
    count += Number(row!.n);
    previous = id;
    if (row!.hash !== null) found.set(id, { hash: row!.hash, count });
  }
  return found;
}

export const auditChainHeads: ChainHeadSource = { heads, lookup };
