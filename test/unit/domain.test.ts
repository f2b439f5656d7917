/** Pure helpers of shared/domain: division codes and levels, roles and the point level each staff role needs. */
import fc from 'fast-check';
import {
  DIVISION_CODE_PATTERN,
  DIVISION_LEVELS,
  XIHU_DISTRICT_CODE,
  isCommunityLevel,
  isStreetLevel,
  streetCodeOf,
} from '../../shared/domain/divisions';
import {
  POINT_LEVELS,
  POINT_LEVEL_LABELS,
  POINT_LEVEL_OF_ROLE,
  ROLES,
  ROLE_LABELS,
  STAFF_ROLES,
} from '../../shared/domain/roles';

const code12 = fc.stringMatching(/^\d{12}$/);

describe(streetCodeOf.name, () => {
  it('maps a community or village to its street/town', () => {
    expect(streetCodeOf('330106005055')).toBe('330106005000'); // 翠苑一区社区 → 翠苑街道
    expect(streetCodeOf('330106109233')).toBe('330106109000'); // 绕城村 → 三墩镇
    expect(streetCodeOf('330106110000')).toBe('330106110000'); // a town is its own street
  });

  it('keeps the first 9 digits, zeroes the last 3, and is idempotent', () => {
    fc.assert(
      fc.property(code12, (code) => {
        const street = streetCodeOf(code);
        expect(street).toMatch(DIVISION_CODE_PATTERN);
        expect(street.slice(0, 9)).toBe(code.slice(0, 9));
        expect(street.endsWith('000')).toBe(true);
        expect(streetCodeOf(street)).toBe(street);
      }),
    );
  });
});

describe('DIVISION_CODE_PATTERN', () => {
  it('accepts exactly 12 digits', () => {
    expect(DIVISION_CODE_PATTERN.test(XIHU_DISTRICT_CODE)).toBe(true);
    for (const bad of ['33010600000', '3301060000000', '33010600000a', ' 330106000000', '３３０１０６０００００'])
      expect(DIVISION_CODE_PATTERN.test(bad)).toBe(false);
  });
});

describe('division levels', () => {
  it('splits the five levels into street-like, community-like and the district', () => {
    expect(DIVISION_LEVELS.filter(isStreetLevel)).toEqual(['street', 'town']);
    expect(DIVISION_LEVELS.filter(isCommunityLevel)).toEqual(['community', 'village']);
    expect(DIVISION_LEVELS.filter((l) => !isStreetLevel(l) && !isCommunityLevel(l))).toEqual(['district']);
  });
});

describe('roles', () => {
  it('has a Chinese label for every role and point level', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(POINT_LEVEL_LABELS).sort()).toEqual([...POINT_LEVELS].sort());
    for (const label of [...Object.values(ROLE_LABELS), ...Object.values(POINT_LEVEL_LABELS)])
      expect(label).toMatch(/^[\u4e00-\u9fa5]+$/);
  });

  it('makes every role but resident a staff role', () => {
    expect([...STAFF_ROLES].sort()).toEqual(ROLES.filter((r) => r !== 'resident').sort());
  });

  it('binds point, station and hub staff to one point level each, and nobody else', () => {
    expect(POINT_LEVEL_OF_ROLE).toEqual({
      point_staff: 'community_point',
      station_staff: 'street_station',
      hub_staff: 'district_hub',
    });
    expect(new Set(Object.values(POINT_LEVEL_OF_ROLE)).size).toBe(POINT_LEVELS.length);
  });
});
