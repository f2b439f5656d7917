/**
 * SQL of the lead erasure (issue 10.7). Kept in this one repository so that a change to how personal columns are
 * stored (e.g. encryption at rest) has one place to adapt: `eraseLeadDetails` names every column that is erased.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { applicationEvents, applications, consents } from '../../db/schema-applications';
import { LEAD_CONSENT_PURPOSE } from '../cases/cases.repo';

/** What stands in for erased NOT NULL text columns (name, address, observed text); `details_erased_at` is the flag. */
export const ERASED_TEXT = '已删除';
/** Statuses in which a lead has ended without becoming a case (when no consent was ever recorded). */
export const ENDED_STATUSES = ['resolved', 'closed', 'withdrawn'] as const;

/**
 * Claims leads that never became a case — channel 'referral', ended, no consent of the subject ever recorded, not
 * yet erased — whose last ending is before `endedBefore`. FOR UPDATE SKIP LOCKED: several processes never take the
 * same lead, and a lead staff are changing right now waits for the next run.
 */
export async function claimExpiredLeads(db: Db, endedBefore: Date, limit: number): Promise<string[]> {
  const endedAt = sql`(select max(${applicationEvents.createdAt}) from ${applicationEvents}
    where ${applicationEvents.applicationId} = ${applications.id} and ${inArray(applicationEvents.statusTo, [...ENDED_STATUSES])})`;
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.channel, 'referral'),
        inArray(applications.status, [...ENDED_STATUSES]),
        isNull(applications.detailsErasedAt),
        sql`not exists (select 1 from ${consents} where ${consents.applicationId} = ${applications.id} and ${consents.purpose} = ${LEAD_CONSENT_PURPOSE})`,
        sql`${endedAt} < ${endedBefore.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(applications.id)
    .limit(limit)
    .for('update', { of: applications, skipLocked: true });
  return rows.map((r) => r.id);
}

/** Erases a lead's details: name, address, observed text, contacts, coordinates. Status, place codes, dates and categories stay. */
export async function eraseLeadDetails(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(applications)
    .set({
      // the sealed columns go; the plain fallback columns carry the marker the readers show (sealed-fields.ts)
      subjectNameEnc: null,
      addressEnc: null,
      descriptionEnc: null,
      legacySubjectName: ERASED_TEXT,
      legacyAddress: ERASED_TEXT,
      legacyDescription: ERASED_TEXT,
      referrerContactEnc: null,
      subjectPhoneEnc: null,
      subjectPhoneHash: null,
      lat: null,
      lng: null,
      detailsErasedAt: now,
    })
    .where(and(eq(applications.id, id), isNull(applications.detailsErasedAt)));
}
