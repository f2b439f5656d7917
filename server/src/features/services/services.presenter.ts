/** Resident and admin shapes of providers and services (HSDS-shaped). */
import type { TServiceDetail, TServiceSummary } from '../../../../shared/schemas/services';
import type { ProviderRow, ServiceWithProvider } from './services.repo';

export function presentServiceSummary({
  service: s,
  providerSlug,
  providerName,
  providerKind,
}: ServiceWithProvider): TServiceSummary {
  return {
    slug: s.slug,
    name: s.name,
    description: s.description,
    provider: { slug: providerSlug, name: providerName, kind: providerKind },
    needTier: s.needTier,
    delivery: s.delivery,
    targetGroups: s.targetGroups,
    capacity: s.capacity,
  };
}

export function presentServiceDetail(
  row: ServiceWithProvider,
  provider: ProviderRow,
  areaNames: Map<string, string>,
  policies: { slug: string; title: string }[],
): TServiceDetail {
  const s = row.service;
  // in the order the service lists them
  const titles = new Map(policies.map((p) => [p.slug, p.title]));
  return {
    ...presentServiceSummary(row),
    provider: {
      slug: provider.slug,
      name: provider.name,
      kind: provider.kind,
      phone: provider.phone,
      address: provider.address,
      isSampleContact: provider.isSampleContact,
    },
    cost: s.cost,
    howToApply: s.howToApply,
    policies: s.policySlugs.flatMap((slug) => {
      const title = titles.get(slug);
      return title ? [{ slug, title }] : [];
    }),
    eligibilityDescription: s.eligibilityDescription,
    requiredDocuments: s.requiredDocuments,
    areas: s.serviceAreas.map((code) => ({ code, name: areaNames.get(code) ?? code })),
    schedule: s.schedule,
    languages: s.languages,
    accessibility: s.accessibility,
    lastVerifiedAt: s.lastVerifiedAt,
    lastVerifiedBy: s.lastVerifiedBy,
    policySlugs: s.policySlugs,
  };
}

export function presentServiceAdmin({ service: s, providerSlug }: ServiceWithProvider) {
  return {
    slug: s.slug,
    providerSlug,
    name: s.name,
    description: s.description,
    needTier: s.needTier,
    delivery: s.delivery,
    targetGroups: s.targetGroups,
    eligibilityDescription: s.eligibilityDescription,
    categories: s.categories,
    minAge: s.minAge,
    maxAge: s.maxAge,
    sex: s.sex,
    requiredDocuments: s.requiredDocuments,
    serviceAreas: s.serviceAreas,
    ...(s.schedule ? { schedule: s.schedule } : {}),
    languages: s.languages,
    ...(s.accessibility ? { accessibility: s.accessibility } : {}),
    ...(s.cost ? { cost: s.cost } : {}),
    howToApply: s.howToApply,
    capacity: s.capacity,
    lastVerifiedAt: s.lastVerifiedAt,
    lastVerifiedBy: s.lastVerifiedBy,
    policySlugs: s.policySlugs,
    status: s.status,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function presentProvider(p: ProviderRow, serviceCount: number) {
  return {
    slug: p.slug,
    name: p.name,
    kind: p.kind,
    description: p.description,
    phone: p.phone,
    address: p.address,
    isSampleContact: p.isSampleContact,
    serviceCount,
  };
}

export function presentProviderAdmin(p: ProviderRow, departmentCode: string | undefined) {
  return {
    id: p.id,
    slug: p.slug,
    kind: p.kind,
    name: p.name,
    description: p.description,
    ...(departmentCode ? { departmentCode } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.address ? { address: p.address } : {}),
    isSampleContact: p.isSampleContact,
    openPlaces: p.openPlaces,
    status: p.status,
    updatedAt: p.updatedAt.toISOString(),
  };
}
