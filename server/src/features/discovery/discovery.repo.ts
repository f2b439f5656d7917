/** SQL of proactive discovery (主动发现): household visits and their risks. */
import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { divisions } from '../../db/schema';
import { householdVisits, visitRisks } from '../../db/schema-discovery';
import type { VisitArea, RiskLevel } from '../../../../shared/domain/outreach';

export type CommunityScope = { all: boolean; streetCodes: string[]; communityCodes: string[] };

function scopeSql(scope: CommunityScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.streetCodes.length) parts.push(inArray(householdVisits.streetCode, scope.streetCodes));
  if (scope.communityCodes.length) parts.push(inArray(householdVisits.communityCode, scope.communityCodes));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export type NewVisit = typeof householdVisits.$inferInsert;
export type NewRisk = { area: VisitArea; level: RiskLevel; noteEnc: string | null };

export async function insertVisit(db: Db, visit: NewVisit, risks: NewRisk[]): Promise<string> {
  const [row] = await db.insert(householdVisits).values(visit).returning({ id: householdVisits.id });
  await db.insert(visitRisks).values(risks.map((r) => ({ ...r, visitId: row!.id })));
  return row!.id;
}

/** Visits of one household in one month (YYYY-MM). */
export async function householdVisitsInMonth(db: Db, householdHash: string, month: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(householdVisits)
    .where(
      and(
        eq(householdVisits.householdHash, householdHash),
        sql`to_char(${householdVisits.visitedOn}, 'YYYY-MM') = ${month}`,
      ),
    );
  return row?.n ?? 0;
}

/** Visits and distinct households (a household visited twice counts once) in a month, in scope. */
export async function countVisits(db: Db, scope: CommunityScope, month: string) {
  const [row] = await db
    .select({
      visits: sql<number>`count(*)::int`,
      households: sql<number>`count(distinct ${householdVisits.householdHash})::int`,
    })
    .from(householdVisits)
    .where(and(scopeSql(scope), sql`to_char(${householdVisits.visitedOn}, 'YYYY-MM') = ${month}`));
  return { visits: row?.visits ?? 0, households: row?.households ?? 0 };
}

const openRisk = and(isNull(visitRisks.clearedAt), ne(visitRisks.level, 'none'));

export function listOpenRisks(db: Db, scope: CommunityScope) {
  return db
    .select({
      id: visitRisks.id,
      visitId: visitRisks.visitId,
      area: visitRisks.area,
      level: visitRisks.level,
      noteEnc: visitRisks.noteEnc,
      nameEnc: householdVisits.householdNameEnc,
      addressEnc: householdVisits.householdAddressEnc,
      communityCode: householdVisits.communityCode,
      communityName: divisions.name,
      streetCode: householdVisits.streetCode,
      visitedOn: householdVisits.visitedOn,
      followUpOn: householdVisits.followUpOn,
    })
    .from(visitRisks)
    .innerJoin(householdVisits, eq(householdVisits.id, visitRisks.visitId))
    .innerJoin(divisions, eq(divisions.code, householdVisits.communityCode))
    .where(and(openRisk, scopeSql(scope)))
    .orderBy(asc(householdVisits.visitedOn), asc(visitRisks.id))
    .limit(500);
}

export async function findRisk(db: Db, id: string) {
  const [row] = await db
    .select({
      id: visitRisks.id,
      clearedAt: visitRisks.clearedAt,
      level: visitRisks.level,
      communityCode: householdVisits.communityCode,
      streetCode: householdVisits.streetCode,
    })
    .from(visitRisks)
    .innerJoin(householdVisits, eq(householdVisits.id, visitRisks.visitId))
    .where(eq(visitRisks.id, id));
  return row ?? null;
}

/** Clears an open risk; false when it was already cleared (a concurrent clear). */
export async function clearRisk(db: Db, id: string, by: string, noteEnc: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(visitRisks)
    .set({ clearedAt: at, clearedBy: by, clearNoteEnc: noteEnc })
    .where(and(eq(visitRisks.id, id), openRisk))
    .returning({ id: visitRisks.id });
  return rows.length === 1;
}

/** Visits with open risks whose follow-up day (or the visit + `days`) is on or before `today`: who to remind. */
export async function dueReminders(db: Db, today: string, days: number) {
  return db
    .selectDistinct({ visitId: householdVisits.id, visitedBy: householdVisits.visitedBy })
    .from(householdVisits)
    .innerJoin(visitRisks, eq(visitRisks.visitId, householdVisits.id))
    .where(
      and(
        openRisk,
        sql`coalesce(${householdVisits.followUpOn}, ${householdVisits.visitedOn} + ${days}::int) <= ${today}::date`,
      ),
    )
    .limit(1000);
}
