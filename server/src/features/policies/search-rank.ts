/**
 * One page of a search answered from the in-process index (search-index.ts): the same rows, scores and order
 * as the SQL path (policies.repo.ts listPublished with content/search-score.repo.ts), filters and keyset cursor
 * included. Returns ids and scores only; the page's text is read by id (policies-page.repo.ts).
 */
import { formLexemes, type QueryTerm } from '../../../../shared/domain/search-query';
import type { ListFilter } from './policies.repo';
import { MATCH_ANY, MATCH_RANKED, matchTerms, positionsAt, slotOf, type SearchIndex } from './search-index';
import { addOrTerm, andRank, finishOr, sortOperands } from './ts-rank';

/** As content/search-score.repo.ts: a title holding only a synonym counts 0.7. */
const SYNONYM_TITLE_HIT = 0.7;
/** least(ts_rank(…), 0.99): the comparison is in float4. */
const RANK_CAP = Math.fround(0.99);

export type RankedHit = { id: string; rank: number; publishedUs: number };

/** A term's title test, prepared once per search: forms lowercased, as strpos(lower(title) …, lower(form)). */
type TitleTest = { typed: string; synonyms: string[]; notInside: string[] };

const prepare = (t: QueryTerm): TitleTest => ({
  typed: t.forms[0]!.toLowerCase(),
  synonyms: t.forms.slice(1).map((s) => s.toLowerCase()),
  notInside: t.notInside,
});

/** 1 when the title (without the longer words) holds the typed term, 0.7 when only a synonym, else 0. */
function titleHit(titleLower: string, t: TitleTest): number {
  let clean = titleLower;
  for (const w of t.notInside) if (clean.includes(w)) clean = clean.replaceAll(w, '');
  if (clean.includes(t.typed)) return 1;
  for (const s of t.synonyms) if (clean.includes(s)) return SYNONYM_TITLE_HIT;
  return 0;
}

/**
 * ts_rank(rank_vector, the whole query) of every policy: calc_rank_and when the query is a single phrase of
 * two or more distinct lexemes (its top tsquery node is `<->`), else calc_rank_or over the distinct lexemes.
 */
function tsRanks(index: SearchIndex, terms: QueryTerm[], docs: number[]): Float64Array {
  const phrases = terms.flatMap((t) => t.forms.map(formLexemes).filter((l) => l.length > 0));
  const operands = sortOperands(phrases.flat());
  const postings = operands.map((l) => index.postings.get(l));
  const out = new Float64Array(index.policies.length);
  const single = phrases.length === 1 && phrases[0]!.length > 1;
  if (single && operands.length >= 2) {
    for (const doc of docs) {
      if (!index.policies[doc]!.ranked) continue; // an empty rank vector ranks 0
      out[doc] = andRank(
        postings.map((p) => {
          const slot = p ? slotOf(p, doc) : -1;
          const ps = slot < 0 ? null : positionsAt(p!, slot, true);
          return ps && ps.length > 0 ? ps : null;
        }),
      );
    }
    return out;
  }
  // calc_rank_or: each lexeme's share in operand order, accumulated in float4
  const acc = new Float32Array(index.policies.length);
  for (const p of postings) {
    if (!p) continue;
    for (let slot = 0; slot < p.docs.length; slot++) {
      const term = p.orTerm[slot]!;
      if (!Number.isNaN(term)) acc[p.docs[slot]!] = addOrTerm(acc[p.docs[slot]!]!, term);
    }
  }
  for (const doc of docs) out[doc] = finishOr(acc[doc]!, operands.length);
  return out;
}

/** (rank, published_at, id) descending, as the SQL order; true when a comes first. */
const before = (a: RankedHit, b: RankedHit) =>
  a.rank !== b.rank ? a.rank > b.rank : a.publishedUs !== b.publishedUs ? a.publishedUs > b.publishedUs : a.id > b.id;

/** The first `f.limit` hits of a search (`f.terms` non-empty) after the cursor, best first. */
export function searchIndex(index: SearchIndex, f: ListFilter): RankedHit[] {
  const matches = matchTerms(index, f.terms);
  const total = f.terms.reduce((sum, t) => sum + t.weight, 0) || 1;
  const c = f.cursor;
  // the SQL compares the row's published_at (µs) with the cursor's (ms)
  const cursor = c && { rank: c.rank ?? 0, publishedUs: Date.parse(c.publishedAt) * 1000, id: c.id };
  const docs: number[] = [];
  for (let doc = 0; doc < index.policies.length; doc++) {
    let matched = false;
    for (let i = 0; i < matches.length && !matched; i++) matched = (matches[i]![doc]! & MATCH_ANY) !== 0;
    if (!matched) continue;
    const p = index.policies[doc]!;
    if (p.effectiveFrom !== null && p.effectiveFrom > f.today) continue;
    if (p.effectiveTo !== null && p.effectiveTo < f.today) continue;
    if (f.needTier && !p.needTiers.includes(f.needTier)) continue;
    if (f.targetGroup && !p.targetGroups.includes(f.targetGroup)) continue;
    if (f.departmentId && p.departmentId !== f.departmentId) continue;
    docs.push(doc);
  }
  const ranks = tsRanks(index, f.terms, docs);
  const tests = f.terms.map(prepare);
  const page: RankedHit[] = [];
  for (const doc of docs) {
    const p = index.policies[doc]!;
    let titleCover = 0;
    let textCover = 0;
    for (let i = 0; i < tests.length; i++) {
      const w = f.terms[i]!.weight;
      titleCover += w * titleHit(p.titleLower, tests[i]!);
      textCover += w * (matches[i]![doc]! & MATCH_RANKED ? 1 : 0);
    }
    const rank = (100 * titleCover) / total + (10 * textCover) / total + Math.min(ranks[doc]!, RANK_CAP);
    // policies are stored newest first (search-index.ts), so a tie never displaces a hit already on the page
    const last = page[page.length - 1];
    if (page.length === f.limit && rank <= last!.rank) continue;
    const hit = { id: p.id, rank, publishedUs: p.publishedUs };
    if (cursor && !before(cursor, hit)) continue;
    let at = page.length;
    while (at > 0 && before(hit, page[at - 1]!)) at--;
    page.splice(at, 0, hit);
    if (page.length > f.limit) page.pop();
  }
  return page;
}
