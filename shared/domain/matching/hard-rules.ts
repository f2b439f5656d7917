/**
 * The rules that exclude outright: what a person cannot get, whatever else fits. A service is out when it is full,
 * its provider has no open place, its area does not cover where the person lives, or the person's known age or sex
 * is outside what it serves. A policy is out when the person lives outside the district or its rule fails.
 */
import { SEX_LABELS } from '../assistance';
import { areaVerdict, type AreaVerdict } from './areas';
import type { Catalog, CatalogService, PersonFacts } from './types';

export type ServiceChecks = {
  /** Why it is excluded; null when it is not. */
  excluded: string | null;
  area: AreaVerdict;
  /** Facts the service depends on that are not known yet. */
  unknowns: string[];
  /** Facts that were checked and hold. */
  reasons: string[];
};

export function ageRangeText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}到${max}岁`;
  if (min !== null) return `${min}岁及以上`;
  return `${max}岁及以下`;
}

export function checkService(service: CatalogService, person: PersonFacts, catalog: Catalog): ServiceChecks {
  const area = areaVerdict(service.serviceAreas, person, catalog.divisionNames);
  const out = (excluded: string): ServiceChecks => ({ excluded, area, unknowns: [], reasons: [] });
  if (service.capacity === 'full') return out('这项服务名额已满');
  const provider = catalog.providers.get(service.providerId);
  if (provider?.openPlaces === 0) return out('提供服务的机构暂时没有空余名额');
  if (area.covers === 'no') return out(area.text);
  const reasons: string[] = [];
  const unknowns: string[] = [];
  if (area.covers === 'yes') reasons.push(area.text);
  else unknowns.push(area.text);
  const { age, sex } = person.answers;
  if (service.minAge !== null || service.maxAge !== null) {
    const range = ageRangeText(service.minAge, service.maxAge);
    if (age === undefined) unknowns.push(`还需要了解年龄：这项服务面向${range}的人`);
    else if ((service.minAge !== null && age < service.minAge) || (service.maxAge !== null && age > service.maxAge))
      return out(`这项服务面向${range}的人`);
    else reasons.push(`您${age}岁，这项服务面向${range}的人`);
  }
  if (service.sex) {
    const label = SEX_LABELS[service.sex];
    if (sex === undefined) unknowns.push(`还需要了解性别：这项服务只面向${label}性`);
    else if (sex !== service.sex) return out(`这项服务只面向${label}性`);
    else reasons.push(`这项服务面向${label}性`);
  }
  if (service.capacity === 'waitlist') unknowns.push('这项服务目前要排队等候');
  if (provider?.openPlaces != null) reasons.push(`${provider.name}还有${provider.openPlaces}个名额`);
  return { excluded: null, area, unknowns, reasons };
}

/** Policies are the district's: someone who said they live elsewhere gets none of them. */
export function policyExcludedFor(person: PersonFacts): string | null {
  return person.answers.livesInDistrict === false ? '这些政策面向住在西湖区的居民' : null;
}
