/** SQL for the rule versions and the active point of a tier (escalation); submits read these through caches. */
import { and, desc, eq } from 'drizzle-orm';
import type { PointLevel } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { servicePoints } from '../../db/schema';
import { routingRules } from '../../db/schema-applications';

/** The active point of `level` serving `divisionCode` (a station's street/town, the hub's district), or null. */
export async function findActivePoint(db: Db, level: PointLevel, divisionCode: string) {
  const [row] = await db
    .select({ id: servicePoints.id, name: servicePoints.name })
    .from(servicePoints)
    .where(
      and(eq(servicePoints.level, level), eq(servicePoints.divisionCode, divisionCode), eq(servicePoints.active, true)),
    )
    .limit(1);
  return row ?? null;
}

export async function currentRules(db: Db) {
  const [row] = await db.select().from(routingRules).orderBy(desc(routingRules.version)).limit(1);
  return row ?? null;
}

export async function insertRules(db: Db, version: number, rules: unknown, createdBy: string | null) {
  await db.insert(routingRules).values({ version, rules, createdBy }).onConflictDoNothing();
}
