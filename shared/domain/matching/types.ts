/**
 * The shapes the matching rule works on: who the person is (facts, possibly incomplete), what the district offers
 * (the catalog: policies with their self-check rules and standards, services with their eligibility, service area
 * and capacity, providers with their open places) and what comes out (a ranked, explained suggestion).
 */
import type { CapacityStatus, DeliveryKind, NeedTier, Sex, TargetGroup } from '../assistance';
import type { Category } from '../categories';
import type { TEligibilityRule, TSelfCheckAnswers } from '../../schemas/content';
import type { SelfCheckBand, Standard } from '../self-check';

/** What is known about the person who needs help. Anything missing is "unknown", never "no". */
export type PersonFacts = {
  /** Self-check style answers (age, sex, household, income, disability…); absent = unknown. */
  answers: TSelfCheckAnswers;
  /** What the help is about, as chosen in an application (empty in the self-check). */
  categories: readonly Category[];
  /** The assistance status the person says they have (低保、低边、特困…), if any. */
  targetGroup: TargetGroup | null;
  needTier: NeedTier | null;
  /** 12-digit street/town code and community/village code where the person lives; null = unknown. */
  streetCode: string | null;
  communityCode: string | null;
};

export type CatalogPolicy = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  departmentId: string;
  departmentCode: string;
  departmentName: string;
  needTiers: readonly NeedTier[];
  targetGroups: readonly TargetGroup[];
  categories: readonly Category[];
  /** The current rule; null when the policy has none (or it no longer parses): matched on relevance alone. */
  rule: TEligibilityRule | null;
  ruleVersion: number | null;
  /** The first step of applying, e.g. “到所在社区（村）服务点提出申请”. */
  firstStep: string | null;
};

export type CatalogService = {
  id: string;
  slug: string;
  name: string;
  description: string;
  providerId: string;
  needTier: NeedTier;
  delivery: DeliveryKind;
  targetGroups: readonly TargetGroup[];
  categories: readonly Category[];
  minAge: number | null;
  maxAge: number | null;
  sex: Sex | null;
  /** Division codes served (the district, streets/towns or communities/villages). */
  serviceAreas: readonly string[];
  capacity: CapacityStatus;
  policySlugs: readonly string[];
  requiredDocuments: readonly string[];
  schedule: string | null;
};

export type CatalogProvider = {
  id: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  /** Places still open; null = no limit. 0 excludes every service of the provider. */
  openPlaces: number | null;
};

export type Catalog = {
  policies: readonly CatalogPolicy[];
  services: readonly CatalogService[];
  providers: ReadonlyMap<string, CatalogProvider>;
  standards: ReadonlyMap<string, Standard>;
  /** Division code → name, for reasons such as “您住在三墩镇”. */
  divisionNames: ReadonlyMap<string, string>;
};

/** 很可能符合 / 可能符合: a suggestion is never "unlikely" (those are left out). */
export type MatchBand = Exclude<SelfCheckBand, 'unlikely'>;

export type Suggestion = {
  kind: 'policy' | 'service';
  id: string;
  slug: string;
  title: string;
  summary: string;
  band: MatchBand;
  /** Higher helps more; ranks within a band. */
  score: number;
  /** Plain Chinese: why it fits. */
  reasons: string[];
  /** Plain Chinese: what still has to be found out. */
  unknowns: string[];
  departmentId: string | null;
  departmentName: string | null;
  providerName: string | null;
  howToApply: string;
};

export type MatchResult = { policies: Suggestion[]; services: Suggestion[] };
