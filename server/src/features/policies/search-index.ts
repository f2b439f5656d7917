/**
 * An in-process inverted index of the published policies (decision 44): the lexemes and positions that
 * `searchVectorOf` stores (title A, summary B, body C; search-tokens.ts vectorPositions), so a search is
 * answered in memory with exactly the SQL path's result set, scores and order (policies.repo.ts listPublished
 * + content/search-score.repo.ts): a row matches when its whole vector matches any term's form (phrases by
 * position), text coverage reads title + summary positions only (rank_vector), ts_rank is ported bit for bit
 * (ts-rank.ts). Pure: loading and refreshing live in search-index.service.ts.
 */
import { formLexemes, type QueryTerm } from '../../../../shared/domain/search-query';
import { vectorPositions } from '../../../../shared/domain/search-tokens';
import type { PolicyValues } from './policies-admin.repo';
import { orTerm } from './ts-rank';

/** A published policy as the index reads it: the admin's stored values it searches and filters on, plus ids. */
export type IndexRow = Pick<
  PolicyValues,
  'title' | 'summary' | 'body' | 'needTiers' | 'targetGroups' | 'departmentId' | 'effectiveFrom' | 'effectiveTo'
> & {
  id: string;
  /** published_at in microseconds since the epoch (the SQL order breaks rank ties on it). */
  publishedUs: number;
};

export type IndexedPolicy = Omit<IndexRow, 'title' | 'summary' | 'body'> & {
  /** lower(title), for title hits. */
  titleLower: string;
  /** Whether title + summary (the rank vector) hold any lexeme. */
  ranked: boolean;
};

/**
 * One lexeme: the policies holding it (ascending), their positions (`start` indexes `pos`), the title + summary
 * positions alone (`rstart`, `rpos`: the rank vector's), and each policy's ts_rank share (NaN: not ranked).
 */
export type Posting = {
  docs: Int32Array;
  start: Int32Array;
  pos: Uint16Array;
  rstart: Int32Array;
  rpos: Uint16Array;
  orTerm: Float32Array;
};

export type SearchIndex = { policies: IndexedPolicy[]; postings: Map<string, Posting> };

/** Weight index of title (A) and summary (B) positions: what ts_filter(search_vector, '{a,b}') keeps. */
const isRanked = (encoded: number) => (encoded & 3) >= 2;

/** Stored newest first (published_at, then id, descending: the SQL tie-break), so ranking can skip ties. */
const newestFirst = (a: IndexRow, b: IndexRow) =>
  b.publishedUs - a.publishedUs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function buildIndex(unsorted: IndexRow[]): SearchIndex {
  const rows = [...unsorted].sort(newestFirst);
  type Acc = { docs: number[]; start: number[]; pos: number[]; rstart: number[]; rpos: number[]; orTerm: number[] };
  const acc = new Map<string, Acc>();
  const policies = rows.map((row, doc): IndexedPolicy => {
    const vector = vectorPositions([
      { text: row.title, weight: 'A' },
      { text: row.summary, weight: 'B' },
      { text: row.body, weight: 'C' },
    ]);
    let ranked = false;
    for (const [lexeme, positions] of vector) {
      let a = acc.get(lexeme);
      if (!a) acc.set(lexeme, (a = { docs: [], start: [], pos: [], rstart: [], rpos: [], orTerm: [] }));
      a.docs.push(doc);
      a.start.push(a.pos.length);
      a.rstart.push(a.rpos.length);
      for (const p of positions) a.pos.push(p);
      const rankedPositions = positions.filter(isRanked);
      for (const p of rankedPositions) a.rpos.push(p);
      if (rankedPositions.length > 0) ranked = true;
      a.orTerm.push(rankedPositions.length > 0 ? orTerm(rankedPositions) : NaN);
    }
    // an object literal of fixed shape (an object rest would be a slow dictionary-mode object)
    return {
      id: row.id,
      needTiers: row.needTiers,
      targetGroups: row.targetGroups,
      departmentId: row.departmentId,
      publishedUs: Number(row.publishedUs),
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      titleLower: row.title.toLowerCase(),
      ranked,
    };
  });
  const postings = new Map<string, Posting>();
  for (const [lexeme, a] of acc)
    postings.set(lexeme, {
      docs: Int32Array.from(a.docs),
      start: Int32Array.from([...a.start, a.pos.length]),
      pos: Uint16Array.from(a.pos),
      rstart: Int32Array.from([...a.rstart, a.rpos.length]),
      rpos: Uint16Array.from(a.rpos),
      orTerm: Float32Array.from(a.orTerm),
    });
  return { policies, postings };
}

/** Index of `doc` in a posting's docs, or -1. */
export function slotOf(posting: Posting, doc: number): number {
  let lo = 0;
  let hi = posting.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = posting.docs[mid]!;
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The positions of a posting's slot (title + summary only when `ranked`). */
export function positionsAt(posting: Posting, slot: number, ranked: boolean): Uint16Array {
  return ranked
    ? posting.rpos.subarray(posting.rstart[slot]!, posting.rstart[slot + 1]!)
    : posting.pos.subarray(posting.start[slot]!, posting.start[slot + 1]!);
}

/** Match flags per policy: 1 = the whole vector matches, 2 = title + summary match. */
export const MATCH_ANY = 1;
export const MATCH_RANKED = 2;

/** Whether the policy at `slots` holds the lexemes at consecutive positions (only title + summary when `ranked`). */
function phraseAt(postings: Posting[], slots: number[], ranked: boolean): boolean {
  const first = postings[0]!;
  outer: for (let i = first.start[slots[0]!]!; i < first.start[slots[0]! + 1]!; i++) {
    const e = first.pos[i]!;
    if (ranked && !isRanked(e)) continue;
    for (let k = 1; k < postings.length; k++) {
      const q = postings[k]!;
      let found = false;
      for (let j = q.start[slots[k]!]!; j < q.start[slots[k]! + 1]! && !found; j++) {
        const x = q.pos[j]!;
        found = x >> 2 === (e >> 2) + k && (!ranked || isRanked(x));
      }
      if (!found) continue outer;
    }
    return true;
  }
  return false;
}

/** Marks in `out` the policies whose vector holds `lexemes` at consecutive positions (tsquery `a <-> b <-> …`). */
function markPhrase(index: SearchIndex, lexemes: string[], out: Uint8Array): void {
  const postings: Posting[] = [];
  for (const l of lexemes) {
    const p = index.postings.get(l);
    if (!p) return;
    postings.push(p);
  }
  const first = postings[0]!;
  const slots = new Array<number>(postings.length).fill(0);
  for (let slot = 0; slot < first.docs.length; slot++) {
    const doc = first.docs[slot]!;
    if (postings.length === 1) {
      out[doc]! |= MATCH_ANY | (Number.isNaN(first.orTerm[slot]!) ? 0 : MATCH_RANKED);
      continue;
    }
    slots[0] = slot;
    let all = true;
    for (let k = 1; k < postings.length && all; k++) all = (slots[k] = slotOf(postings[k]!, doc)) >= 0;
    if (!all || !phraseAt(postings, slots, false)) continue;
    out[doc]! |= MATCH_ANY | (phraseAt(postings, slots, true) ? MATCH_RANKED : 0);
  }
}

/** Per term, the match flags of every policy (any of the term's forms). */
export function matchTerms(index: SearchIndex, terms: QueryTerm[]): Uint8Array[] {
  return terms.map((term) => {
    const out = new Uint8Array(index.policies.length);
    for (const form of term.forms) {
      const lexemes = formLexemes(form);
      if (lexemes.length > 0) markPhrase(index, lexemes, out);
    }
    return out;
  });
}
