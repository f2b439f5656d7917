/** Real rows for tests: users with memberships, and sessions for them. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/domain/roles';
import type { TSession } from '../../../shared/schemas/auth';
import { departments, memberships, servicePoints, users } from '../../../server/src/db/schema';
import { openSessionFor } from '../../../server/src/features/auth/auth.service';
import type { TestContext } from './harness';

export type MembershipSpec = { role: Exclude<Role, 'resident'>; divisionCode?: string; departmentCode?: string };

export async function buildUser(
  t: TestContext,
  spec: { displayName?: string; openid?: string; memberships?: MembershipSpec[] } = {},
) {
  const [user] = await t.deps.db
    .insert(users)
    .values({ openid: spec.openid ?? `test:${randomUUID()}`, displayName: spec.displayName ?? '测试用户' })
    .returning();
  for (const m of spec.memberships ?? []) {
    const [point] = m.divisionCode
      ? await t.deps.db.select().from(servicePoints).where(eq(servicePoints.divisionCode, m.divisionCode))
      : [];
    const [dept] = m.departmentCode
      ? await t.deps.db.select().from(departments).where(eq(departments.code, m.departmentCode))
      : [];
    await t.deps.db
      .insert(memberships)
      .values({ userId: user!.id, role: m.role, servicePointId: point?.id ?? null, departmentId: dept?.id ?? null });
  }
  return user!;
}

export async function buildSession(
  t: TestContext,
  spec: Parameters<typeof buildUser>[1] = {},
): Promise<TSession & { userId: string }> {
  const user = await buildUser(t, spec);
  return { ...(await openSessionFor(t.deps, user.id)), userId: user.id };
}

/** POST /api/<name> as JSON, with a bearer token when given. */
export function post(t: TestContext, name: string, body: unknown = {}, token?: string) {
  const req = t.api().post(`/api/${name}`).set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req.send(JSON.stringify(body));
}
