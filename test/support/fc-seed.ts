/**
 * One seed for every random test input: fast-check properties (set globally by fc-setup.ts) and the picks
 * tests make themselves (`seededRandom`). It comes from FC_SEED, or a fixed default, so `npm test` draws the
 * same inputs on every machine and a failure names the seed that replays it.
 */
import path from 'node:path';

export const DEFAULT_FC_SEED = 20260101;

function readSeed(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_FC_SEED;
  const seed = Number(text);
  if (!Number.isInteger(seed) || Math.abs(seed) > 0x7fffffff)
    throw new Error(`FC_SEED must be a 32-bit integer, got "${text}"`);
  return seed;
}

export const FC_SEED = readSeed(process.env.FC_SEED);

/** "Reproduce: FC_SEED=… npm test -- <this file>", for failure messages (the whole file: fuzz files build on earlier tests' rows). */
export function reproduceHint(): string {
  const testPath = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState().testPath;
  const file = testPath ? path.relative(process.cwd(), testPath) : '<test file>';
  return `Seed ${FC_SEED}${FC_SEED === DEFAULT_FC_SEED ? ' (the default)' : ''}. Reproduce: FC_SEED=${FC_SEED} npm test -- ${file}`;
}

/** A deterministic PRNG in [0, 1) (mulberry32), seeded by FC_SEED and `label`, for picks a test makes outside fast-check. */
export function seededRandom(label: string): () => number {
  let state = FC_SEED >>> 0;
  for (const ch of label) state = Math.imul(state ^ ch.charCodeAt(0), 0x9e3779b1) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fails, naming the seed, unless `count` exceeds `floor` (fuzz tests: "enough runs reached the service"). */
export function expectMoreThan(count: number | undefined, floor: number, what: string): void {
  if ((count ?? 0) > floor) return;
  throw new Error(`${what}: ${count ?? 0}, expected more than ${floor}.\n${reproduceHint()}`);
}

/** With FUZZ_TALLY=1, prints a fuzz test's outcome counts (to check the thresholds' margin at a seed). */
export function reportTally(what: string, tally: Record<string, number>): void {
  if (process.env.FUZZ_TALLY) console.log(`[tally] seed ${FC_SEED} ${what}: ${JSON.stringify(tally)}`);
}
