/** SQL of outreach codes (宣传码) and their attribution rows. */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { divisions } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import { outreachCodes, outreachEvents } from '../../db/schema-outreach';
import type { OutreachEventKind, OutreachKind } from '../../../../shared/domain/outreach';

const street = alias(divisions, 'street');

export async function insertCode(
  db: Db,
  row: {
    id: string;
    communityCode: string;
    streetCode: string;
    kind: OutreachKind;
    label: string | null;
    createdBy: string;
  },
): Promise<boolean> {
  const inserted = await db.insert(outreachCodes).values(row).onConflictDoNothing().returning({ id: outreachCodes.id });
  return inserted.length === 1;
}

const counts = {
  visits: sql<number>`(select count(*)::int from ${outreachEvents} e where e.code_id = ${outreachCodes.id} and e.kind = 'visit')`,
  selfChecks: sql<number>`(select count(*)::int from ${outreachEvents} e where e.code_id = ${outreachCodes.id} and e.kind = 'self_check')`,
  applications: sql<number>`(select count(*)::int from ${outreachEvents} e where e.code_id = ${outreachCodes.id} and e.kind = 'application')`,
};
const community = alias(divisions, 'community');

function codeQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: outreachCodes.id,
      kind: outreachCodes.kind,
      label: outreachCodes.label,
      communityCode: outreachCodes.communityCode,
      communityName: community.name,
      streetCode: outreachCodes.streetCode,
      streetName: street.name,
      createdAt: outreachCodes.createdAt,
      ...counts,
    })
    .from(outreachCodes)
    .innerJoin(community, eq(community.code, outreachCodes.communityCode))
    .innerJoin(street, eq(street.code, outreachCodes.streetCode))
    .where(where);
}
export type CodeRow = Awaited<ReturnType<typeof codeQuery>>[number];

export async function findCode(db: Db, id: string): Promise<CodeRow | null> {
  const [row] = await codeQuery(db, eq(outreachCodes.id, id));
  return row ?? null;
}

/** Where clause of a caller's scope: every code, codes of some streets, or codes of some communities. */
export type CodeScope = { all: boolean; streetCodes: string[]; communityCodes: string[] };

function scopeSql(scope: CodeScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.streetCodes.length) parts.push(inArray(outreachCodes.streetCode, scope.streetCodes));
  if (scope.communityCodes.length) parts.push(inArray(outreachCodes.communityCode, scope.communityCodes));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export function listCodes(db: Db, scope: CodeScope, communityCode?: string) {
  const filter = communityCode ? eq(outreachCodes.communityCode, communityCode) : undefined;
  return codeQuery(db, and(scopeSql(scope), filter))
    .orderBy(desc(outreachCodes.createdAt), outreachCodes.id)
    .limit(200);
}

/** Records one anonymous attribution; an application is attributed at most once (false when it already was). */
export async function insertEvent(
  db: Db,
  row: { codeId: string; kind: OutreachEventKind; applicationId?: string; occurredAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(outreachEvents)
    .values({ ...row, applicationId: row.applicationId ?? null })
    .onConflictDoNothing()
    .returning({ id: outreachEvents.id });
  return inserted.length === 1;
}

/** The applicant of an application (null when it does not exist). */
export async function applicantOf(db: Db, applicationId: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: applications.applicantUserId })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.userId ?? null;
}
