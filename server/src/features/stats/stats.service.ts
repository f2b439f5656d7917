/** The demand-side list (需求侧清单) and its drill-down, within the viewer's scope. */
import type { SQL } from 'drizzle-orm';
import { NEED_TIERS, NEED_TIER_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../../shared/domain/assistance';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../../../shared/domain/categories';
import type { NeedTier } from '../../../../shared/domain/assistance';
import type { TargetGroup } from '../../../../shared/domain/assistance';
import type {
  DemandGroup,
  TDemandCases,
  TDemandCasesRequest,
  TDemandFilter,
  TDemandList,
  TDemandRequest,
} from '../../../../shared/schemas/stats';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { targetGroupIndex } from '../applications/sealed-fields';
import * as repo from './stats.repo';
import { statsScopeOf, statsScopeSql, streetInScope, type StatsScope } from './stats.scope';

export const PAGE_SIZE = 20;

export type Viewer = { scope: StatsScope; scopeSql: SQL; hashes: repo.TargetGroupHashes };

/** The target groups' blind indexes depend only on the cipher's keys: computed once per cipher, not per request. */
const hashesByCipher = new WeakMap<Deps['cipher'], repo.TargetGroupHashes>();

function targetGroupHashes(cipher: Deps['cipher']): repo.TargetGroupHashes {
  let hashes = hashesByCipher.get(cipher);
  if (!hashes) {
    hashes = {};
    for (const g of TARGET_GROUPS) hashes[targetGroupIndex(cipher, g)] = g;
    hashesByCipher.set(cipher, hashes);
  }
  return hashes;
}

export function viewerOf(deps: Deps, principal: Principal): Viewer {
  const scope = statsScopeOf(principal);
  return { scope, scopeSql: statsScopeSql(scope), hashes: targetGroupHashes(deps.cipher) };
}

/** The street/town a community belongs to (NBS codes: the first nine digits, then 000). */
const streetOfCommunity = (code: string) => `${code.slice(0, 9)}000`;

/**
 * A street or community filter must name a real division of that level (400) inside the viewer's area (403):
 * a station its own street, a point the street of its community; the hub, admins and departments any.
 */
export async function checkArea(deps: Deps, principal: Principal, scope: StatsScope, filter: TDemandFilter) {
  const wide = scope.district || scope.deptIds.length > 0;
  const pointStreets = principal.row.memberships
    .filter((m) => m.role === 'point_staff' && m.pointDivision)
    .map((m) => streetOfCommunity(m.pointDivision!));
  const allowed = (street: string) => wide || streetInScope(scope, street) || pointStreets.includes(street);
  if (filter.streetCode) {
    const d = await repo.findDivision(deps.db, filter.streetCode);
    if (!d || (d.level !== 'street' && d.level !== 'town'))
      throw validationError([{ field: 'streetCode', message: '没有这个镇街' }]);
    if (!allowed(filter.streetCode)) throw new AppError('FORBIDDEN', { message: '只能查看本单位负责的镇街' });
  }
  if (filter.communityCode) {
    const d = await repo.findDivision(deps.db, filter.communityCode);
    if (!d || (d.level !== 'community' && d.level !== 'village'))
      throw validationError([{ field: 'communityCode', message: '没有这个村社' }]);
    if (!allowed(d.parentCode ?? '')) throw new AppError('FORBIDDEN', { message: '只能查看本单位负责的村社' });
  }
}

function labelOf(groupBy: DemandGroup, key: string | null, names: Map<string, string>): string {
  if (key === null) return groupBy === 'category' ? '未分类' : '未填写';
  switch (groupBy) {
    case 'targetGroup':
      return TARGET_GROUP_LABELS[key as TargetGroup] ?? key;
    case 'needTier':
      return NEED_TIER_LABELS[key as NeedTier] ?? key;
    case 'category':
      return CATEGORY_LABELS[key as Category] ?? key;
    case 'street':
    case 'community':
      return names.get(key) ?? key;
    case 'month':
      return `${key.slice(0, 4)}年${Number(key.slice(5))}月`;
  }
}

/** Enum groups list in the vocabulary's own order (null last); divisions and months by code. */
const ENUM_ORDER: Partial<Record<DemandGroup, readonly string[]>> = {
  targetGroup: TARGET_GROUPS,
  needTier: NEED_TIERS,
  category: CATEGORIES,
};
const rank = (order: readonly string[], key: string | null) => (key === null ? order.length : order.indexOf(key));

export async function demandList(deps: Deps, principal: Principal, input: TDemandRequest): Promise<TDemandList> {
  const viewer = viewerOf(deps, principal);
  await checkArea(deps, principal, viewer.scope, input);
  return demandListFor(deps, viewer, input);
}

/** The list for an already checked viewer and filter (also used by the monthly report). */
export async function demandListFor(deps: Deps, viewer: Viewer, input: TDemandRequest): Promise<TDemandList> {
  const where = repo.demandWhere(viewer.scopeSql, input, viewer.hashes);
  const [rows, totals] = await Promise.all([
    repo.countDemand(deps.db, where, input.groupBy, viewer.hashes),
    repo.countDemandTotals(deps.db, where),
  ]);
  const codes = input.groupBy === 'street' || input.groupBy === 'community' ? rows.flatMap((r) => r.key ?? []) : [];
  const names = await repo.divisionNames(deps.db, codes);
  const order: readonly string[] | undefined = ENUM_ORDER[input.groupBy];
  if (order) rows.sort((a, b) => rank(order, a.key) - rank(order, b.key));
  return {
    groupBy: input.groupBy,
    rows: rows.map((r) => ({ ...r, label: labelOf(input.groupBy, r.key, names) })),
    totals,
  };
}

export async function demandCases(deps: Deps, principal: Principal, input: TDemandCasesRequest): Promise<TDemandCases> {
  const viewer = viewerOf(deps, principal);
  await checkArea(deps, principal, viewer.scope, input);
  let where = repo.demandWhere(viewer.scopeSql, input, viewer.hashes);
  if (input.status === 'open') where = repo.andSql(where, repo.isOpenSql);
  if (input.status === 'closed') where = repo.andSql(where, repo.notSql(repo.isOpenSql));
  const { items, total } = await repo.listDemandCases(deps.db, where, {
    limit: PAGE_SIZE,
    offset: (input.page - 1) * PAGE_SIZE,
  });
  return { items, total, page: input.page, pageSize: PAGE_SIZE };
}
