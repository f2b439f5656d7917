/**
 * The one matching rule: every policy and service of the catalog against one person, hard rules first, then
 * 很可能符合 before 可能符合 and, within a band, what helps most first (weights.ts). Pure: the self-check, the
 * resident's application and the staff case all call this.
 */
import { matchPolicy, type MatchMode } from './policy-match';
import { matchService } from './service-match';
import type { Catalog, MatchResult, PersonFacts, Suggestion } from './types';

export type MatchOptions = { mode: MatchMode; limit?: number };

const BAND_RANK = { likely: 0, possibly: 1 } as const;

/** The self-check lists 很可能符合 first, then 可能符合, each by how much it helps. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return BAND_RANK[a.band] - BAND_RANK[b.band] || b.score - a.score || a.slug.localeCompare(b.slug);
}

/** An application lists by how much each helps; a strong match counts for more but 低保 still beats a visit. */
const STRONG_BONUS = 15;
const weighted = (s: Suggestion) => s.score + (s.band === 'likely' ? STRONG_BONUS : 0);
export function compareForApplication(a: Suggestion, b: Suggestion): number {
  return weighted(b) - weighted(a) || a.slug.localeCompare(b.slug);
}

export function matchCatalog(catalog: Catalog, person: PersonFacts, options: MatchOptions): MatchResult {
  const policyMatches = new Map<string, Suggestion | null>();
  for (const p of catalog.policies) policyMatches.set(p.slug, matchPolicy(p, person, catalog, options.mode));
  const services: Suggestion[] = [];
  for (const s of catalog.services) {
    const m = matchService(s, person, catalog, policyMatches, options.mode);
    if (m) services.push(m);
  }
  const policies = [...policyMatches.values()].filter((m): m is Suggestion => m !== null);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const order = options.mode === 'application' ? compareForApplication : compareSuggestions;
  return { policies: policies.sort(order).slice(0, limit), services: services.sort(order).slice(0, limit) };
}

/** Only the items of the given departments (a department officer sees what their department can do). */
export function forDepartments(result: MatchResult, departmentIds: readonly string[]): MatchResult {
  const keep = (s: Suggestion) => s.departmentId !== null && departmentIds.includes(s.departmentId);
  return { policies: result.policies.filter(keep), services: result.services.filter(keep) };
}
