/** SQL of the needs review: classification at accept, and the cases a scope still holds unclassified. */
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../../../shared/domain/application-status';
import type { TCaseClassification } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { divisions } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import type { FieldCipher } from '../../lib/crypto';
import { openRow, targetGroupIndex } from '../applications/sealed-fields';
import { LEAD_CONSENT_PURPOSE } from '../cases/cases.repo';

export async function saveClassification(db: Db, cipher: FieldCipher, id: string, c: TCaseClassification) {
  await db
    .update(applications)
    .set({
      categories: c.categories,
      needTier: c.needTier,
      ...(c.targetGroup
        ? {
            targetGroupEnc: cipher.encrypt(c.targetGroup),
            targetGroupHash: targetGroupIndex(cipher, c.targetGroup),
            legacyTargetGroup: null,
          }
        : {}),
    })
    .where(eq(applications.id, id));
}

const leadPendingSql = sql<boolean>`(${applications.channel} = 'referral' and not exists (select 1 from consents lc
  where lc.application_id = ${applications.id} and lc.purpose = ${LEAD_CONSENT_PURPOSE} and lc.revoked_at is null))`;

/** Unclassified cases in scope, newest first, personal fields opened (only the description is used). */
export async function listUnclassified(
  db: Db,
  cipher: FieldCipher,
  scopeWhere: SQL,
  options: { openOnly: boolean; limit: number },
) {
  const rows = await db
    .select({
      app: applications,
      streetName: divisions.name,
      leadPending: leadPendingSql,
    })
    .from(applications)
    .leftJoin(divisions, eq(divisions.code, applications.streetCode))
    .where(
      and(
        scopeWhere,
        sql`'unclassified' = any(${applications.flags})`,
        sql`${applications.detailsErasedAt} is null`,
        options.openOnly ? inArray(applications.status, [...OPEN_STATUSES]) : undefined,
      ),
    )
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r, app: openRow(cipher, r.app) }));
}

/** Every application created in [from, to) in scope: what the gap report matches against the catalog. */
export async function listCreatedBetween(db: Db, cipher: FieldCipher, scopeWhere: SQL, from: Date, to: Date) {
  const rows = await db
    .select({ app: applications, leadPending: leadPendingSql })
    .from(applications)
    .where(and(scopeWhere, gte(applications.createdAt, from), lt(applications.createdAt, to)))
    .orderBy(applications.createdAt);
  return rows.map((r) => ({ ...r, app: openRow(cipher, r.app) }));
}
