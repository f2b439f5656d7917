/** SQL for staff invites and the memberships they create. */
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffRole } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { departments, invites, memberships, servicePoints } from '../../db/schema';
import { providers } from '../../db/schema-content';

export async function insertInvite(db: Db, row: typeof invites.$inferInsert): Promise<void> {
  await db.insert(invites).values(row);
}

/** Locks the invite row so two people redeeming the same code at once cannot both win. */
export async function findInviteForUpdate(db: Db, codeHash: string) {
  const [row] = await db.select().from(invites).where(eq(invites.codeHash, codeHash)).for('update');
  return row ?? null;
}

export async function markInviteUsed(db: Db, id: string, userId: string, now: Date): Promise<void> {
  await db
    .update(invites)
    .set({ usedBy: userId, usedAt: now })
    .where(and(eq(invites.id, id), isNull(invites.usedAt)));
}

/** Adds a membership unless the same one is already active. */
export async function addMembership(
  db: Db,
  row: {
    userId: string;
    role: StaffRole;
    servicePointId: string | null;
    departmentId: string | null;
    providerId: string | null;
  },
) {
  await db
    .insert(memberships)
    .values(row)
    // the only unique key besides the id is memberships_active_uq (user, role, scope) among active rows
    .onConflictDoNothing();
}

export async function findServicePoint(db: Db, id: string) {
  const [row] = await db
    .select({ id: servicePoints.id, level: servicePoints.level })
    .from(servicePoints)
    .where(eq(servicePoints.id, id));
  return row ?? null;
}

export async function findDepartment(db: Db, id: string) {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  return row ?? null;
}

export async function findProvider(db: Db, id: string) {
  const [row] = await db.select({ id: providers.id }).from(providers).where(eq(providers.id, id));
  return row ?? null;
}
