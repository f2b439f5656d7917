/** SQL for the rule versions and the point of a division (the deadline sweep); submits read these through caches. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { servicePoints } from '../../db/schema';
import { routingRules } from '../../db/schema-applications';

export async function findPointOfDivision(db: Db, divisionCode: string) {
  const [row] = await db
    .select({ id: servicePoints.id, name: servicePoints.name, level: servicePoints.level, phone: servicePoints.phone, address: servicePoints.address, divisionCode: servicePoints.divisionCode })
    .from(servicePoints)
    .where(and(eq(servicePoints.divisionCode, divisionCode), eq(servicePoints.active, true)));
  return row ?? null;
}

export async function currentRules(db: Db) {
  const [row] = await db.select().from(routingRules).orderBy(desc(routingRules.version)).limit(1);
  return row ?? null;
}

export async function insertRules(db: Db, version: number, rules: unknown, createdBy: string | null) {
  await db.insert(routingRules).values({ version, rules, createdBy }).onConflictDoNothing();
}
