/** SQL of hand-overs: an application started at a visit, claimed once by the person with a token. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { divisions } from '../../db/schema';
import { householdVisits, visitHandovers } from '../../db/schema-discovery';

export async function findVisit(db: Db, id: string) {
  const [row] = await db
    .select({
      id: householdVisits.id,
      communityCode: householdVisits.communityCode,
      communityName: divisions.name,
      streetCode: householdVisits.streetCode,
      nameEnc: householdVisits.householdNameEnc,
      addressEnc: householdVisits.householdAddressEnc,
    })
    .from(householdVisits)
    .innerJoin(divisions, eq(divisions.code, householdVisits.communityCode))
    .where(eq(householdVisits.id, id));
  return row ?? null;
}

export async function insertHandover(db: Db, row: typeof visitHandovers.$inferInsert): Promise<void> {
  await db.insert(visitHandovers).values(row);
}

/** Burns an unclaimed, unexpired token for `userId`; its sealed draft, or null. */
export async function claim(db: Db, tokenHash: string, userId: string, now: Date): Promise<string | null> {
  const [row] = await db
    .update(visitHandovers)
    .set({ claimedAt: now, claimedBy: userId })
    .where(
      and(eq(visitHandovers.tokenHash, tokenHash), isNull(visitHandovers.claimedAt), gt(visitHandovers.expiresAt, now)),
    )
    .returning({ draftEnc: visitHandovers.draftEnc });
  return row?.draftEnc ?? null;
}
