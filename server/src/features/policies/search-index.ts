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
import type { NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import { orTerm } from './ts-rank';

export type IndexRow = {
  id: string;
  title: string;
  summary: string;
  body: string;
  needTiers: NeedTier[];
  targetGroups: TargetGroup[];
  departmentId: string;
  /** published_at in microseconds since the epoch (the SQL order breaks rank ties on it). */
  publishedUs: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
};

export type IndexedPolicy = Omit<IndexRow, 'title' | 'summary' | 'body'> & {
  /** lower(title), for title hits. */
  titleLower: string;
  /** Whether title + summary (the rank vector) hold any lexeme. */
  ranked: boolean;
};

/** One lexeme: the policies holding it (ascending), their positions, and their ts_rank share (NaN: not ranked). */
export type Posting = { docs: Int32Array; start: Int32Array; pos: Uint16Array; orTerm: Float32Array };

export type SearchIndex = { policies: IndexedPolicy[]; postings: Map<string, Posting> };

/** Weight index of title (A) and summary (B) positions: what ts_filter(search_vector, '{a,b}') keeps. */
const isRanked = (encoded: number) => (encoded & 3) >= 2;

export function buildIndex(rows: IndexRow[]): SearchIndex {
  const acc = new Map<string, { docs: number[]; start: number[]; pos: number[]; orTerm: number[] }>();
  const policies = rows.map((row, doc): IndexedPolicy => {
    const vector = vectorPositions([
      { text: row.title, weight: 'A' },
      { text: row.summary, weight: 'B' },
      { text: row.body, weight: 'C' },
    ]);
    let ranked = false;
    for (const [lexeme, positions] of vector) {
      let a = acc.get(lexeme);
      if (!a) acc.set(lexeme, (a = { docs: [], start: [], pos: [], orTerm: [] }));
      a.docs.push(doc);
      a.start.push(a.pos.length);
      for (const p of positions) a.pos.push(p);
      const rankedPositions = positions.filter(isRanked);
      if (rankedPositions.length > 0) ranked = true;
      a.orTerm.push(rankedPositions.length > 0 ? orTerm(rankedPositions) : NaN);
    }
    const { title, summary, body, ...rest } = row;
    void summary;
    void body;
    return { ...rest, titleLower: title.toLowerCase(), ranked };
  });
  const postings = new Map<string, Posting>();
  for (const [lexeme, a] of acc)
    postings.set(lexeme, {
      docs: Int32Array.from(a.docs),
      start: Int32Array.from([...a.start, a.pos.length]),
      pos: Uint16Array.from(a.pos),
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
  const all = posting.pos.subarray(posting.start[slot]!, posting.start[slot + 1]!);
  return ranked ? all.filter(isRanked) : all;
}

/** Match flags per policy: 1 = the whole vector matches, 2 = title + summary match. */
export const MATCH_ANY = 1;
export const MATCH_RANKED = 2;

/** Marks in `out` the policies whose vector holds `lexemes` at consecutive positions (tsquery `a <-> b <-> …`). */
function markPhrase(index: SearchIndex, lexemes: string[], out: Uint8Array): void {
  const postings = lexemes.map((l) => index.postings.get(l));
  if (postings.some((p) => !p)) return;
  const [first, ...rest] = postings as Posting[];
  for (let slot = 0; slot < first!.docs.length; slot++) {
    const doc = first!.docs[slot]!;
    if (rest.length === 0) {
      out[doc]! |= MATCH_ANY | (Number.isNaN(first!.orTerm[slot]!) ? 0 : MATCH_RANKED);
      continue;
    }
    const slots = rest.map((p) => slotOf(p, doc));
    if (slots.some((s) => s < 0)) continue;
    for (const ranked of [false, true]) {
      const starts = positionsAt(first!, slot, ranked);
      const others = rest.map((p, i) => positionsAt(p, slots[i]!, ranked));
      const hit = starts.some((s) => others.every((ps, i) => ps.some((e) => e >> 2 === (s >> 2) + i + 1)));
      if (hit) out[doc]! |= ranked ? MATCH_RANKED : MATCH_ANY;
      else break; // no match in the whole vector: none in a part of it
    }
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
