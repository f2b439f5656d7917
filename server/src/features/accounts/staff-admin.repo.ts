/** SQL for the admin's staff list, membership revocation and disabling users. */
import { and, asc, count, eq, exists, inArray, isNull, max, sql, type SQL } from 'drizzle-orm';
import type { StaffRole } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { authSessions, departments, memberships, servicePoints, users } from '../../db/schema';
import { providers } from '../../db/schema-content';

export type StaffFilter = { role?: StaffRole; unitId?: string };

function matchingMembership(db: Db, filter: StaffFilter): SQL {
  const conditions: SQL[] = [eq(memberships.userId, users.id)];
  if (filter.role) conditions.push(eq(memberships.role, filter.role));
  if (filter.unitId)
    conditions.push(
      sql`coalesce(${memberships.servicePointId}, ${memberships.departmentId}, ${memberships.providerId}) = ${filter.unitId}`,
    );
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .where(and(...conditions)),
  );
}

/** One page of users who hold or held a membership matching the filter, by name; with the total. */
export async function listStaffUsers(db: Db, filter: StaffFilter, page: { offset: number; limit: number }) {
  const where = matchingMembership(db, filter);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db
    .select({
      userId: users.id,
      displayName: users.displayName,
      disabledAt: users.disabledAt,
      lastLoginAt: max(authSessions.createdAt),
      lastSeenAt: max(authSessions.lastUsedAt),
    })
    .from(users)
    .leftJoin(authSessions, eq(authSessions.userId, users.id))
    .where(where)
    .groupBy(users.id)
    .orderBy(asc(users.displayName), asc(users.id))
    .offset(page.offset)
    .limit(page.limit);
  return { total: total?.n ?? 0, rows };
}

/** Every membership (active or revoked) of these users with its unit's name, oldest first. */
export function listMembershipsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      unitId: sql<
        string | null
      >`coalesce(${memberships.servicePointId}, ${memberships.departmentId}, ${memberships.providerId})`,
      unitName: sql<string | null>`coalesce(${servicePoints.name}, ${departments.name}, ${providers.name})`,
      createdAt: memberships.createdAt,
      revokedAt: memberships.revokedAt,
    })
    .from(memberships)
    .leftJoin(servicePoints, eq(servicePoints.id, memberships.servicePointId))
    .leftJoin(departments, eq(departments.id, memberships.departmentId))
    .leftJoin(providers, eq(providers.id, memberships.providerId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

export async function findMembershipForUpdate(db: Db, id: string) {
  const [row] = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      revokedAt: memberships.revokedAt,
    })
    .from(memberships)
    .where(eq(memberships.id, id))
    .for('update');
  return row ?? null;
}

/** Active admin memberships of one user, locked so two concurrent revocations cannot both pass the last-admin check. */
export async function lockActiveAdminMemberships(db: Db, userId: string) {
  return db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'admin'), isNull(memberships.revokedAt)))
    .for('update');
}

export async function revokeMembership(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(memberships)
    .set({ revokedAt: now })
    .where(and(eq(memberships.id, id), isNull(memberships.revokedAt)));
}

/** A user who holds or held a membership (the admin's scope), locked; null for residents and unknown ids. */
export async function findStaffUserForUpdate(db: Db, userId: string) {
  const [row] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        exists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .where(eq(memberships.userId, users.id)),
        ),
      ),
    )
    .for('update', { of: users });
  return row ?? null;
}

export async function setUserDisabled(db: Db, userId: string, disabledAt: Date | null): Promise<void> {
  await db.update(users).set({ disabledAt }).where(eq(users.id, userId));
}

/** Ends every live session of a user; returns how many. */
export async function revokeUserSessions(db: Db, userId: string, reason: string, now: Date): Promise<number> {
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return rows.length;
}
