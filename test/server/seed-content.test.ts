/** Seed content (政策清单, standards): every entry parses with the shared schemas, covers the vocabulary, and cross-references resolve. Pure, no database. */
import { DEPARTMENTS } from '../../server/src/db/seed/departments';
import { POLICIES, STANDARDS } from '../../server/src/db/seed/content';
import { NEED_TIERS, TARGET_GROUPS } from '../../shared/domain/assistance';
import { ZPolicyInput } from '../../shared/schemas/content';

const departmentCodes = new Set<string>(DEPARTMENTS.map((d) => d.code));
const standardKeys = new Set(STANDARDS.map((s) => s.key));

describe('seed policies', () => {
  it.each(POLICIES.map((p) => [p.slug, p] as const))('%s parses with ZPolicyInput unchanged', (_slug, p) => {
    expect(ZPolicyInput.parse(p)).toEqual(p);
  });

  it('has at least 30 policies, 15 with structured rules, unique slugs', () => {
    expect(POLICIES.length).toBeGreaterThanOrEqual(30);
    expect(POLICIES.filter((p) => p.eligibilityRule).length).toBeGreaterThanOrEqual(15);
    expect(new Set(POLICIES.map((p) => p.slug)).size).toBe(POLICIES.length);
  });

  it('covers every target group, need tier and department', () => {
    for (const g of TARGET_GROUPS) expect(POLICIES.filter((p) => p.targetGroups.includes(g)).map((p) => p.slug)).not.toHaveLength(0);
    for (const t of NEED_TIERS) expect(POLICIES.filter((p) => p.needTiers.includes(t)).map((p) => p.slug)).not.toHaveLength(0);
    const used = new Set(POLICIES.map((p) => p.departmentCode));
    expect([...departmentCodes].filter((d) => !used.has(d))).toEqual([]);
    expect(POLICIES.filter((p) => !departmentCodes.has(p.departmentCode)).map((p) => p.slug)).toEqual([]);
  });

  it('refers only to stored standards, and every condition has a threshold it can compare', () => {
    for (const p of POLICIES) {
      const rule = p.eligibilityRule;
      if (!rule) continue;
      for (const cond of [...rule.conditions, ...rule.anyOf.flat()]) {
        if (cond.standard) expect([p.slug, standardKeys.has(cond.standard)]).toEqual([p.slug, true]);
        const needsThreshold = !['isTrue', 'isFalse'].includes(cond.op);
        expect([p.slug, cond.field, needsThreshold ? cond.value !== undefined || cond.standard !== undefined : true]).toEqual([p.slug, cond.field, true]);
      }
    }
  });
});

describe('seed standards', () => {
  it('has unique keys, the 低保 and 低边 standards, all marked as samples with a note', () => {
    expect(new Set(STANDARDS.map((s) => s.key)).size).toBe(STANDARDS.length);
    const byKey = Object.fromEntries(STANDARDS.map((s) => [s.key, s]));
    expect(byKey.dibian_monthly!.value).toBe(2 * byKey.dibao_monthly!.value);
    for (const s of STANDARDS) {
      expect(s.key).toMatch(/^[a-z_]+$/);
      expect(s.isSample).toBe(true);
      expect(s.note.length).toBeGreaterThan(0);
      expect(s.value).toBeGreaterThan(0);
    }
  });
});
