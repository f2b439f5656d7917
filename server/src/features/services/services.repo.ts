/** SQL for providers (力量清单) and services (服务清单). Search input only ever reaches SQL as a bound tsquery literal. */
import type {
  ContentStatus,
  DeliveryKind,
  NeedTier,
  ProviderKind,
  TargetGroup,
} from '../../../../shared/domain/assistance';
import { and, arrayContains, arrayOverlaps, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, divisions } from '../../db/schema';
import { policies, providers, services } from '../../db/schema-content';
import type { QueryTerm } from '../../../../shared/domain/search-query';
import { searchScore, searchTsquery } from '../content/search-score.repo';

export type ProviderRow = typeof providers.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type ProviderValues = Omit<typeof providers.$inferInsert, 'id' | 'createdAt'>;
/** The search vector is always built in SQL (`searchVectorOf`), never sent as text. */
export type ServiceValues = Omit<typeof services.$inferInsert, 'id' | 'createdAt' | 'searchVector'> & {
  searchVector: SQL;
};
export type ServiceFilter = {
  needTier?: NeedTier;
  delivery?: DeliveryKind;
  targetGroup?: TargetGroup;
  providerSlug?: string;
  areaCodes?: string[];
  /** Also services listed for any community/village whose code starts with this street prefix (9 digits). */
  streetPrefix?: string;
  /** The query's terms (search-query.ts); empty or absent to list by name. */
  terms?: QueryTerm[];
};

const providerRef = { providerSlug: providers.slug, providerName: providers.name, providerKind: providers.kind };

/** Published services of published providers, filtered; ranked by search score when searching, else by name. */
export function listPublishedServices(db: Db, f: ServiceFilter, page: { offset: number; limit: number }) {
  const terms = f.terms ?? [];
  const tsquery = searchTsquery(terms);
  const conditions: (SQL | undefined)[] = [eq(services.status, 'published'), eq(providers.status, 'published')];
  if (f.needTier) conditions.push(eq(services.needTier, f.needTier));
  if (f.delivery) conditions.push(eq(services.delivery, f.delivery));
  if (f.targetGroup) conditions.push(arrayContains(services.targetGroups, [f.targetGroup]));
  if (f.providerSlug) conditions.push(eq(providers.slug, f.providerSlug));
  if (f.areaCodes && f.streetPrefix)
    conditions.push(
      or(
        arrayOverlaps(services.serviceAreas, f.areaCodes),
        sql`exists (select 1 from unnest(${services.serviceAreas}) a where starts_with(a, ${f.streetPrefix}))`,
      ),
    );
  else if (f.areaCodes) conditions.push(arrayOverlaps(services.serviceAreas, f.areaCodes));
  if (tsquery) conditions.push(sql`${services.searchVector} @@ ${tsquery}::tsquery`);
  const order = tsquery
    ? [sql`${searchScore(terms, sql`${services.name}`, sql`${services.searchVector}`)} desc`, asc(services.name)]
    : [asc(services.name)];
  return db
    .select({ service: services, ...providerRef })
    .from(services)
    .innerJoin(providers, eq(providers.id, services.providerId))
    .where(and(...conditions))
    .orderBy(...order)
    .offset(page.offset)
    .limit(page.limit);
}

export type ServiceWithProvider = Awaited<ReturnType<typeof listPublishedServices>>[number];

export async function findServiceBySlug(
  db: Db,
  slug: string,
  publishedOnly: boolean,
): Promise<ServiceWithProvider | null> {
  const [row] = await db
    .select({ service: services, ...providerRef })
    .from(services)
    .innerJoin(providers, eq(providers.id, services.providerId))
    .where(
      and(
        eq(services.slug, slug),
        publishedOnly ? and(eq(services.status, 'published'), eq(providers.status, 'published')) : undefined,
      ),
    );
  return row ?? null;
}

export function listAllServices(db: Db, status?: ContentStatus) {
  return db
    .select({ service: services, ...providerRef })
    .from(services)
    .innerJoin(providers, eq(providers.id, services.providerId))
    .where(status ? eq(services.status, status) : undefined)
    .orderBy(desc(services.updatedAt));
}

/** Builds the stored search vector from three weighted tsvector literals (bound parameters, cast in SQL). */
export const searchVectorOf = (a: string, b: string, c: string) =>
  sql`(${a}::tsvector || ${b}::tsvector || ${c}::tsvector)`;

export async function insertService(db: Db, values: ServiceValues): Promise<ServiceRow> {
  const [row] = await db.insert(services).values(values).returning();
  return row!;
}

export async function updateService(db: Db, slug: string, values: Partial<ServiceValues>): Promise<ServiceRow | null> {
  const [row] = await db.update(services).set(values).where(eq(services.slug, slug)).returning();
  return row ?? null;
}

/**
 * Published providers with how many published services each offers; with `area`, only providers offering a
 * published service listed for one of `area.codes` or (for a street) any community code with `area.streetPrefix`.
 */
export function listPublishedProviders(db: Db, kind?: ProviderKind, area?: { codes: string[]; streetPrefix?: string }) {
  const serves = area
    ? sql`exists (select 1 from services s where s.provider_id = ${providers.id} and s.status = 'published'
                 and (s.service_areas && ${toTextArray(area.codes)}
                      ${area.streetPrefix ? sql`or exists (select 1 from unnest(s.service_areas) a where starts_with(a, ${area.streetPrefix}))` : sql``}))`
    : undefined;
  return db
    .select({
      provider: providers,
      serviceCount: sql<number>`(select count(*)::int from services s where s.provider_id = providers.id and s.status = 'published')`,
    })
    .from(providers)
    .where(and(eq(providers.status, 'published'), kind ? eq(providers.kind, kind) : undefined, serves))
    .orderBy(asc(providers.kind), asc(providers.name));
}

const toTextArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** Titles of the published policies among `slugs`. */
export async function publishedPolicyTitles(db: Db, slugs: string[]): Promise<{ slug: string; title: string }[]> {
  if (slugs.length === 0) return [];
  return db
    .select({ slug: policies.slug, title: policies.title })
    .from(policies)
    .where(and(inArray(policies.slug, slugs), eq(policies.status, 'published')));
}

export function listAllProviders(db: Db, status?: ContentStatus) {
  return db
    .select()
    .from(providers)
    .where(status ? eq(providers.status, status) : undefined)
    .orderBy(desc(providers.updatedAt));
}

export async function findProviderBySlug(db: Db, slug: string): Promise<ProviderRow | null> {
  const [row] = await db.select().from(providers).where(eq(providers.slug, slug));
  return row ?? null;
}

export async function insertProvider(db: Db, values: ProviderValues): Promise<ProviderRow> {
  const [row] = await db.insert(providers).values(values).returning();
  return row!;
}

export async function updateProvider(
  db: Db,
  slug: string,
  values: Partial<ProviderValues>,
): Promise<ProviderRow | null> {
  const [row] = await db.update(providers).set(values).where(eq(providers.slug, slug)).returning();
  return row ?? null;
}

// ── divisions and departments a provider or service names ───────────────────
/** The division codes among `codes` that exist. */
export async function knownDivisionCodes(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: divisions.code }).from(divisions).where(inArray(divisions.code, codes));
  return new Set(rows.map((r) => r.code));
}

/** Names of the given division codes. */
export async function divisionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(inArray(divisions.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function findDepartmentByCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: departments.id, code: departments.code })
    .from(departments)
    .where(eq(departments.code, code));
  return row ?? null;
}

export async function departmentCodesById(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: departments.id, code: departments.code }).from(departments);
  return new Map(rows.map((r) => [r.id, r.code]));
}
