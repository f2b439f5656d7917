/** Resident-facing policy list (政策清单): filtered listing, Chinese search with highlights, and detail. */
import { highlightTerms, parseQuery, type QueryTerm } from '../../../../shared/domain/search-query';
import type { TPolicyDetail, TPolicyListRequest, TPolicyPage } from '../../../../shared/schemas/policies';
import { PolicyLimits } from '../../../../shared/schemas/policies';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import * as repo from './policies.repo';
import { decodeCursor, districtToday, encodeCursor, presentDetail, presentSummary } from './policies.presenter';
import { keyedTtlCache, type KeyedCache } from '../../lib/ttl-cache';
import { SEARCH_CACHE_MAX } from './search-cache';
import { pageRows } from './search-index.repo';
import { policySearchIndex } from './search-index.service';
import { searchIndex } from './search-rank';
import { readDb } from '../../db/read-routing';

/** List pages are cached per database for a few seconds (see search-cache.ts). */
const pageCaches = new WeakMap<object, KeyedCache<TPolicyPage>>();

/** Called after admin writes and seeding so this process sees its own change at once. */
export function clearPolicyListCache(db: object): void {
  pageCaches.get(db)?.clear();
}

/**
 * One page of published, currently effective policies. With `q`, policies matching any query term (or one of
 * its synonyms), ranked by how much of the query the title, then title + summary cover (ties: newest first);
 * an empty `q` lists newest first. A query with nothing to match (punctuation, only 怎么申请) finds nothing.
 *
 * @throws AppError VALIDATION_FAILED naming `departmentCode` (unknown department) or `cursor` (not ours).
 */
export async function listPolicies(deps: Deps, input: TPolicyListRequest): Promise<TPolicyPage> {
  const q = input.q ?? '';
  const terms = parseQuery(q);
  // a query of only punctuation/symbols has nothing to match: no results rather than everything
  if (q !== '' && terms.length === 0) return { items: [], nextCursor: null };
  const today = districtToday(deps.clock.now());
  // terms, not q: "低保", " 低保 " and "低保怎么申请" are one search
  const key = JSON.stringify([
    terms.map((t) => t.term),
    input.needTier,
    input.targetGroup,
    input.departmentCode,
    input.cursor,
    input.limit,
    today,
  ]);
  let cache = pageCaches.get(deps.db);
  if (!cache)
    pageCaches.set(
      deps.db,
      (cache = keyedTtlCache<TPolicyPage>(deps.clock, deps.env.SEARCH_CACHE_TTL_MS, SEARCH_CACHE_MAX)),
    );
  return cache.get(key, () => loadPage(deps, input, terms, today));
}

async function loadPage(
  deps: Deps,
  input: TPolicyListRequest,
  terms: QueryTerm[],
  today: string,
): Promise<TPolicyPage> {
  const limit = input.limit ?? PolicyLimits.defaultPageSize;
  let departmentId: string | undefined;
  if (input.departmentCode) {
    const dept = await repo.findDepartmentByCode(readDb(deps), input.departmentCode);
    if (!dept) throw validationError([{ field: 'departmentCode', message: '没有这个部门' }]);
    departmentId = dept.id;
  }
  const filter: repo.ListFilter = {
    terms,
    needTier: input.needTier,
    targetGroup: input.targetGroup,
    departmentId,
    today,
    cursor: input.cursor ? decodeCursor(input.cursor) : undefined,
    limit: limit + 1,
  };
  // a search is ranked in memory (decision 44); the plain newest-first list is one index scan in SQL
  const rows =
    terms.length > 0
      ? await pageRows(readDb(deps), searchIndex(await policySearchIndex(deps), filter))
      : await repo.listPublished(readDb(deps), filter);
  const page = rows.slice(0, limit);
  const tokens = highlightTerms(terms);
  return {
    items: page.map((r) => presentSummary(r, tokens)),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** @throws AppError NOT_FOUND for unknown, draft and archived policies (existence is not revealed). */
export async function getPolicy(deps: Deps, slug: string): Promise<TPolicyDetail> {
  const row = await repo.findBySlug(readDb(deps), slug);
  if (!row || row.policy.status !== 'published')
    throw new AppError('NOT_FOUND', { message: '没有找到这项政策，可能已经停止执行' });
  const [rule, services, media] = await Promise.all([
    repo.currentRule(readDb(deps), row.policy.id),
    repo.servicesForPolicies(readDb(deps), [slug]),
    repo.relatedMedia(readDb(deps), slug),
  ]);
  const related = {
    services: services.map((s) => ({ slug: s.slug, name: s.name })),
    livestreams: media.livestreams.map((l) => ({
      slug: l.slug,
      title: l.title,
      // the chapters that explain this policy; all chapters when the stream as a whole is linked
      chapters: (l.chapters.some((c) => c.policySlugs?.includes(slug))
        ? l.chapters.filter((c) => c.policySlugs?.includes(slug))
        : l.chapters
      ).map((c) => ({
        startSec: c.startSec,
        title: c.title,
      })),
    })),
    stories: media.stories,
  };
  return presentDetail(row, rule, related);
}
