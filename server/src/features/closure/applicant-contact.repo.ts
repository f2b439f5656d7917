/** SQL for the applicant's contact on a proxy application (issue 11.8): their account name and verified phone. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

export async function displayNameOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** The user's verified phone, sealed (users.phone_enc), or null when they never verified one. */
export async function verifiedPhoneEncOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ phoneEnc: users.phoneEnc }).from(users).where(eq(users.id, userId));
  return row?.phoneEnc ?? null;
}
