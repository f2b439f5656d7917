/** A community or village of the district with its street/town and its community point (outreach codes, visits). */
import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { divisions, servicePoints } from '../../db/schema';

export type CommunityRow = {
  code: string;
  name: string;
  streetCode: string;
  streetName: string;
  pointId: string | null;
};

const street = alias(divisions, 'street');

export async function findCommunity(db: Db, code: string): Promise<CommunityRow | null> {
  const [row] = await db
    .select({
      code: divisions.code,
      name: divisions.name,
      streetCode: street.code,
      streetName: street.name,
      pointId: servicePoints.id,
    })
    .from(divisions)
    .innerJoin(street, eq(street.code, divisions.parentCode))
    .leftJoin(
      servicePoints,
      and(
        eq(servicePoints.divisionCode, divisions.code),
        eq(servicePoints.level, 'community_point'),
        eq(servicePoints.active, true),
      ),
    )
    .where(and(eq(divisions.code, code), inArray(divisions.level, ['community', 'village'])));
  return row ?? null;
}
