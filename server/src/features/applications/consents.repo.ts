/** SQL for the separate sensitive-data consent of an application. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { consents } from '../../db/schema-applications';

/** True when the application holds a sensitive-data consent that was not revoked. */
export async function hasLiveSensitiveConsent(db: Db, applicationId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(consents)
    .where(
      and(
        eq(consents.applicationId, applicationId),
        eq(consents.purpose, 'sensitive_data'),
        isNull(consents.revokedAt),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** Records the sensitive-data consent the applicant gave in the app. */
export async function insertSensitiveConsent(db: Db, applicationId: string, userId: string, now: Date): Promise<void> {
  await db
    .insert(consents)
    .values({ applicationId, purpose: 'sensitive_data', grantedByUserId: userId, method: 'in_app', grantedAt: now });
}
