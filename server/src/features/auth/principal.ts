/** The authenticated caller as handlers see it, rebuilt from the database on every request. */
import { maskMobile } from '../../../../shared/domain/identity';
import type { Role } from '../../../../shared/domain/roles';
import type { TMe, TMembership } from '../../../../shared/schemas/auth';
import type { FieldCipher } from '../../lib/crypto';
import type { PrincipalRow } from './auth.repo';

export type Principal = {
  userId: string;
  sessionId: string;
  roles: Role[];
  row: PrincipalRow;
};

export function toPrincipal(row: PrincipalRow, sessionId: string): Principal {
  const roles = new Set<Role>(['resident']);
  for (const m of row.memberships) roles.add(m.role);
  return { userId: row.id, sessionId, roles: [...roles], row };
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((r) => roles.includes(r));
}

export function presentMe(principal: Principal, cipher: FieldCipher): TMe {
  const { row } = principal;
  const memberships: TMembership[] = row.memberships.map((m) => ({
    role: m.role,
    servicePoint: m.pointId
      ? { id: m.pointId, name: m.pointName!, level: m.pointLevel!, divisionCode: m.pointDivision! }
      : null,
    department: m.deptId ? { id: m.deptId, code: m.deptCode!, name: m.deptName! } : null,
    // only provider_staff carry a provider (the field is optional in ZMembership)
    ...(m.providerId ? { provider: { id: m.providerId, name: m.providerName! } } : {}),
  }));
  return {
    id: row.id,
    displayName: row.displayName,
    phoneMasked: row.phoneEnc ? maskMobile(cipher.decrypt(row.phoneEnc)) : null,
    roles: principal.roles,
    memberships,
  };
}
