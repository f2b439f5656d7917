/**
 * PostgreSQL's `ts_rank(vector, query)` (default weights, normalization 0; src/backend/utils/adt/tsrank.c) in
 * JavaScript, to the bit: the C code computes in `float`, so every step is rounded with Math.fround where C
 * stores a float (a Float32Array element rounds the same way). Positions are encoded `pos * 4 + weight index`
 * (search-tokens.ts vectorPositions) and are those of the ranked vector (a policy's title + summary).
 */
const f = Math.fround;
/** {D, C, B, A} as float4. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0].map(f);
/** ∑ 1/i² (the C literal). */
const ZETA2 = 1.64493406685;
/** The rank when no pair of query lexemes occurs (calc_rank's floor for a negative result). */
export const RANK_FLOOR = f(1e-20);

const weightOf = (encoded: number) => WEIGHTS[encoded & 3]!;
const posOf = (encoded: number) => encoded >> 2;

/**
 * One lexeme's share of calc_rank_or before the division by ζ(2): independent of the query, so it is computed
 * once per (lexeme, policy) when the index is built.
 */
export function orTerm(positions: ArrayLike<number>): number {
  let resj = 0;
  let wjm = -1;
  let jm = 0;
  for (let j = 0; j < positions.length; j++) {
    const w = weightOf(positions[j]!);
    resj = f(resj + f(w / ((j + 1) * (j + 1))));
    if (w > wjm) {
      wjm = w;
      jm = j;
    }
  }
  return f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1))));
}

/** `res + term / ζ(2)` stored as float, as calc_rank_or accumulates (call in the query's operand order). */
export const addOrTerm = (res: number, term: number) => f(res + term / ZETA2);

/** calc_rank_or's result from the accumulated terms and the number of distinct query lexemes. */
export const finishOr = (res: number, size: number) => (size > 0 ? f(res / size) : res);

function wordDistance(w: number): number {
  if (w > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2)));
}

/**
 * calc_rank_and over the positions of each distinct query lexeme (sorted as PostgreSQL sorts them; null when
 * the vector lacks it). Assumes at least two distinct lexemes (with fewer PostgreSQL ranks with calc_rank_or).
 */
export function andRank(positions: (ArrayLike<number> | null)[]): number {
  let res = -1;
  for (let i = 0; i < positions.length; i++) {
    const post = positions[i];
    if (!post) continue;
    for (let k = 0; k < i; k++) {
      const ct = positions[k];
      if (!ct) continue;
      for (let l = 0; l < post.length; l++) {
        for (let p = 0; p < ct.length; p++) {
          // equal positions never occur in one vector without positions-less entries (MAXENTRYPOS in C)
          const dist = Math.abs(posOf(post[l]!) - posOf(ct[p]!));
          if (dist === 0) continue;
          const curw = f(Math.sqrt(f(f(weightOf(post[l]!) * weightOf(ct[p]!)) * wordDistance(dist))));
          res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
        }
      }
    }
  }
  return res < 0 ? RANK_FLOOR : res;
}

/** PostgreSQL's order of query operands (SortAndUniqItems): UTF-8 bytes, then length; duplicates removed. */
export function sortOperands(lexemes: string[]): string[] {
  const unique = [...new Set(lexemes)];
  return unique.sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
}
