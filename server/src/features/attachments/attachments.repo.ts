/** All SQL of attachments: staged uploads, linking them to an application, listing, and purging abandoned ones. */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ApplicationEventType } from '../../../../shared/domain/application-status';
import type { AttachmentKind, AttachmentPurpose } from '../../../../shared/schemas/attachments';
import { queryRows, type Db } from '../../db/client';
import { applicationEvents, attachments } from '../../db/schema-applications';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [created] = await db.insert(attachments).values(row).returning();
  return created!;
}

/** Bytes `userId` has uploaded since `since` (staged, linked or purged rows that are still there). */
export async function bytesUploadedSince(db: Db, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<number>`coalesce(sum(${attachments.bytes}), 0)::bigint` })
    .from(attachments)
    .where(
      and(
        eq(attachments.uploadedByUserId, userId),
        sql`${attachments.createdAt} >= ${since.toISOString()}::timestamptz`,
      ),
    );
  return Number(row?.bytes ?? 0);
}

export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}

/**
 * Locks the caller's staged uploads among `ids` with the given purpose (and kind, when given) for the rest of the
 * transaction. Rows already linked, purged, or uploaded by someone else are simply not returned.
 */
export function lockStaged(db: Db, ids: string[], userId: string, purpose: AttachmentPurpose, kind?: AttachmentKind) {
  return db
    .select()
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, ids),
        eq(attachments.uploadedByUserId, userId),
        isNull(attachments.applicationId),
        eq(attachments.purpose, purpose),
        kind ? eq(attachments.kind, kind) : undefined,
      ),
    )
    .for('update');
}

/** Links staged rows to an application (and timeline event), numbered in the order of `ids`; returns how many were still staged. */
export async function linkStaged(
  db: Db,
  ids: string[],
  applicationId: string,
  eventId: number | null,
  now: Date,
): Promise<number> {
  const order = sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const rows = await db
    .update(attachments)
    .set({
      applicationId,
      eventId,
      linkedAt: now,
      position: sql`array_position(${order}, ${attachments.id})::smallint`,
    })
    .where(and(inArray(attachments.id, ids), isNull(attachments.applicationId)))
    .returning({ id: attachments.id });
  return rows.length;
}

/** An application's files with the given purposes, oldest first. */
export function listForApplication(db: Db, applicationId: string, purposes: readonly AttachmentPurpose[]) {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.applicationId, applicationId), inArray(attachments.purpose, [...purposes])))
    .orderBy(asc(attachments.linkedAt), asc(attachments.position), asc(attachments.createdAt), asc(attachments.id));
}

/** The newest timeline event of `type` on an application (the one just written in this transaction). */
export async function latestEventId(db: Db, applicationId: string, type: ApplicationEventType): Promise<number | null> {
  const [row] = await db
    .select({ id: applicationEvents.id })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.type, type)))
    .orderBy(desc(applicationEvents.id))
    .limit(1);
  return row?.id ?? null;
}

/** Deletes up to `limit` staged uploads created before `before` (rows being linked right now are skipped); returns their storage keys. */
export async function deleteExpiredStaged(db: Db, before: Date, limit: number): Promise<string[]> {
  const rows = await queryRows<{ storage_key: string }>(
    db,
    sql`delete from ${attachments} where id in (
          select id from ${attachments} where application_id is null and created_at < ${before.toISOString()}::timestamptz
          order by created_at limit ${limit} for update skip locked)
        returning storage_key`,
  );
  return rows.map((r) => r.storage_key);
}
