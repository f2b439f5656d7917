/**
 * `npx tsx bench/experiments/search-rank-micro.ts [rounds]`: the in-process search (decision 44) without HTTP or a
 * database, on the compiled build (built first when stale): builds the index of the `policies-5k` fixture's 5,000
 * generated policies, then times ranking (`searchIndex`) and the page's highlights (`presentSummary`) for each of the
 * scenario's queries. Prints µs per query, so a change to search-index.ts / search-rank.ts can be measured in
 * seconds. Bench-only.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Query from '../../shared/domain/search-query';
import type * as Presenter from '../../server/src/features/policies/policies.presenter';
import type * as Index from '../../server/src/features/policies/search-index';
import type * as Rank from '../../server/src/features/policies/search-rank';
import { policy, SEARCH_QUERIES } from '../fixtures/policies-5k';
import { ensureServerBuilt, ROOT } from '../lib/targets';

// the compiled build, as the server runs it (tsx's ESM export getters would distort the inner loops)
ensureServerBuilt();
const load = createRequire(__filename);
const built = <T>(file: string) => load(path.join(ROOT, 'build', file)) as T;
const { highlightTerms, parseQuery } = built<typeof Query>('shared/domain/search-query.js');
const { presentSummary } = built<typeof Presenter>('server/src/features/policies/policies.presenter.js');
const { buildIndex } = built<typeof Index>('server/src/features/policies/search-index.js');
const { searchIndex } = built<typeof Rank>('server/src/features/policies/search-rank.js');
type IndexRow = Index.IndexRow;

const rounds = Number(process.argv[2] ?? 300);
const DAY = 86_400_000;
const now = Date.parse('2026-12-06T00:00:00Z');
const rows: IndexRow[] = [];
for (let i = 0; i < 5000; i++) {
  const p = policy(i);
  rows.push({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: p.title,
    summary: p.summary,
    body: p.body,
    needTiers: p.needTiers,
    targetGroups: [],
    departmentId: 'd',
    effectiveFrom: null,
    effectiveTo: null,
    publishedUs: (now - ((i * 7919) % 1800) * DAY) * 1000,
  });
}
const byId = new Map(rows.map((r) => [r.id, r]));
let t = performance.now();
const index = buildIndex(rows);
console.log(`index built in ${(performance.now() - t).toFixed(0)} ms`);

function once(q: string) {
  const terms = parseQuery(q);
  const hits = searchIndex(index, { terms, today: '2026-12-06', limit: 21 });
  const tokens = highlightTerms(terms);
  return hits.slice(0, 20).map((h) => {
    const r = byId.get(h.id)!;
    return presentSummary(
      { ...r, slug: r.id, departmentCode: 'c', departmentName: 'n', publishedAt: new Date(), rank: h.rank } as never,
      tokens,
    );
  });
}
for (let i = 0; i < 50; i++) for (const q of SEARCH_QUERIES) once(q); // warm-up
let total = 0;
for (const q of SEARCH_QUERIES) {
  t = performance.now();
  for (let i = 0; i < rounds; i++) once(q);
  const us = ((performance.now() - t) * 1000) / rounds;
  total += us;
  console.log(`${q.padEnd(8, '　')} ${us.toFixed(0).padStart(6)} µs`);
}
console.log(`mean over the ${SEARCH_QUERIES.length} queries: ${(total / SEARCH_QUERIES.length).toFixed(0)} µs`);
