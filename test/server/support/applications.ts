/**
 * Realistic application rows inserted through the repository (intake through the API lands separately): personal
 * fields sealed as the intake seals them, encrypted ID and phone with blind indexes, routed to the point of a division code you name, with a stored
 * routing reason (routing_reason jsonb, rule version 1).
 */
import { and, eq } from 'drizzle-orm';
import { makeReferenceNumber } from '../../../shared/domain/application-status';
import { idCheckCharacter } from '../../../shared/domain/identity';
import { divisions, servicePoints } from '../../../server/src/db/schema';
import { insertApplication, type NewApplication } from '../../../server/src/features/applications/applications.repo';
import { seededRandom } from '../../support/fc-seed';
import { buildUser } from './factories';
import type { TestContext } from './harness';

export type ApplicationSpec = Partial<NewApplication> & {
  /** Community/village code → its point; street/town code → its station; 330106000000 → the hub. */
  routeTo?: string;
  idNumber?: string | null;
  phone?: string | null;
};

/** Integers in [0, n), drawn from FC_SEED: the same rows on every run. */
const random = seededRandom('support/applications');
const randomInt = (n: number) => Math.floor(random() * n);

/** A valid GB 11643 ID number born on `birth` (yyyymmdd). */
export function makeIdNumber(birth = '19800101', seq = String(100 + randomInt(899))): string {
  const first17 = `330106${birth}${seq}`;
  return first17 + idCheckCharacter(first17);
}

/** Resolves a division code to its service point and street/town code. */
export async function pointFor(t: TestContext, code: string) {
  const [division] = await t.deps.db.select().from(divisions).where(eq(divisions.code, code));
  if (!division) throw new Error(`unknown division ${code}`);
  const level =
    division.level === 'district'
      ? 'district_hub'
      : division.level === 'street' || division.level === 'town'
        ? 'street_station'
        : 'community_point';
  const [point] = await t.deps.db.select().from(servicePoints).where(eq(servicePoints.divisionCode, code));
  if (!point || point.level !== level) throw new Error(`no ${level} for ${code}`);
  const streetCode = level === 'community_point' ? division.parentCode : level === 'street_station' ? code : null;
  return { point, division, streetCode };
}

/** Opens or closes the station of a street/town (there is no API for it: an admin does it in the database). */
export async function setStationActive(t: TestContext, streetCode: string, active: boolean): Promise<void> {
  await t.deps.db
    .update(servicePoints)
    .set({ active })
    .where(and(eq(servicePoints.level, 'street_station'), eq(servicePoints.divisionCode, streetCode)));
}

/** Inserts one application routed to `spec.routeTo` (default 翠苑一区, 330106005055) and returns the row. */
export async function buildApplication(t: TestContext, spec: ApplicationSpec = {}) {
  const { routeTo = '330106005055', idNumber = makeIdNumber(), phone = '13912345678', ...columns } = spec;
  const { point, division, streetCode } = await pointFor(t, routeTo);
  const applicant = columns.applicantUserId ?? (await buildUser(t, { displayName: '申请人' })).id;
  const now = t.clock.now();
  const { cipher } = t.deps;
  const insert = () =>
    insertApplication(t.deps.db, cipher, {
      refNo: makeReferenceNumber(now, randomInt),
      channel: 'self',
      applicantUserId: applicant,
      subjectName: '王秀英',
      subjectIdEnc: idNumber ? cipher.encrypt(idNumber) : null,
      subjectIdHash: idNumber ? cipher.blindIndex(idNumber) : null,
      subjectPhoneEnc: phone ? cipher.encrypt(phone) : null,
      subjectPhoneHash: phone ? cipher.blindIndex(phone) : null,
      divisionCode: division.level === 'district' ? null : routeTo,
      streetCode,
      address: `${division.name}3幢2单元501室`,
      needTier: 'survival',
      categories: ['basic_living', 'medical'],
      targetGroup: 'dibao',
      urgency: 'normal',
      description: '老伴住院，家里只剩我一个人，药费负担很重，想了解能申请哪些帮助。',
      servicePointId: point.id,
      routingReason: {
        rule:
          division.level === 'district'
            ? 'out_of_district'
            : division.level === 'community' || division.level === 'village'
              ? 'community'
              : 'street',
        applicantText: `已分派至${point.name}：您填写的地址属于${division.name}`,
        departments: [],
        ruleVersion: 1,
      },
      routingRuleVersion: 1,
      dueAt: new Date(now.getTime() + 3 * 24 * 3600 * 1000),
      createdAt: now,
      updatedAt: now,
      ...columns,
    });
  // a reference number already taken (drawn here or by the intake) is drawn again, as the intake does
  for (let draw = 0; draw < 5; draw++) {
    const row = await insert();
    if (row) return row;
  }
  throw new Error('buildApplication: no free reference number in 5 draws');
}
