/**
 * Who may see which case (features/cases/scope.ts): a point's staff see their point's cases, a station's
 * staff every case of their street/town, the hub everything, a department officer none through the staff
 * scope (only live referrals, checked in SQL). Memberships add up; a membership whose point is gone grants nothing.
 */
import type { MembershipRow, PrincipalRow } from '../../server/src/features/auth/auth.repo';
import { toPrincipal } from '../../server/src/features/auth/principal';
import { hasStaffScope, inStaffScope, scopeOf } from '../../server/src/features/cases/scope';

const CUIYUAN = '330106005000';
const GUDANG = '330106007000';
const none = {
  pointId: null,
  pointName: null,
  pointLevel: null,
  pointDivision: null,
  deptId: null,
  deptCode: null,
  deptName: null,
};
const m = {
  point: (pointId: string, division: string): MembershipRow => ({
    ...none,
    role: 'point_staff',
    pointId,
    pointName: '服务点',
    pointLevel: 'community_point',
    pointDivision: division,
  }),
  station: (pointId: string, street: string): MembershipRow => ({
    ...none,
    role: 'station_staff',
    pointId,
    pointName: '服务站',
    pointLevel: 'street_station',
    pointDivision: street,
  }),
  hub: (): MembershipRow => ({
    ...none,
    role: 'hub_staff',
    pointId: 'p-hub',
    pointName: '西湖区助联体',
    pointLevel: 'district_hub',
    pointDivision: '330106000000',
  }),
  officer: (deptId: string): MembershipRow => ({
    ...none,
    role: 'dept_officer',
    deptId,
    deptCode: 'civil_affairs',
    deptName: '区民政局',
  }),
  admin: (): MembershipRow => ({ ...none, role: 'admin' }),
};
const principalOf = (...memberships: MembershipRow[]) => {
  const row: PrincipalRow = {
    id: 'u-1',
    displayName: '测试',
    phoneEnc: null,
    demoKey: null,
    authVersion: 0,
    sessionExpiresAt: new Date(0),
    memberships,
  };
  return toPrincipal(row, 's-1');
};

/** Cases by where they are: the point that holds them and the street/town they belong to. */
const CASES = {
  cuiyuan1: { servicePointId: 'p-cuiyuan1', streetCode: CUIYUAN },
  cuiyuan2: { servicePointId: 'p-cuiyuan2', streetCode: CUIYUAN },
  cuiyuanStation: { servicePointId: 'p-cuiyuan', streetCode: CUIYUAN },
  /** escalated from 翠苑 to the hub: still of that street */
  cuiyuanAtHub: { servicePointId: 'p-hub', streetCode: CUIYUAN },
  gudang1: { servicePointId: 'p-gudang1', streetCode: GUDANG },
  gudangStation: { servicePointId: 'p-gudang', streetCode: GUDANG },
  /** out of district: the hub's triage, no street */
  outside: { servicePointId: 'p-hub', streetCode: null },
  unrouted: { servicePointId: null, streetCode: null },
};
type CaseName = keyof typeof CASES;
const ALL = Object.keys(CASES) as CaseName[];

describe('inStaffScope: who sees which case', () => {
  it.each<[string, MembershipRow[], CaseName[]]>([
    ['a point worker of 翠苑一区', [m.point('p-cuiyuan1', '330106005055')], ['cuiyuan1']],
    [
      'a station worker of 翠苑',
      [m.station('p-cuiyuan', CUIYUAN)],
      ['cuiyuan1', 'cuiyuan2', 'cuiyuanStation', 'cuiyuanAtHub'],
    ],
    ['the hub', [m.hub()], ALL],
    ['a department officer only', [m.officer('d-civil')], []],
    ['an admin only', [m.admin()], []],
    ['nobody (a resident)', [], []],
    [
      'a point worker who is also an officer',
      [m.officer('d-civil'), m.point('p-cuiyuan1', '330106005055')],
      ['cuiyuan1'],
    ],
    [
      'points in two streets',
      [m.point('p-cuiyuan1', '330106005055'), m.point('p-gudang1', '330106007050')],
      ['cuiyuan1', 'gudang1'],
    ],
    [
      'a point in one street and the station of another',
      [m.point('p-cuiyuan1', '330106005055'), m.station('p-gudang', GUDANG)],
      ['cuiyuan1', 'gudang1', 'gudangStation'],
    ],
    [
      'stations of two streets',
      [m.station('p-cuiyuan', CUIYUAN), m.station('p-gudang', GUDANG)],
      ['cuiyuan1', 'cuiyuan2', 'cuiyuanStation', 'cuiyuanAtHub', 'gudang1', 'gudangStation'],
    ],
    ['a station worker who is also at the hub', [m.station('p-gudang', GUDANG), m.hub()], ALL],
  ])('%s', (_who, memberships, visible) => {
    const scope = scopeOf(principalOf(...memberships));
    expect(ALL.filter((name) => inStaffScope(scope, CASES[name]))).toEqual(visible);
  });

  it('grants nothing for a membership whose point is gone (deactivated or deleted)', () => {
    const orphaned: MembershipRow[] = [
      { ...m.point('x', '330106005055'), pointId: null, pointDivision: null },
      { ...m.station('x', CUIYUAN), pointId: null, pointDivision: null },
      { ...m.hub(), pointId: null, pointDivision: null },
    ];
    const scope = scopeOf(principalOf(...orphaned));
    expect(hasStaffScope(scope)).toBe(false);
    expect(ALL.filter((name) => inStaffScope(scope, CASES[name]))).toEqual([]);
  });

  it('a station worker stops seeing a case transferred to another street, and sees its own triage queue', () => {
    const scope = scopeOf(principalOf(m.station('p-cuiyuan', CUIYUAN)));
    expect(inStaffScope(scope, { servicePointId: 'p-gudang1', streetCode: GUDANG })).toBe(false);
    expect(inStaffScope(scope, { servicePointId: 'p-cuiyuan', streetCode: null })).toBe(true); // its own triage queue
  });
});

describe('scopeOf and hasStaffScope', () => {
  it.each<[string, MembershipRow[], boolean, string[]]>([
    ['a point worker', [m.point('p-cuiyuan1', '330106005055')], true, []],
    ['an officer', [m.officer('d-civil')], false, ['d-civil']],
    ['an officer of two departments', [m.officer('d-civil'), m.officer('d-health')], false, ['d-civil', 'd-health']],
    ['a point worker and officer', [m.point('p-cuiyuan1', '330106005055'), m.officer('d-civil')], true, ['d-civil']],
    ['the hub', [m.hub()], true, []],
    ['an admin', [m.admin()], false, []],
  ])('%s: works cases at a point = %s, departments %j', (_who, memberships, staff, deptIds) => {
    const scope = scopeOf(principalOf(...memberships));
    expect(hasStaffScope(scope)).toBe(staff);
    expect(scope.deptIds).toEqual(deptIds);
  });

  it('collects every point and street of several memberships, and the district flag only from the hub', () => {
    const scope = scopeOf(
      principalOf(
        m.point('p-cuiyuan1', '330106005055'),
        m.station('p-gudang', GUDANG),
        m.station('p-cuiyuan', CUIYUAN),
      ),
    );
    expect(scope).toEqual({
      pointIds: ['p-cuiyuan1'],
      streetCodes: [GUDANG, CUIYUAN],
      stationPointIds: ['p-gudang', 'p-cuiyuan'],
      district: false,
      deptIds: [],
    });
    expect(scopeOf(principalOf(m.hub())).district).toBe(true);
  });
});
