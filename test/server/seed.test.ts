/** The seeded organisation (NBS 2023 Xihu divisions, service points, departments, demo users) and seed idempotency. */
import { asc, sql } from 'drizzle-orm';
import {
  isCommunityLevel,
  isStreetLevel,
  streetCodeOf,
  XIHU_DISTRICT_CODE,
  type DivisionLevel,
} from '../../shared/domain/divisions';
import { queryRows } from '../../server/src/db/client';
import { departments, divisions, memberships, servicePoints, users } from '../../server/src/db/schema';
import { seed } from '../../server/src/db/seed';
import { parseCsv } from '../../server/src/db/seed/csv';
import { DEMO_USERS } from '../../server/src/db/seed/demo-users';
import { useTestApp } from './support/harness';

const t = useTestApp();

const countBy = async (table: 'divisions' | 'service_points') =>
  Object.fromEntries(
    (
      await queryRows<{ level: string; n: number }>(
        t.deps.db,
        sql`select level, count(*)::int as n from ${sql.identifier(table)} group by level`,
      )
    ).map((r) => [r.level, r.n]),
  );

/** Every row of every seeded table, in a stable order. */
async function snapshot() {
  const db = t.deps.db;
  return {
    divisions: await db.select().from(divisions).orderBy(asc(divisions.code)),
    servicePoints: await db.select().from(servicePoints).orderBy(asc(servicePoints.id)),
    departments: await db.select().from(departments).orderBy(asc(departments.id)),
    users: await db.select().from(users).orderBy(asc(users.id)),
    memberships: await db.select().from(memberships).orderBy(asc(memberships.id)),
  };
}

describe('seeded organisation', () => {
  it('has 235 divisions: 1 district, 10 streets, 2 towns, 181 communities, 41 villages', async () => {
    expect(await countBy('divisions')).toEqual({ district: 1, street: 10, town: 2, community: 181, village: 41 });
    const [district] = await queryRows<{ code: string; name: string; parent_code: string | null }>(
      t.deps.db,
      sql`select code, name, parent_code from divisions where level = 'district'`,
    );
    expect(district).toEqual({ code: XIHU_DISTRICT_CODE, name: '西湖区', parent_code: null });
  });

  it('has 235 service points: 1 hub, 12 stations, 222 community points, one per division', async () => {
    expect(await countBy('service_points')).toEqual({ district_hub: 1, street_station: 12, community_point: 222 });
    const [row] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(distinct division_code)::int as n from service_points`,
    );
    expect(row!.n).toBe(235);
  });

  it('attaches every point to a division of the matching level', async () => {
    const rows = await queryRows<{
      code: string;
      point: string;
      level: DivisionLevel;
      parent_code: string | null;
      parent_level: DivisionLevel | null;
    }>(
      t.deps.db,
      sql`select d.code, sp.level as point, d.level, d.parent_code, p.level as parent_level
          from service_points sp join divisions d on d.code = sp.division_code left join divisions p on p.code = d.parent_code`,
    );
    const community = rows.filter((r) => r.point === 'community_point');
    expect(community).toHaveLength(222);
    for (const r of community) {
      expect(isCommunityLevel(r.level)).toBe(true);
      expect(isStreetLevel(r.parent_level!)).toBe(true);
      expect(r.parent_code).toBe(streetCodeOf(r.code));
    }
    const stations = rows.filter((r) => r.point === 'street_station');
    expect(stations.every((r) => isStreetLevel(r.level) && r.parent_code === XIHU_DISTRICT_CODE)).toBe(true);
    expect(rows.filter((r) => r.point === 'district_hub').map((r) => r.code)).toEqual([XIHU_DISTRICT_CODE]);
  });

  it('gives coordinates only to the 3 stations whose public source states them', async () => {
    const located = await queryRows<{ division_code: string; level: string; lat: number; lng: number }>(
      t.deps.db,
      sql`select division_code, level, lat, lng from service_points where lat is not null or lng is not null order by division_code`,
    );
    expect(located).toEqual([
      { division_code: '330106007000', level: 'street_station', lat: 30.27861, lng: 120.11389 },
      { division_code: '330106008000', level: 'street_station', lat: 30.24176, lng: 120.1154 },
      { division_code: '330106110000', level: 'street_station', lat: 30.0927, lng: 120.06749 },
    ]);
    const addressed = await queryRows<{ division_code: string }>(
      t.deps.db,
      sql`select division_code from service_points where address is not null order by division_code`,
    );
    expect(addressed.map((r) => r.division_code)).toEqual([
      '330106008000',
      '330106009000',
      '330106010000',
      '330106110000',
    ]);
    const [phones] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from service_points where phone is not null or not is_sample_contact`,
    );
    expect(phones!.n).toBe(0);
  });

  it('has the 12 alliance departments, only civil affairs leading', async () => {
    const rows = await t.deps.db.select().from(departments).orderBy(asc(departments.sort));
    expect(rows).toHaveLength(12);
    expect(rows.filter((d) => d.isLead).map((d) => d.code)).toEqual(['civil_affairs']);
    expect(new Set(rows.map((d) => d.name)).size).toBe(12);
  });

  it('has the demo users with their memberships at the intended points', async () => {
    const rows = await queryRows<{
      demo_key: string;
      role: string | null;
      division_code: string | null;
      dept: string | null;
    }>(
      t.deps.db,
      sql`select u.demo_key, m.role, sp.division_code, d.code as dept from users u
          left join memberships m on m.user_id = u.id and m.revoked_at is null
          left join service_points sp on sp.id = m.service_point_id left join departments d on d.id = m.department_id
          where u.demo_key is not null order by u.demo_key`,
    );
    type Row = (typeof rows)[number];
    const expected = DEMO_USERS.flatMap((u): Row[] =>
      u.memberships.length === 0
        ? [{ demo_key: u.key, role: null, division_code: null, dept: null }]
        : u.memberships.map((m) => ({
            demo_key: u.key,
            role: m.role,
            division_code: m.divisionCode ?? null,
            dept: m.departmentCode ?? null,
          })),
    ).sort((a, b) => a.demo_key.localeCompare(b.demo_key));
    expect(DEMO_USERS).toHaveLength(9);
    expect(rows).toEqual(expected);
  });
});

describe('seed idempotency', () => {
  it('changes nothing when run again: same rows, same ids', async () => {
    const before = await snapshot();
    expect(before.memberships.length).toBeGreaterThan(0);
    const report = await seed(t.deps.db, { demo: true });
    expect(report).toEqual({ divisions: 235, servicePoints: 235, departments: 12, demoUsers: 9 });
    expect(await snapshot()).toEqual(before);
  });
});

describe(parseCsv.name, () => {
  it('reads quoted commas, doubled quotes, CRLF and blank lines', () => {
    const text = 'code,name,note\r\n1,"a, b","say ""hi"""\r\n\r\n2,c,\n3,"multi\nline",x';
    expect(parseCsv(text)).toEqual([
      { code: '1', name: 'a, b', note: 'say "hi"' },
      { code: '2', name: 'c', note: '' },
      { code: '3', name: 'multi\nline', note: 'x' },
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
