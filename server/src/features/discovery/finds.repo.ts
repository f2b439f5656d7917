/** SQL of 政策找人 (policy finds): consenting households to re-evaluate, finds, the evaluated catalog fingerprint. */
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { divisions } from '../../db/schema';
import { discoveryCatalogState, householdVisits, policyFinds } from '../../db/schema-discovery';
import type { CommunityScope } from './discovery.repo';

/**
 * Claims the evaluation of a new catalog fingerprint: true for the one caller that moved the stored fingerprint
 * (the row lock makes a concurrent caller wait and then see it unchanged).
 */
export async function claimFingerprint(db: Db, fingerprint: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(discoveryCatalogState)
    .values({ id: 1, fingerprint, evaluatedAt: now })
    .onConflictDoUpdate({
      target: discoveryCatalogState.id,
      set: { fingerprint, evaluatedAt: now },
      setWhere: sql`${discoveryCatalogState.fingerprint} <> ${fingerprint}`,
    })
    .returning({ id: discoveryCatalogState.id });
  return rows.length === 1;
}

/** The newest visit of every household that agreed to be contacted and has facts. */
export function consentingHouseholds(db: Db) {
  return db
    .selectDistinctOn([householdVisits.householdHash], {
      id: householdVisits.id,
      communityCode: householdVisits.communityCode,
      streetCode: householdVisits.streetCode,
      factsEnc: householdVisits.factsEnc,
      matched: householdVisits.matchedPolicySlugs,
    })
    .from(householdVisits)
    .where(and(eq(householdVisits.contactConsent, true), sql`${householdVisits.factsEnc} is not null`))
    .orderBy(householdVisits.householdHash, sql`${householdVisits.visitedOn} desc, ${householdVisits.createdAt} desc`);
}

export async function setMatched(db: Db, visitId: string, slugs: string[]): Promise<void> {
  await db.update(householdVisits).set({ matchedPolicySlugs: slugs }).where(eq(householdVisits.id, visitId));
}

export async function insertFind(db: Db, row: typeof policyFinds.$inferInsert): Promise<boolean> {
  const rows = await db.insert(policyFinds).values(row).onConflictDoNothing().returning({ id: policyFinds.id });
  return rows.length === 1;
}

function scopeSql(scope: CommunityScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.streetCodes.length) parts.push(inArray(policyFinds.streetCode, scope.streetCodes));
  if (scope.communityCodes.length) parts.push(inArray(policyFinds.communityCode, scope.communityCodes));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export function listOpenFinds(db: Db, scope: CommunityScope) {
  return db
    .select({
      id: policyFinds.id,
      policySlug: policyFinds.policySlug,
      policyTitle: policyFinds.policyTitle,
      reasonEnc: policyFinds.reasonEnc,
      createdAt: policyFinds.createdAt,
      communityCode: policyFinds.communityCode,
      communityName: divisions.name,
      nameEnc: householdVisits.householdNameEnc,
      addressEnc: householdVisits.householdAddressEnc,
      consentMethod: householdVisits.contactConsentMethod,
    })
    .from(policyFinds)
    .innerJoin(householdVisits, eq(householdVisits.id, policyFinds.visitId))
    .innerJoin(divisions, eq(divisions.code, policyFinds.communityCode))
    .where(and(isNull(policyFinds.doneAt), scopeSql(scope)))
    .orderBy(asc(policyFinds.createdAt), asc(policyFinds.id))
    .limit(500);
}

export async function findFind(db: Db, id: string) {
  const [row] = await db.select().from(policyFinds).where(eq(policyFinds.id, id));
  return row ?? null;
}

export async function markDone(db: Db, id: string, by: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(policyFinds)
    .set({ doneAt: at, doneBy: by })
    .where(and(eq(policyFinds.id, id), isNull(policyFinds.doneAt)))
    .returning({ id: policyFinds.id });
  return rows.length === 1;
}
