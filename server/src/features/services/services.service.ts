/** Providers and services for residents: filters, division coverage and Chinese search (app-side tokens). */
import { XIHU_DISTRICT_CODE, streetCodeOf } from '../../../../shared/domain/divisions';
import type { DeliveryKind, NeedTier, ProviderKind, TargetGroup } from '../../../../shared/domain/assistance';
import { parseQuery, scoreText } from '../../../../shared/domain/search-query';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { presentProvider, presentServiceDetail, presentServiceSummary } from './services.presenter';
import * as repo from './services.repo';
import { readDb } from '../../db/read-routing';

/**
 * The service-area codes that cover a division: itself, its street/town and the district. A service listed
 * for any of them serves that division.
 */
export function coveringAreaCodes(divisionCode: string): string[] {
  return [...new Set([divisionCode, streetCodeOf(divisionCode), XIHU_DISTRICT_CODE])];
}

/** A street/town code (not the district, not a community/village). */
function isStreetCode(code: string): boolean {
  return code !== XIHU_DISTRICT_CODE && code.endsWith('000') && streetCodeOf(code) === code;
}

/** The service areas that serve a division; a street/town also lists the services of its communities. */
function areaFilter(divisionCode: string): { codes: string[]; streetPrefix?: string } {
  const codes = coveringAreaCodes(divisionCode);
  return isStreetCode(divisionCode) ? { codes, streetPrefix: divisionCode.slice(0, 9) } : { codes };
}

export type ServiceListInput = {
  needTier?: NeedTier;
  delivery?: DeliveryKind;
  targetGroup?: TargetGroup;
  providerSlug?: string;
  divisionCode?: string;
  q?: string;
  offset: number;
  limit: number;
};

/**
 * Services matching every given filter and any query term (or a synonym), best covered first. An empty query
 * lists by name; a query with nothing to match (punctuation, only 怎么申请) finds nothing.
 */
export async function listServices(deps: Deps, input: ServiceListInput) {
  return listServicesIn(readDb(deps), input);
}

/** The same list on any connection (used by the service-point detail). */
export async function listServicesIn(db: Db, input: ServiceListInput) {
  const terms = input.q ? parseQuery(input.q) : [];
  if (input.q && terms.length === 0) return { items: [], hasMore: false };
  const area = input.divisionCode ? areaFilter(input.divisionCode) : undefined;
  const filter: repo.ServiceFilter = {
    needTier: input.needTier,
    delivery: input.delivery,
    targetGroup: input.targetGroup,
    providerSlug: input.providerSlug,
    areaCodes: area?.codes,
    streetPrefix: area?.streetPrefix,
    terms,
  };
  const rows = await repo.listPublishedServices(db, filter, { offset: input.offset, limit: input.limit + 1 });
  return { items: rows.slice(0, input.limit).map(presentServiceSummary), hasMore: rows.length > input.limit };
}

/** @throws AppError NOT_FOUND when the service (or its provider) is unknown or not published. */
export async function getService(deps: Deps, slug: string) {
  const row = await repo.findServiceBySlug(readDb(deps), slug, true);
  if (!row) throw new AppError('NOT_FOUND', { message: '没有找到这项服务' });
  const [provider, names, policies] = await Promise.all([
    repo.findProviderBySlug(readDb(deps), row.providerSlug),
    repo.divisionNames(readDb(deps), row.service.serviceAreas),
    repo.publishedPolicyTitles(readDb(deps), row.service.policySlugs),
  ]);
  return presentServiceDetail(row, provider!, names, policies);
}

export type ProviderListInput = { kind?: ProviderKind; divisionCode?: string; q?: string };

/**
 * Published providers with their published service counts: of one kind, serving a division (through a
 * published service), matching a query (name first, then description; the list is short, scored here).
 */
export async function listProviders(deps: Deps, input: ProviderListInput) {
  const terms = input.q ? parseQuery(input.q) : [];
  if (input.q && terms.length === 0) return { items: [] };
  const area = input.divisionCode ? areaFilter(input.divisionCode) : undefined;
  const rows = await repo.listPublishedProviders(readDb(deps), input.kind, area);
  const items = rows.map((r) => ({ item: presentProvider(r.provider, r.serviceCount), score: 0 }));
  if (terms.length === 0) return { items: items.map((i) => i.item) };
  for (const i of items) i.score = scoreText(terms, i.item.name, i.item.description);
  return {
    items: items
      .filter((i) => i.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((i) => i.item),
  };
}

/** @throws AppError NOT_FOUND when the provider is unknown or not published. */
export async function getProvider(deps: Deps, slug: string) {
  const provider = await repo.findProviderBySlug(readDb(deps), slug);
  if (!provider || provider.status !== 'published')
    throw new AppError('NOT_FOUND', { message: '没有找到这个服务力量' });
  const rows = await repo.listPublishedServices(readDb(deps), { providerSlug: slug }, { offset: 0, limit: 100 });
  return { ...presentProvider(provider, rows.length), services: rows.map(presentServiceSummary) };
}
