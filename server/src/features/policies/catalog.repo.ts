/** What the matching rule reads: published policies with their current rule, services, providers, standards, names. */
import { sql } from 'drizzle-orm';
import type { CapacityStatus, DeliveryKind, NeedTier, Sex, TargetGroup } from '../../../../shared/domain/assistance';
import type { Category } from '../../../../shared/domain/categories';
import { queryRows, type Db } from '../../db/client';

export function catalogPolicies(db: Db, today: string) {
  return queryRows<{
    id: string;
    slug: string;
    title: string;
    summary: string;
    needTiers: NeedTier[];
    targetGroups: TargetGroup[];
    categories: Category[];
    departmentId: string;
    departmentCode: string;
    departmentName: string;
    steps: { title: string }[];
    version: number | null;
    rule: unknown;
  }>(
    db,
    sql`select p.id, p.slug, p.title, p.summary, p.need_tiers as "needTiers", p.target_groups as "targetGroups",
               p.categories, p.department_id as "departmentId", d.code as "departmentCode",
               d.name as "departmentName", p.steps, r.version, r.rule
          from policies p
          join departments d on d.id = p.department_id
          left join (select distinct on (policy_id) policy_id, version, rule
                       from eligibility_rules order by policy_id, version desc) r on r.policy_id = p.id
         where p.status = 'published'
           and (p.effective_from is null or p.effective_from <= ${today}::date)
           and (p.effective_to is null or p.effective_to >= ${today}::date)`,
  );
}

export function catalogServices(db: Db) {
  return queryRows<{
    id: string;
    slug: string;
    name: string;
    description: string;
    providerId: string;
    needTier: NeedTier;
    delivery: DeliveryKind;
    targetGroups: TargetGroup[];
    categories: Category[];
    minAge: number | null;
    maxAge: number | null;
    sex: Sex | null;
    serviceAreas: string[];
    capacity: CapacityStatus;
    policySlugs: string[];
    requiredDocuments: string[];
    schedule: string | null;
  }>(
    db,
    sql`select s.id, s.slug, s.name, s.description, s.provider_id as "providerId", s.need_tier as "needTier",
               s.delivery, s.target_groups as "targetGroups", s.categories, s.min_age as "minAge",
               s.max_age as "maxAge", s.sex, s.service_areas as "serviceAreas", s.capacity,
               s.policy_slugs as "policySlugs", s.required_documents as "requiredDocuments", s.schedule
          from services s join providers p on p.id = s.provider_id
         where s.status = 'published' and p.status = 'published'`,
  );
}

export function catalogProviders(db: Db) {
  return queryRows<{
    id: string;
    name: string;
    departmentId: string | null;
    departmentName: string | null;
    openPlaces: number | null;
  }>(
    db,
    sql`select p.id, p.name, p.department_id as "departmentId", d.name as "departmentName",
               p.open_places as "openPlaces"
          from providers p left join departments d on d.id = p.department_id
         where p.status = 'published'`,
  );
}

export function divisionNames(db: Db) {
  return queryRows<{ code: string; name: string }>(db, sql`select code, name from divisions`);
}
