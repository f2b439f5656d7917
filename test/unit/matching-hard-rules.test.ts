/**
 * Property: no suggestion ever breaks a hard rule, for random people against the seed catalog with random capacity,
 * open places, age ranges, sex requirements and service areas (fast-check, seeded globally from FC_SEED).
 * The oracle below is written independently of shared/domain/matching/hard-rules.ts.
 */
import fc from 'fast-check';
import { SEXES } from '../../shared/domain/assistance';
import { CATEGORIES } from '../../shared/domain/categories';
import { XIHU_DISTRICT_CODE } from '../../shared/domain/divisions';
import { matchCatalog, type Catalog, type PersonFacts } from '../../shared/domain/matching';
import { evaluateRule } from '../../shared/domain/self-check';
import { seedCatalog } from './support/seed-catalog';

const base = seedCatalog();
const codes = [...base.divisionNames.keys()].filter((c) => c !== XIHU_DISTRICT_CODE);
const streets = codes.filter((c) => c.endsWith('000'));
const communities = codes.filter((c) => !c.endsWith('000'));

const person = fc.record({
  age: fc.option(fc.integer({ min: 0, max: 110 }), { nil: undefined }),
  sex: fc.option(fc.constantFrom(...SEXES), { nil: undefined }),
  livesInDistrict: fc.option(fc.boolean(), { nil: undefined }),
  monthlyIncomePerPerson: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: undefined }),
  assetsBelowLimit: fc.option(fc.boolean(), { nil: undefined }),
  hasDisability: fc.option(fc.boolean(), { nil: undefined }),
  heavyMedicalCosts: fc.option(fc.boolean(), { nil: undefined }),
  unemployed: fc.option(fc.boolean(), { nil: undefined }),
  studentsInSchool: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  community: fc.option(fc.constantFrom(...communities), { nil: undefined }),
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
});

const variation = fc.array(
  fc.record({
    capacity: fc.constantFrom('available', 'full', 'waitlist' as const),
    minAge: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    span: fc.integer({ min: 0, max: 60 }),
    hasMax: fc.boolean(),
    sex: fc.option(fc.constantFrom(...SEXES), { nil: null }),
    area: fc.constantFrom('district', 'street', 'community'),
    areaPick: fc.nat(),
    openPlaces: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  }),
  { minLength: base.services.length, maxLength: base.services.length },
);

type Variation = typeof variation extends fc.Arbitrary<infer T> ? T : never;

function varied(v: Variation): Catalog {
  const providers = new Map(base.providers);
  const services = base.services.map((s, i) => {
    const x = v[i]!;
    const areas =
      x.area === 'district'
        ? [XIHU_DISTRICT_CODE]
        : x.area === 'street'
          ? [streets[x.areaPick % streets.length]!]
          : [communities[x.areaPick % communities.length]!];
    return {
      ...s,
      capacity: x.capacity,
      minAge: x.minAge,
      maxAge: x.hasMax ? (x.minAge ?? 0) + x.span : null,
      sex: x.sex,
      serviceAreas: areas,
    };
  });
  v.forEach((x, i) => {
    const p = providers.get(base.services[i]!.providerId)!;
    providers.set(p.id, { ...p, openPlaces: x.openPlaces });
  });
  return { ...base, services, providers };
}

/** The hard rules, restated: what must never be suggested. */
function breaksHardRule(catalog: Catalog, who: PersonFacts, kind: 'policy' | 'service', id: string): string | null {
  const a = who.answers;
  if (a.livesInDistrict === false) return 'lives outside the district';
  if (kind === 'policy') {
    const p = catalog.policies.find((x) => x.id === id)!;
    if (p.rule && evaluateRule(p.rule, a, catalog.standards).band === 'unlikely') return 'policy rule fails';
    return null;
  }
  const s = catalog.services.find((x) => x.id === id)!;
  if (s.capacity === 'full') return 'full';
  if (catalog.providers.get(s.providerId)?.openPlaces === 0) return 'no open place';
  if (a.age !== undefined && s.minAge !== null && a.age < s.minAge) return 'too young';
  if (a.age !== undefined && s.maxAge !== null && a.age > s.maxAge) return 'too old';
  if (a.sex !== undefined && s.sex !== null && a.sex !== s.sex) return 'wrong sex';
  const where = [who.communityCode, who.streetCode];
  const covered = s.serviceAreas.some((c) => c === XIHU_DISTRICT_CODE || where.includes(c));
  if (who.streetCode && !covered) return 'area not covered';
  return null;
}

test('no suggestion ever breaks a hard rule', () => {
  fc.assert(
    fc.property(person, variation, fc.constantFrom('application', 'selfCheck' as const), (p, v, mode) => {
      const catalog = varied(v);
      const { community, categories, ...answers } = p;
      const who: PersonFacts = {
        answers,
        categories,
        targetGroup: null,
        needTier: null,
        streetCode: community ? `${community.slice(0, 9)}000` : null,
        communityCode: community ?? null,
      };
      const result = matchCatalog(catalog, who, { mode });
      for (const s of [...result.policies, ...result.services]) {
        expect([s.slug, breaksHardRule(catalog, who, s.kind, s.id)]).toEqual([s.slug, null]);
        expect(s.reasons.length + s.unknowns.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 150 },
  );
});
