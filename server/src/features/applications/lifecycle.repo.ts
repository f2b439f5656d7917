/** SQL for moving an application through its lifecycle and writing its timeline. */
import { and, eq, inArray } from 'drizzle-orm';
import type { ApplicationStatus } from '../../../../shared/domain/application-status';
import type { Db } from '../../db/client';
import { departments } from '../../db/schema';
import { applicationEvents, applications, departmentReferrals } from '../../db/schema-applications';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationPatch = Partial<
  Pick<
    ApplicationRow,
    'assigneeUserId' | 'servicePointId' | 'dueAt' | 'pausedAt' | 'outcome' | 'resolvedAt' | 'resolveDueAt' | 'flags'
  >
>;

/** Locks the row for the rest of the transaction, so concurrent actions on one case run one after another. */
export async function lockApplication(db: Db, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
  return row ?? null;
}

/** Guarded update: only applies when the version still matches (optimistic locking). */
export async function updateStatus(
  db: Db,
  row: ApplicationRow,
  status: ApplicationStatus,
  patch: ApplicationPatch,
  now: Date,
): Promise<ApplicationRow | null> {
  const [updated] = await db
    .update(applications)
    .set({ ...patch, status, version: row.version + 1, updatedAt: now })
    .where(and(eq(applications.id, row.id), eq(applications.version, row.version)))
    .returning();
  return updated ?? null;
}

/** Moves the version on without a status change (a closing note on a withdrawn case); null when it moved meanwhile. */
export async function touchVersion(db: Db, row: ApplicationRow, now: Date): Promise<ApplicationRow | null> {
  const [updated] = await db
    .update(applications)
    .set({ version: row.version + 1, updatedAt: now })
    .where(and(eq(applications.id, row.id), eq(applications.version, row.version)))
    .returning();
  return updated ?? null;
}

export async function insertEvent(db: Db, event: typeof applicationEvents.$inferInsert): Promise<void> {
  await db.insert(applicationEvents).values(event);
}

/** Closes the application's live (open or accepted) referrals as 'cancelled'; returns the departments concerned. */
export async function cancelLiveReferrals(
  db: Db,
  applicationId: string,
  now: Date,
): Promise<{ departmentCode: string }[]> {
  const rows = await db
    .update(departmentReferrals)
    .set({ status: 'cancelled', closedAt: now })
    .where(
      and(
        eq(departmentReferrals.applicationId, applicationId),
        inArray(departmentReferrals.status, ['open', 'accepted']),
      ),
    )
    .returning({ departmentId: departmentReferrals.departmentId });
  if (!rows.length) return [];
  const depts = await db
    .select({ code: departments.code })
    .from(departments)
    .where(
      inArray(
        departments.id,
        rows.map((r) => r.departmentId),
      ),
    );
  return depts.map((d) => ({ departmentCode: d.code }));
}
