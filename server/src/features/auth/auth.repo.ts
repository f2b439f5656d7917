/** SQL for users, login sessions and refresh tokens. */
import { and, eq, gt, isNull, isNotNull, sql } from 'drizzle-orm';
import type { PointLevel, StaffRole } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { authSessions, departments, memberships, refreshTokens, servicePoints, users } from '../../db/schema';
import { providers } from '../../db/schema-content';

export async function upsertWechatUser(db: Db, openid: string, unionid: string | null) {
  const [row] = await db
    .insert(users)
    .values({ openid, unionid })
    .onConflictDoUpdate({ target: users.openid, set: { unionid: sql`coalesce(excluded.unionid, ${users.unionid})` } })
    .returning({ id: users.id, disabledAt: users.disabledAt });
  return row!;
}

export async function findDemoUser(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, id), isNotNull(users.demoKey)));
  return row ?? null;
}

/** Demo accounts with their active roles, in seed order. */
export function listDemoUsers(db: Db) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      description: users.demoDescription,
      roles: sql<
        string[]
      >`coalesce(array_agg(${memberships.role} order by ${memberships.createdAt}) filter (where ${memberships.role} is not null), '{}')`,
    })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), isNull(memberships.revokedAt)))
    .where(isNotNull(users.demoKey))
    .groupBy(users.id)
    .orderBy(sql`${users.demoKey} not like 'resident%'`, users.demoKey);
}

export async function createSession(
  db: Db,
  row: { userId: string; now: Date; expiresAt: Date; deviceLabel: string | null },
) {
  const [created] = await db
    .insert(authSessions)
    .values({
      userId: row.userId,
      createdAt: row.now,
      lastUsedAt: row.now,
      expiresAt: row.expiresAt,
      deviceLabel: row.deviceLabel,
    })
    .returning({ id: authSessions.id, expiresAt: authSessions.expiresAt });
  return created!;
}

/** Marks a live session used now (a refresh) and returns its absolute end; null when it has ended. */
export async function touchSession(db: Db, sessionId: string, now: Date) {
  const [row] = await db
    .update(authSessions)
    .set({ lastUsedAt: now })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, now)))
    .returning({ expiresAt: authSessions.expiresAt });
  return row ?? null;
}

export async function insertRefreshToken(
  db: Db,
  row: { sessionId: string; parentId: string | null; tokenHash: string; issuedAt: Date; expiresAt: Date },
) {
  await db.insert(refreshTokens).values(row);
}

/** Atomically marks an unused, unexpired token of a live session as used. Null when that is not possible. */
export async function claimRefreshToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .update(refreshTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(refreshTokens.tokenHash, tokenHash),
        isNull(refreshTokens.usedAt),
        gt(refreshTokens.expiresAt, now),
        sql`exists (select 1 from ${authSessions} s where s.id = ${refreshTokens.sessionId} and s.revoked_at is null and s.expires_at > ${now})`,
      ),
    )
    .returning({ id: refreshTokens.id, sessionId: refreshTokens.sessionId });
  return row ?? null;
}

export async function findRefreshToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      id: refreshTokens.id,
      sessionId: refreshTokens.sessionId,
      usedAt: refreshTokens.usedAt,
      userId: authSessions.userId,
    })
    .from(refreshTokens)
    .innerJoin(authSessions, eq(authSessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, tokenHash));
  return row ?? null;
}

export async function revokeSession(db: Db, sessionId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

export type MembershipRow = {
  role: StaffRole;
  pointId: string | null;
  pointName: string | null;
  pointLevel: PointLevel | null;
  pointDivision: string | null;
  deptId: string | null;
  deptCode: string | null;
  deptName: string | null;
  /** provider_staff only (optional so rows built before providers joined memberships still type). */
  providerId?: string | null;
  providerName?: string | null;
};

/** Active memberships of `users.id` with their point and department, oldest first, as one JSON array. */
const membershipsJson = sql<MembershipRow[]>`coalesce((
  select json_agg(json_build_object(
    'role', m.role, 'pointId', p.id, 'pointName', p.name, 'pointLevel', p.level, 'pointDivision', p.division_code,
    'deptId', d.id, 'deptCode', d.code, 'deptName', d.name, 'providerId', pr.id, 'providerName', pr.name)
    order by m.created_at, m.id)
  from ${memberships} m
  left join ${servicePoints} p on p.id = m.service_point_id
  left join ${departments} d on d.id = m.department_id
  left join ${providers} pr on pr.id = m.provider_id
  where m.user_id = ${users.id} and m.revoked_at is null), '[]'::json)`;

function principalQuery(db: Db) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      phoneEnc: users.phoneEnc,
      demoKey: users.demoKey,
      authVersion: users.authVersion,
      sessionExpiresAt: authSessions.expiresAt,
      memberships: membershipsJson,
    })
    .from(users)
    .innerJoin(
      authSessions,
      and(
        eq(authSessions.userId, users.id),
        eq(authSessions.id, sql.placeholder('sessionId')),
        isNull(authSessions.revokedAt),
        sql`${authSessions.expiresAt} > ${sql.placeholder('now')}::timestamptz`,
      ),
    )
    .where(and(eq(users.id, sql.placeholder('userId')), isNull(users.disabledAt)))
    .prepare('load_principal');
}

/** Built once per database handle: every authenticated request runs this statement. */
const principalQueries = new WeakMap<Db, ReturnType<typeof principalQuery>>();

/**
 * The user behind a live session with their active memberships, in one prepared statement; null when the session
 * is revoked or past its absolute end, or the user disabled.
 */
export async function loadPrincipal(db: Db, userId: string, sessionId: string, now: Date) {
  let query = principalQueries.get(db);
  if (!query) principalQueries.set(db, (query = principalQuery(db)));
  const [row] = await query.execute({ userId, sessionId, now: now.toISOString() });
  return row ?? null;
}

export type PrincipalRow = NonNullable<Awaited<ReturnType<typeof loadPrincipal>>>;

function authVersionsQuery(db: Db) {
  return db
    .select({ id: users.id, authVersion: users.authVersion })
    .from(users)
    .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('auth_versions');
}

const authVersionsQueries = new WeakMap<Db, ReturnType<typeof authVersionsQuery>>();

/** `users.auth_version` of each of `ids` that exists (one prepared statement for a whole batch). */
export async function readAuthVersions(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  let query = authVersionsQueries.get(db);
  if (!query) authVersionsQueries.set(db, (query = authVersionsQuery(db)));
  const rows = await query.execute({ ids });
  return new Map(rows.map((r) => [r.id, Number(r.authVersion)]));
}

export async function setPhone(db: Db, userId: string, phoneEnc: string, phoneHash: string): Promise<void> {
  await db.update(users).set({ phoneEnc, phoneHash }).where(eq(users.id, userId));
}
