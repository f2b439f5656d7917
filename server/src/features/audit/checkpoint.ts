/**
 * Audit checkpoints anchor the chain heads outside the database: a checkpoint records, for every chain that moved
 * since the previous checkpoint, its newest row (a per-entity chain's seq, the legacy chain's row id), that row's
 * hash and how many rows the chain had up to it, with the time, signed with HMAC-SHA256 under AUDIT_CHECKPOINT_KEY
 * (a key the database and its role never see). Checkpoints are appended as JSON lines to AUDIT_CHECKPOINT_FILE; the
 * log gets the time, the number of heads, a SHA-256 over the signed text (`root`) and the signature. Someone who can
 * delete audit rows cannot also rewrite the checkpoints that sealed them, so `audit:verify` sees the cut.
 *
 * Nothing here knows how the chains are written: a ChainHeadSource says what the heads are now and what a sealed
 * head's row looks like today (chain-heads.repo.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Env } from '../../env';

/** One sealed head: the newest row of a chain, its hash and how many rows the chain had up to and with it. */
export type ChainHead = { chain: string; id: number; hash: string; count: number };
/** A sealed row as it is now. */
export type SealedRow = { hash: string; count: number };

/** Which heads to read: chains with a row written at or after `since` (all when null), and the legacy chain's. */
export type HeadQuery = { since: Date | null; legacy: boolean };

export type ChainHeadSource = {
  /** The current heads (committed rows only). */
  heads(db: Db, query: HeadQuery): Promise<ChainHead[]>;
  /** Each sealed head's row as it is now, keyed by `chain + "\n" + id`; heads whose row is gone are absent. */
  lookup(db: Db, sealed: ChainHead[]): Promise<Map<string, SealedRow>>;
};

export const ZCheckpoint = z.object({
  v: z.literal(1),
  at: z.iso.datetime(),
  heads: z.array(
    z.object({
      chain: z.string().min(1),
      id: z.number().int().positive(),
      hash: z.string().min(1),
      count: z.number().int().positive(),
    }),
  ),
  sig: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Checkpoint = z.infer<typeof ZCheckpoint>;

/** The signed text: a fixed array, so the signature does not depend on how a JSON line orders its keys. */
function signedText(at: string, heads: ChainHead[]): string {
  return JSON.stringify(['zhulian.audit-checkpoint', 1, at, heads.map((h) => [h.chain, h.id, h.hash, h.count])]);
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** SHA-256 over the signed text: what the log keeps of a checkpoint whose heads are too many for a log line. */
export function checkpointRoot(checkpoint: Checkpoint): string {
  return createHash('sha256').update(signedText(checkpoint.at, checkpoint.heads)).digest('hex');
}

export function signCheckpoint(key: Buffer, at: Date, heads: ChainHead[]): Checkpoint {
  const iso = at.toISOString();
  const copy = heads.map(({ chain, id, hash, count }) => ({ chain, id, hash, count }));
  return { v: 1, at: iso, heads: copy, sig: hmac(key, signedText(iso, copy)) };
}

/** True when the checkpoint's signature is the key's own (constant-time comparison). */
export function hasValidSignature(key: Buffer, checkpoint: Checkpoint): boolean {
  const expected = Buffer.from(hmac(key, signedText(checkpoint.at, checkpoint.heads)), 'hex');
  const given = Buffer.from(checkpoint.sig, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function checkpointFileOf(env: Env): string {
  return path.resolve(env.AUDIT_CHECKPOINT_FILE ?? path.join(env.DATA_DIR, 'audit-checkpoints.jsonl'));
}

/**
 * Appends one line (one write with O_APPEND, so lines from several processes do not interleave); the file is
 * created owner-readable only.
 */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await fs.promises.appendFile(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

/** Every line of the file with its 1-based number: a checkpoint, or null when the line is not one. [] when there is no file. */
export async function readCheckpoints(file: string): Promise<Array<{ line: number; checkpoint: Checkpoint | null }>> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return text
    .split('\n')
    .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
    .filter(({ raw }) => raw !== '')
    .map(({ raw, line }) => ({ line, checkpoint: parseLine(raw) }));
}

function parseLine(raw: string): Checkpoint | null {
  try {
    const parsed = ZCheckpoint.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The time of the newest validly signed checkpoint in the file, or null when there is none. */
export async function newestCheckpointAt(file: string, key: Buffer): Promise<Date | null> {
  let newest: Date | null = null;
  for (const { checkpoint } of await readCheckpoints(file)) {
    if (!checkpoint || !hasValidSignature(key, checkpoint)) continue;
    const at = new Date(checkpoint.at);
    if (!newest || at > newest) newest = at;
  }
  return newest;
}
