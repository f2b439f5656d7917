/** Providers and services for residents: filters, division coverage and Chinese search (app-side tokens). */
import { XIHU_DISTRICT_CODE, streetCodeOf } from '../../../../shared/domain/divisions';
import type { DeliveryKind, NeedTier, ProviderKind, TargetGroup } from '../../../../shared/domain/assistance';
import { queryTokens, toTsqueryLiteral } from '../../../../shared/domain/search-tokens';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { presentProvider, presentServiceDetail, presentServiceSummary } from './services.presenter';
import * as repo from './services.repo';

/**
 * The service-area codes that cover a division: itself, its street/town and the district. A service listed
 * for any of them serves that division.
 */
export function coveringAreaCodes(divisionCode: string): string[] {
  return [...new Set([divisionCode, streetCodeOf(divisionCode), XIHU_DISTRICT_CODE])];
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

/** Services matching every given filter; an empty or punctuation-only query lists the first page. */
export async function listServices(deps: Deps, input: ServiceListInput) {
  return listServicesIn(deps.db, input);
}

/** The same list on any connection (used by the service-point detail). */
export async function listServicesIn(db: Db, input: ServiceListInput) {
  const tsquery = input.q ? toTsqueryLiteral(queryTokens(input.q)) : null;
  const filter: repo.ServiceFilter = {
    needTier: input.needTier,
    delivery: input.delivery,
    targetGroup: input.targetGroup,
    providerSlug: input.providerSlug,
    areaCodes: input.divisionCode ? coveringAreaCodes(input.divisionCode) : undefined,
    tsquery,
  };
  const rows = await repo.listPublishedServices(db, filter, { offset: input.offset, limit: input.limit + 1 });
  return { items: rows.slice(0, input.limit).map(presentServiceSummary), hasMore: rows.length > input.limit };
}

/** @throws AppError NOT_FOUND when the service (or its provider) is unknown or not published. */
export async function getService(deps: Deps, slug: string) {
  const row = await repo.findServiceBySlug(deps.db, slug, true);
  if (!row) throw new AppError('NOT_FOUND', { message: '没有找到这项服务' });
  return presentServiceDetail(row, await repo.divisionNames(deps.db, row.service.serviceAreas));
}

/** Published providers, optionally of one kind, with their published service counts. */
export async function listProviders(deps: Deps, kind?: ProviderKind) {
  const rows = await repo.listPublishedProviders(deps.db, kind);
  return { items: rows.map((r) => presentProvider(r.provider, r.serviceCount)) };
}
