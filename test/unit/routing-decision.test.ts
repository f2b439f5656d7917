/**
 * Where an application goes and what comes with the decision, on an in-memory slice of
 * Xihu: community → its point, street/town only → the station, coordinates → the nearest point within
 * the radius, outside the district → the hub's triage; deadlines, flags and suggested departments.
 */
import type { Category, Urgency } from '../../shared/domain/categories';
import { distanceMetres } from '../../shared/domain/geo';
import { AppError } from '../../server/src/errors';
import { decideRouting, place, type RoutingInput } from '../../server/src/features/applications/routing-decision';
import { DEFAULT_ROUTING_RULES, type TRoutingRules } from '../../server/src/features/applications/routing-rules';
import { POINTS, referenceData } from './support/reference';

const rules = DEFAULT_ROUTING_RULES;
const ref = referenceData();
const input = (over: Partial<RoutingInput>): RoutingInput => ({
  categories: ['basic_living'],
  urgency: 'normal',
  ...over,
});
const HOUR = 3600_000;
const NOW = new Date('2026-11-30T02:00:00Z'); // Monday 10:00 in Hangzhou

/** The AppError `fn` throws (fails the test when it throws nothing or something else). */
function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('place: a division code', () => {
  it.each([
    [
      'a community',
      '330106005055',
      POINTS.cuiyuan1,
      'community',
      '330106005055',
      '330106005000',
      '您填写的地址属于翠苑一区社区',
    ],
    [
      'a village (its town is the street)',
      '330106109233',
      POINTS.raocheng,
      'community',
      '330106109233',
      '330106109000',
      '您填写的地址属于绕城村',
    ],
    ['only a street', '330106005000', POINTS.cuiyuan, 'street', null, '330106005000', '您只选择了翠苑街道'],
    ['only a town', '330106109000', POINTS.sandun, 'street', null, '330106109000', '您只选择了三墩镇'],
    ['only the district', '330106000000', POINTS.hub, 'district', null, null, '区级助联体会帮您找到最近的服务点'],
  ])('%s (%s)', (_what, divisionCode, point, rule, division, street, why) => {
    const placed = place(ref, rules, input({ divisionCode }));
    expect(placed).toMatchObject({ point, rule, divisionCode: division, streetCode: street, flags: [] });
    expect(placed.why).toContain(why);
    expect(placed.distance).toBeUndefined();
  });

  it('wins over coordinates, even coordinates far outside the district', () => {
    expect(place(ref, rules, input({ divisionCode: '330106005056', lat: 31.23, lng: 121.47 }))).toMatchObject({
      point: POINTS.cuiyuan2,
      rule: 'community',
    });
  });

  it.each([['330105001001'], ['330102000000'], ['110105000000']])(
    '%s (another district) → the hub, flagged out of district, with the advice',
    (divisionCode) => {
      const placed = place(ref, rules, input({ divisionCode }));
      expect(placed).toMatchObject({
        point: POINTS.hub,
        rule: 'out_of_district',
        divisionCode: null,
        streetCode: null,
        flags: ['out_of_district'],
      });
      expect(placed.why).toContain(rules.outOfDistrictAdvice);
    },
  );

  it('refuses an unknown code inside the district, naming the field', () => {
    const err = appErrorOf(() => place(ref, rules, input({ divisionCode: '330106999999' })));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details?.[0]?.field).toBe('divisionCode');
  });

  it('never falls back to another point when the division has none: 503, try later', () => {
    expect(appErrorOf(() => place(ref, rules, input({ divisionCode: '330106007050' }))).code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(
      appErrorOf(() => place(referenceData({ without: ['hub'] }), rules, input({ divisionCode: '330105001001' }))).code,
    ).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('place: coordinates only', () => {
  it.each([
    ['next to a community point', 30.2922, 120.1179, POINTS.cuiyuan1, '330106005055', '330106005000'],
    ['next to a street station', 30.2796, 120.1146, POINTS.gudang, null, '330106007000'],
    ['next to a town station', 30.3306, 120.0884, POINTS.sandun, null, '330106109000'],
  ])('%s → that point, with the distance', (_what, lat, lng, point, divisionCode, streetCode) => {
    const placed = place(ref, rules, input({ lat, lng }));
    expect(placed).toMatchObject({ point, rule: 'coordinates', divisionCode, streetCode, flags: [] });
    expect(placed.distance).toBeLessThan(200);
    expect(placed.why).toBe(`离您所在的位置约 ${placed.distance} 米`);
  });

  it('uses only points with coordinates, never one without （翠苑二区 has none）', () => {
    const placed = place(referenceData({ without: ['cuiyuan1'] }), rules, input({ lat: 30.2921, lng: 120.1178 }));
    expect(placed.point).toBe(POINTS.cuiyuan);
  });

  it('matches up to the radius inclusive; one metre beyond goes to the hub unflagged', () => {
    const here = { lat: 30.255, lng: 120.1 };
    const nearest = Math.min(...ref.pointsWithCoordinates.map((p) => distanceMetres(here, p)));
    const within: TRoutingRules = { ...rules, maxCoordinateDistanceMetres: nearest };
    expect(place(ref, within, input(here))).toMatchObject({ rule: 'coordinates', distance: nearest });
    const beyond: TRoutingRules = { ...rules, maxCoordinateDistanceMetres: nearest - 1 };
    expect(place(ref, beyond, input(here))).toMatchObject({
      point: POINTS.hub,
      rule: 'coordinates_unmatched',
      divisionCode: null,
      streetCode: null,
      flags: [],
    });
  });

  it.each([
    ['Shanghai', 31.23, 121.47],
    ['just north of the district box', 30.4001, 120.1],
    ['just west of the district box', 30.2, 119.9499],
  ])('outside the district (%s) → the hub, flagged', (_what, lat, lng) => {
    expect(place(ref, rules, input({ lat, lng }))).toMatchObject({
      point: POINTS.hub,
      rule: 'out_of_district',
      flags: ['out_of_district'],
    });
  });

  it.each([
    ['nothing', {}],
    ['a latitude without longitude', { lat: 30.29 }],
    ['a longitude without latitude', { lng: 120.1 }],
  ])('refuses %s, asking for a place', (_what, where) => {
    const err = appErrorOf(() => place(ref, rules, input(where)));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details).toEqual([{ field: 'divisionCode', message: expect.stringContaining('允许获取您的位置') }]);
  });
});

describe('decideRouting', () => {
  const decide = (over: Partial<RoutingInput>, r: TRoutingRules = rules, version = 7) =>
    decideRouting(ref, { version, rules: r }, NOW, input({ divisionCode: '330106005055', ...over }));

  it.each<[Urgency, number, boolean]>([
    ['emergency', 24, true],
    ['urgent', 48, false],
  ])(
    '%s: due in %i hours from now, flagged only when an emergency, station alerted only then',
    (urgency, hours, emergency) => {
      const d = decide({ urgency });
      expect(d.dueAt.getTime() - NOW.getTime()).toBe(hours * HOUR);
      expect(d.flags.includes('emergency')).toBe(emergency);
      expect(d.alertStation).toBe(emergency);
    },
  );

  it('takes deadlines and the alert from the rules in force, and records their version', () => {
    const custom: TRoutingRules = {
      ...rules,
      deadlines: { ...rules.deadlines, emergency: { hours: 6 } },
      alertStationOnEmergency: false,
    };
    const d = decide({ urgency: 'emergency' }, custom, 3);
    expect(d.dueAt.getTime() - NOW.getTime()).toBe(6 * HOUR);
    expect(d.alertStation).toBe(false);
    expect(d.ruleVersion).toBe(3);
    expect(d.reason.ruleVersion).toBe(3);
  });

  it.each<[string, Category[], string[], string[]]>([
    [
      'medical and education',
      ['medical', 'education'],
      ['health', 'medical_security', 'education'],
      ['d-health', 'd-medsec', 'd-edu'],
    ],
    ['two needs of one department, suggested once', ['basic_living', 'elderly_care'], ['civil_affairs'], ['d-civil']],
    [
      'a department the district does not have (housing), left out',
      ['housing', 'medical'],
      ['health', 'medical_security'],
      ['d-health', 'd-medsec'],
    ],
    ['no department needed', ['other'], [], []],
  ])('suggests departments: %s', (_what, categories, codes, ids) => {
    const d = decide({ categories });
    expect(d.reason.departments).toEqual(codes);
    expect(d.suggestedDepartmentIds).toEqual(ids);
  });

  it('tells the applicant where it went, why, and who may help, in one sentence', () => {
    expect(decide({ categories: ['medical'] }).reason.applicantText).toBe(
      '已分派至翠苑一区社区助联服务点：您填写的地址属于翠苑一区社区；可能需要区卫生健康局、区医保局协助',
    );
    expect(decide({ categories: ['other'] }).reason.applicantText).toBe(
      '已分派至翠苑一区社区助联服务点：您填写的地址属于翠苑一区社区',
    );
  });

  it.each<[Category[], boolean]>([
    [[], true],
    [['other'], true],
    [['other', 'medical'], false],
    [['legal'], false],
  ])('categories %j → unclassified: %s (still routed)', (categories, unclassified) => {
    const d = decide({ categories });
    expect(d.flags.includes('unclassified')).toBe(unclassified);
    expect(d.point).toBe(POINTS.cuiyuan1);
  });

  it('keeps the placement flags beside its own: out of district, emergency, unclassified', () => {
    const d = decide({ divisionCode: '330105001001', urgency: 'emergency', categories: [] });
    expect(d.flags.sort()).toEqual(['emergency', 'out_of_district', 'unclassified']);
    expect(d.point).toBe(POINTS.hub);
  });

  it('records the distance only for a coordinates decision', () => {
    expect(decide({ divisionCode: undefined, lat: 30.2922, lng: 120.1179 }).reason).toMatchObject({
      rule: 'coordinates',
      distanceMetres: expect.any(Number),
    });
    expect('distanceMetres' in decide({}).reason).toBe(false);
  });
});
