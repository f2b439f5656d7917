/**
 * Idempotent seed: the real Xihu divisions (NBS 2023), one service point per community/village,
 * one station per street/town, the district hub, the 12 alliance departments and (in demo mode only, DEMO_MODE=true) demo accounts.
 * Every insert is ON CONFLICT DO NOTHING on a natural key, so running it twice changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { DIVISION_LEVELS, XIHU_DISTRICT_CODE, type DivisionLevel } from '../../../../shared/domain/divisions';
import type { PointLevel } from '../../../../shared/domain/roles';
import { SEED_DIR } from '../../lib/paths';
import { queryRows, type Db } from '../client';
import { departments, divisions, memberships, servicePoints, users } from '../schema';
import { seedPolicies } from './policies.seed';
import { POLICIES, STANDARDS } from './content';
import { seedContent } from './content.seed';
import { PROVIDERS, SERVICES, STORIES, livestreams } from './content';
import { seedRoutingRules } from './routing.seed';
import { parseCsv } from './csv';
import { DEMO_USERS } from './demo-users';
import { DEPARTMENTS } from './departments';
import { inTransaction } from '../transaction';

const SAMPLE_HOURS = '周一至周五 8:30-12:00,13:30-17:30（示例，以站点公布为准）';

export type SeedReport = { divisions: number; servicePoints: number; departments: number; demoUsers: number };

export async function seed(db: Db, options: { demo: boolean }): Promise<SeedReport> {
  const rows = parseCsv(fs.readFileSync(path.join(SEED_DIR, 'xihu-divisions.csv'), 'utf8'));
  const geo = new Map(
    parseCsv(fs.readFileSync(path.join(SEED_DIR, 'xihu-streets-geo.csv'), 'utf8')).map((r) => [r.code, r]),
  );

  await inTransaction(db, async (tx) => {
    await tx
      .insert(divisions)
      .values(
        rows.map((r) => ({
          code: r.code,
          name: r.name,
          level: levelOf(r),
          parentCode: r.code === XIHU_DISTRICT_CODE ? null : r.parent_code,
          shortName: r.short_name || null,
          urbanRuralClass: r.urban_rural_class || null,
        })),
      )
      .onConflictDoNothing();

    await tx
      .insert(servicePoints)
      .values(rows.map((r) => pointFor(r, geo.get(r.code))))
      .onConflictDoNothing();

    await tx
      .insert(departments)
      .values(DEPARTMENTS.map((d, i) => ({ code: d.code, name: d.name, isLead: d.isLead, sort: i })))
      .onConflictDoNothing();

    if (options.demo) await seedDemoUsers(tx);
    await seedRoutingRules(tx);

    await seedPolicies(tx, POLICIES, STANDARDS);
    await seedContent(
      tx,
      { livestreams: livestreams(new Date()), stories: STORIES, providers: PROVIDERS, services: SERVICES },
      new Date(),
    );
  });

  const [counts] = await queryRows<{ d: number; p: number; dep: number; u: number }>(
    db,
    sql`
      select (select count(*)::int from divisions) as d, (select count(*)::int from service_points) as p,
             (select count(*)::int from departments) as dep, (select count(*)::int from users where demo_key is not null) as u`,
  );
  return { divisions: counts!.d, servicePoints: counts!.p, departments: counts!.dep, demoUsers: counts!.u };
}

/** The CSV row's division level. @throws Error naming the row for a level outside DIVISION_LEVELS. */
function levelOf(r: Record<string, string>): DivisionLevel {
  const level = DIVISION_LEVELS.find((l) => l === r.level);
  if (!level) throw new Error(`seed division ${r.code} has an unknown level: ${r.level}`);
  return level;
}

function pointFor(r: Record<string, string>, g: Record<string, string> | undefined) {
  const level: PointLevel =
    r.level === 'district'
      ? 'district_hub'
      : r.level === 'street' || r.level === 'town'
        ? 'street_station'
        : 'community_point';
  const short = r.short_name || r.name;
  const name =
    level === 'district_hub'
      ? '西湖区助联体'
      : level === 'street_station'
        ? `${short}助联服务站`
        : `${short}助联服务点`;
  return {
    level,
    divisionCode: r.code!,
    name,
    // street office address and coordinates only where a public source states them; never invented
    address: g?.office_address || null,
    lat: g?.lat ? Number(g.lat) : null,
    lng: g?.lng ? Number(g.lng) : null,
    phone: null,
    openingHours: SAMPLE_HOURS,
    isSampleContact: true,
  };
}

async function seedDemoUsers(db: Db): Promise<void> {
  for (const demo of DEMO_USERS) {
    await db
      .insert(users)
      .values({
        demoKey: demo.key,
        displayName: demo.displayName,
        demoDescription: demo.description,
        openid: `demo:${demo.key}`,
      })
      .onConflictDoNothing();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.demoKey, demo.key));
    for (const m of demo.memberships) {
      const servicePointId = m.divisionCode ? await pointIdOf(db, m.divisionCode) : null;
      const departmentId = m.departmentCode
        ? (await db.select({ id: departments.id }).from(departments).where(eq(departments.code, m.departmentCode)))[0]!
            .id
        : null;
      const existing = await db
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.userId, user!.id), eq(memberships.role, m.role), isNull(memberships.revokedAt)));
      if (existing.length === 0) {
        await db.insert(memberships).values({ userId: user!.id, role: m.role, servicePointId, departmentId });
      }
    }
  }
}

async function pointIdOf(db: Db, divisionCode: string): Promise<string> {
  const [point] = await db
    .select({ id: servicePoints.id })
    .from(servicePoints)
    .where(eq(servicePoints.divisionCode, divisionCode));
  if (!point) throw new Error(`No service point for division ${divisionCode}`);
  return point.id;
}
