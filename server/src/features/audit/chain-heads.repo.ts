/**
 * The audit chains as checkpoints see them. A per-entity chain's head is its last row: `id` in a checkpoint is that
 * row's seq and `count` the same number (seq runs 1, 2, 3, … and the chain walk checks it). The legacy chain
 * ("audit_log", rows from before migration 0026) keeps its old form: the head row's id and the rows up to it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import type { ChainHead, ChainHeadSource, HeadQuery, SealedRow } from './checkpoint';
import { LEGACY_CHAIN } from './chain-walk.repo';

const LOOKUP_BATCH = 1000;

/** Heads of the chains with a row written at or after `since` (all chains when null), plus the legacy head on request. */
async function heads(db: Db, query: HeadQuery): Promise<ChainHead[]> {
  const moved = query.since
    ? sql`a.chain in (select chain from audit_log where at >= ${query.since.toISOString()}::timestamptz and chain is not null)`
    : sql`a.chain is not null`;
  const rows = await queryRows<{ chain: string; seq: string | number; hash: string }>(
    db,
    sql`select distinct on (a.chain) a.chain, a.seq, a.hash from audit_log a where ${moved} order by a.chain, a.seq desc`,
  );
  const entity = rows.map((r) => ({ chain: r.chain, id: Number(r.seq), hash: r.hash, count: Number(r.seq) }));
  return query.legacy ? [...(await legacyHead(db)), ...entity] : entity;
}

/** The legacy chain's newest row and how many rows it has up to it (one statement: one snapshot). */
async function legacyHead(db: Db): Promise<ChainHead[]> {
  const rows = await queryRows<{ id: string | number; hash: string; count: string | number }>(
    db,
    sql`select h.id, h.hash, (select count(*) from audit_log where chain is null and id <= h.id) as count
        from (select id, hash from audit_log where chain is null order by id desc limit 1) h`,
  );
  return rows.map((r) => ({ chain: LEGACY_CHAIN, id: Number(r.id), hash: r.hash, count: Number(r.count) }));
}

export const sealKey = (chain: string, id: number) => `${chain}\n${id}`;

/** Each sealed head's row as it is now (keyed by sealKey); heads whose row is gone are absent. */
async function lookup(db: Db, sealed: ChainHead[]): Promise<Map<string, SealedRow>> {
  const found = new Map<string, SealedRow>();
  const legacy = sealed.filter((h) => h.chain === LEGACY_CHAIN).map((h) => h.id);
  for (const [id, row] of await lookupLegacy(db, legacy)) found.set(sealKey(LEGACY_CHAIN, id), row);
  const entity = [...new Map(sealed.filter((h) => h.chain !== LEGACY_CHAIN).map((h) => [sealKey(h.chain, h.id), h]))];
  for (let i = 0; i < entity.length; i += LOOKUP_BATCH) {
    const wanted = entity.slice(i, i + LOOKUP_BATCH).map(([, h]) => ({ chain: h.chain, seq: h.id }));
    const rows = await queryRows<{ chain: string; seq: string | number; hash: string }>(
      db,
      sql`select a.chain, a.seq, a.hash
          from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as w(chain text, seq bigint)
          join audit_log a on a.chain = w.chain and a.seq = w.seq`,
    );
    for (const r of rows) found.set(sealKey(r.chain, Number(r.seq)), { hash: r.hash, count: Number(r.seq) });
  }
  return found;
}

/** Legacy rows by id: hash and the number of legacy rows up to it, range by range over the primary key. */
async function lookupLegacy(db: Db, ids: number[]): Promise<Map<number, SealedRow>> {
  const found = new Map<number, SealedRow>();
  let previous = 0;
  let count = 0;
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    const [row] = await queryRows<{ hash: string | null; n: string | number }>(
      db,
      sql`select (select hash from audit_log where id = ${id} and chain is null) as hash,
                 (select count(*) from audit_log where chain is null and id > ${previous} and id <= ${id}) as n`,
    );
    count += Number(row!.n);
    previous = id;
    if (row!.hash !== null) found.set(id, { hash: row!.hash, count });
  }
  return found;
}

export const auditChainHeads: ChainHeadSource = { heads, lookup };
