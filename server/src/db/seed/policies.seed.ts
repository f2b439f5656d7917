/**
 * Seed loader of the policy list: stored standards and published policies with rule version 1.
 * Idempotent: existing standards and slugs are left as they are (an admin may have edited them), and a
 * policy gets rule version 1 only when it has no rule yet — running it twice changes nothing.
 */
import { eq } from 'drizzle-orm';
import { ZPolicyInput, type TPolicyInput } from '../../../../shared/schemas/content';
import * as admin from '../../features/policies/policies-admin.repo';
import * as repo from '../../features/policies/policies.repo';
import type { Db } from '../client';
import { policies, standards as standardsTable } from '../schema-content';

export type SeedStandard = {
  key: string;
  label: string;
  value: number;
  unit: string;
  isSample: boolean;
  note?: string | null;
};

/** Loads standards then policies (validated with the admin schema) inside the caller's transaction. */
export async function seedPolicies(
  db: Db,
  inputs: TPolicyInput[],
  standards: readonly SeedStandard[],
  now = new Date(),
): Promise<{ policies: number; standards: number }> {
  for (const s of standards) {
    await db
      .insert(standardsTable)
      .values({ ...s, note: s.note ?? null })
      .onConflictDoNothing();
  }
  for (const raw of inputs) {
    const input = ZPolicyInput.parse(raw);
    const dept = await repo.findDepartmentByCode(db, input.departmentCode);
    if (!dept) throw new Error(`seed policy ${input.slug}: unknown department ${input.departmentCode}`);
    const { eligibilityRule, departmentCode: _code, ...fields } = input;
    await admin.insertPolicy(
      db,
      {
        ...fields,
        departmentId: dept.id,
        effectiveFrom: input.effectiveFrom ?? null,
        effectiveTo: input.effectiveTo ?? null,
      },
      // ms precision, like every other write, so keyset cursors round-trip exactly
      new Date(Math.floor(now.getTime() / 1000) * 1000),
    );
    const [row] = await db.select({ id: policies.id }).from(policies).where(eq(policies.slug, input.slug));
    if (eligibilityRule && row) await admin.insertFirstRule(db, row.id, eligibilityRule);
  }
  return { policies: inputs.length, standards: standards.length };
}
