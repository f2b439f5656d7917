/** The matching catalog built from the seed content (what a fresh database holds), without a database. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, CatalogPolicy, CatalogProvider, CatalogService } from '../../../shared/domain/matching';
import type { Standard } from '../../../shared/domain/self-check';
import { ZEligibilityRule } from '../../../shared/schemas/content';
import { POLICIES, PROVIDERS, SERVICES, STANDARDS } from '../../../server/src/db/seed/content';
import { DEPARTMENTS } from '../../../server/src/db/seed/departments';

const deptId = (code: string) => `dept-${code}`;
const deptName = (code: string) => DEPARTMENTS.find((d) => d.code === code)?.name ?? code;

function divisionNames(): Map<string, string> {
  const csv = readFileSync(path.join(__dirname, '../../../server/src/db/seed/xihu-divisions.csv'), 'utf8');
  const rows = csv.trim().split('\n').slice(1);
  return new Map(rows.map((line) => line.split(',') as [string, string]).map(([code, name]) => [code, name]));
}

export function seedCatalog(overrides: { openPlaces?: Record<string, number | null> } = {}): Catalog {
  const policies: CatalogPolicy[] = POLICIES.map((p) => ({
    id: `policy-${p.slug}`,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    departmentId: deptId(p.departmentCode),
    departmentCode: p.departmentCode,
    departmentName: deptName(p.departmentCode),
    needTiers: p.needTiers,
    targetGroups: p.targetGroups,
    categories: p.categories,
    rule: p.eligibilityRule ? ZEligibilityRule.parse(p.eligibilityRule) : null,
    ruleVersion: p.eligibilityRule ? 1 : null,
    firstStep: p.steps[0]?.title ?? null,
  }));
  const providers = new Map<string, CatalogProvider>(
    PROVIDERS.map((p) => [
      `provider-${p.slug}`,
      {
        id: `provider-${p.slug}`,
        name: p.name,
        departmentId: p.departmentCode ? deptId(p.departmentCode) : null,
        departmentName: p.departmentCode ? deptName(p.departmentCode) : null,
        openPlaces: overrides.openPlaces?.[p.slug] ?? null,
      },
    ]),
  );
  const services: CatalogService[] = SERVICES.map((s) => ({
    id: `service-${s.slug}`,
    slug: s.slug,
    name: s.name,
    description: s.description,
    providerId: `provider-${s.providerSlug}`,
    needTier: s.needTier,
    delivery: s.delivery,
    targetGroups: s.targetGroups,
    categories: s.categories,
    minAge: s.minAge,
    maxAge: s.maxAge,
    sex: s.sex,
    serviceAreas: s.serviceAreas,
    capacity: s.capacity ?? 'available',
    policySlugs: s.policySlugs ?? [],
    requiredDocuments: s.requiredDocuments ?? [],
    schedule: s.schedule ?? null,
  }));
  const standards = new Map<string, Standard>(
    STANDARDS.map((s) => [s.key, { key: s.key, value: s.value, unit: s.unit, isSample: s.isSample }]),
  );
  return { policies, services, providers, standards, divisionNames: divisionNames() };
}
