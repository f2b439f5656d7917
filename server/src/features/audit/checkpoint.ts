/**
 * Audit checkpoints anchor the chain head outside the database: a checkpoint records, for every chain, its newest
 * row id, that row's hash and how many rows the chain had up to it, with the time, signed with HMAC-SHA256 under
 * AUDIT_CHECKPOINT_KEY (a key the database and its role never see). Checkpoints are appended as JSON lines to
 * AUDIT_CHECKPOINT_FILE and logged; someone who can delete the newest audit rows cannot also rewrite the
 * checkpoints that sealed them, so `audit:verify` sees the cut.
 *
 * Nothing here knows how the chain is written: a ChainHeadSource says what the heads are now and what a sealed
 * head's row looks like today (chain-heads.repo.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Env } from '../../env';

/** One sealed head: the newest row of a chain, its hash and how many rows the chain had up to and with it. */
export type ChainHead = { chain: string; id: number; hash: string; count: number };
/** A sealed row as it is now. */
export type SealedRow = { hash: string; count: number };

export type ChainHeadSource = {
  /** The current head of every non-empty chain (committed rows only). */
  heads(db: Db): Promise<ChainHead[]>;
  /** For sealed row ids of `chain`: each row's hash and the chain's row count up to it; ids whose row is gone are absent. */
  lookup(db: Db, chain: string, ids: number[]): Promise<Map<number, SealedRow>>;
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
