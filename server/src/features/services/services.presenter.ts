/** Resident and admin shapes of providers and services (HSDS-shaped). */
import type { CapacityStatus, ContentStatus, DeliveryKind, NeedTier, ProviderKind, TargetGroup } from '../../../../shared/domain/assistance';
import type { TServiceSummary } from '../../../../shared/schemas/services';
import type { ProviderRow, ServiceWithProvider } from './services.repo';

export function presentServiceSummary({ service: s, providerSlug, providerName, providerKind }: ServiceWithProvider): TServiceSummary {
  return {
    slug: s.slug,
    name: s.name,
    description: s.description,
    provider: { slug: providerSlug, name: providerName, kind: providerKind as ProviderKind },
    needTier: s.needTier as NeedTier,
    delivery: s.delivery as DeliveryKind,
    targetGroups: s.targetGroups as TargetGroup[],
    capacity: s.capacity as CapacityStatus,
  };
}

export function presentServiceDetail(row: ServiceWithProvider, areaNames: Map<string, string>) {
  const s = row.service;
  return {
    ...presentServiceSummary(row),
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
    needTier: s.needTier as NeedTier,
    delivery: s.delivery as DeliveryKind,
    targetGroups: s.targetGroups as TargetGroup[],
    eligibilityDescription: s.eligibilityDescription,
    requiredDocuments: s.requiredDocuments,
    serviceAreas: s.serviceAreas,
    ...(s.schedule ? { schedule: s.schedule } : {}),
    languages: s.languages,
    ...(s.accessibility ? { accessibility: s.accessibility } : {}),
    capacity: s.capacity as CapacityStatus,
    lastVerifiedAt: s.lastVerifiedAt,
    lastVerifiedBy: s.lastVerifiedBy,
    policySlugs: s.policySlugs,
    status: s.status as ContentStatus,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function presentProvider(p: ProviderRow, serviceCount: number) {
  return { slug: p.slug, name: p.name, kind: p.kind as ProviderKind, description: p.description, phone: p.phone, address: p.address, isSampleContact: p.isSampleContact, serviceCount };
}

export function presentProviderAdmin(p: ProviderRow, departmentCode: string | undefined) {
  return {
    slug: p.slug,
    kind: p.kind as ProviderKind,
    name: p.name,
    description: p.description,
    ...(departmentCode ? { departmentCode } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.address ? { address: p.address } : {}),
    isSampleContact: p.isSampleContact,
    status: p.status as ContentStatus,
    updatedAt: p.updatedAt.toISOString(),
  };
}
