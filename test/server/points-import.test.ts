/** admin.points.import: a dry run lists changes and row errors and writes nothing; applying writes exactly those rows. */
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { auditLog, servicePoints } from '../../server/src/db/schema';
import { ZPointImportResult } from '../../shared/schemas/points';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const CUIYUAN = '330106005000';
type P = { id: string; name: string; divisionCode: string; level: string };
let points: P[];
let admin: string;

beforeAll(async () => {
  points = (await post(t, 'servicePoints.list', { streetCode: CUIYUAN, level: 'community_point' })).body.data.items;
  admin = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
});

const snapshot = async () => (await t.deps.db.select().from(servicePoints)).map((p) => JSON.stringify(p)).sort();

async function xlsxBase64(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务点');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const HEADER = ['服务点编码', '名称', '地址', '电话', '经度', '纬度', '开放时间'];

describe('admin.points.import', () => {
  it('401, 403 for stations and point staff, 400 naming format/content/dryRun', async () => {
    const body = { format: 'csv', content: '名称,电话\n', dryRun: true };
    expect((await post(t, 'admin.points.import', body)).status).toBe(401);
    const station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: CUIYUAN }] });
    expect((await post(t, 'admin.points.import', body, station.accessToken)).status).toBe(403);
    expect((await post(t, 'admin.points.import', { ...body, format: 'xls' }, admin)).body.details[0].field).toBe(
      'format',
    );
    expect((await post(t, 'admin.points.import', { ...body, content: '' }, admin)).body.details[0].field).toBe(
      'content',
    );
    expect((await post(t, 'admin.points.import', { format: 'csv', content: 'x' }, admin)).body.details[0].field).toBe(
      'dryRun',
    );
    const broken = await post(
      t,
      'admin.points.import',
      { format: 'xlsx', content: 'bm90IGEgemlw', dryRun: true },
      admin,
    );
    expect(broken.status).toBe(400);
    expect(broken.body.details[0]).toEqual({
      field: 'content',
      message: '读不出这个 Excel 文件，请另存为 .xlsx 后再试',
    });
  });

  it('a CSV dry run lists every row error in Chinese naming row and column, and changes nothing', async () => {
    const before = await snapshot();
    const csv = [
      HEADER.join(','),
      `${points[0]!.divisionCode},${points[0]!.name},"翠苑路 1 号, 2 楼",0571-88881111,120.1201,30.2801,周一至周五 08:30-17:00；节假日休息`,
      `${points[1]!.divisionCode},,,call me,,,`,
      `330106999999,,,,,,`,
      `,不存在的服务点,,,,,`,
      `${points[2]!.divisionCode},错的名字,,,,,`,
      `${points[3]!.divisionCode},,,,30.28,120.12,`,
      `${points[4]!.divisionCode},,,,120.12,,`,
      `${points[5]!.divisionCode},,,,,,周八 9点`,
      `${points[0]!.divisionCode},,,,,,`,
    ].join('\r\n');
    const res = await post(t, 'admin.points.import', { format: 'csv', content: csv, dryRun: true }, admin);
    expect(res.status).toBe(200);
    const r = ZPointImportResult.parse(res.body.data);
    expect(r).toMatchObject({ dryRun: true, applied: false, rows: 9 });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.row).toBe(2);
    expect(r.changes[0]!.fields.map((f) => [f.label, f.from, f.to])).toEqual([
      ['地址', '（空）', '翠苑路 1 号, 2 楼'],
      ['电话', '（空）', '0571-88881111'],
      ['纬度', '（空）', '30.2801'],
      ['经度', '（空）', '120.1201'],
      ['开放时间', '周一至周五 08:30–12:00、13:30–17:30', '周一至周五 08:30–17:00；节假日休息'],
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      '第 3 行「电话」：电话号码格式不对，应像 0571-88888888 或 13800000000',
      '第 4 行「服务点编码」：没有编码为 330106999999 的服务点，编码应为 12 位数字',
      '第 5 行「名称」：没有叫“不存在的服务点”的服务点',
      `第 6 行「名称」：编码 ${points[2]!.divisionCode} 是“${points[2]!.name}”，和这里写的名称对不上`,
      '第 7 行「纬度」：经度和纬度好像填反了：西湖区的纬度约 30.2，经度约 120.1',
      '第 8 行「纬度」：经度和纬度要一起填写',
      '第 9 行「开放时间」：看不懂“周八 9点”，应像“周一至周五 08:30-17:30”',
      '第 10 行「服务点编码」：和第 2 行是同一个服务点',
    ]);
    expect(r.errors[0]).toMatchObject({ row: 3, column: '电话' });
    expect(await snapshot()).toEqual(before);
    // applying a table with errors is refused and writes nothing
    const applied = await post(t, 'admin.points.import', { format: 'csv', content: csv, dryRun: false }, admin);
    expect(applied.status).toBe(400);
    expect(applied.body.details[0].field).toBe('content');
    expect(await snapshot()).toEqual(before);
  });

  it('names a header without a point column', async () => {
    const r = (
      await post(t, 'admin.points.import', { format: 'csv', content: '电话\n0571-88881111', dryRun: true }, admin)
    ).body.data;
    expect(r.errors[0].message).toBe('第 1 行「表头」：要有「服务点编码」或「名称」这一列');
  });

  it('an XLSX built with exceljs: dry run, then apply changes exactly those rows in one go, audited', async () => {
    const content = await xlsxBase64([
      HEADER,
      [
        points[0]!.divisionCode,
        points[0]!.name,
        '翠苑路 1 号',
        '88881111',
        120.1201,
        30.2801,
        '周一至周六 09:00-17:00',
      ],
      [points[1]!.divisionCode, '', '', '13800000001', '', '', ''],
      ['', points[2]!.name, '', '', '', '', ''], // nothing to change
    ]);
    const before = await t.deps.db.select().from(servicePoints);
    const dry = ZPointImportResult.parse(
      (await post(t, 'admin.points.import', { format: 'xlsx', content, dryRun: true }, admin)).body.data,
    );
    expect(dry.errors).toEqual([]);
    expect(dry.changes.map((c) => c.pointId)).toEqual([points[0]!.id, points[1]!.id]);
    expect(dry.unchanged).toBe(1);
    expect(JSON.stringify(await t.deps.db.select().from(servicePoints))).toBe(JSON.stringify(before));

    const res = await post(t, 'admin.points.import', { format: 'xlsx', content, dryRun: false }, admin);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ applied: true, changes: dry.changes });
    const after = await t.deps.db.select().from(servicePoints);
    const changed = after.filter((a) => JSON.stringify(a) !== JSON.stringify(before.find((b) => b.id === a.id)));
    expect(changed.map((c) => c.id).sort()).toEqual([points[0]!.id, points[1]!.id].sort());
    const first = after.find((p) => p.id === points[0]!.id)!;
    expect(first).toMatchObject({
      address: '翠苑路 1 号',
      phone: '0571-88881111',
      lat: 30.2801,
      lng: 120.1201,
      isSampleContact: false,
    });
    expect(first.openingSchedule).toEqual({
      weekly: [{ days: [1, 2, 3, 4, 5, 6], open: '09:00', close: '17:00' }],
      isSample: false,
    });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'service_point.import'));
    expect(audit.map((a) => a.entityId).sort()).toEqual([points[0]!.id, points[1]!.id].sort());
    // shown at once: the point's contact plan uses the imported phone
    expect((await post(t, 'servicePoints.contact', { id: points[1]!.id })).body.data.call.number).toBe('13800000001');
    // importing the same table again changes nothing
    const again = (await post(t, 'admin.points.import', { format: 'xlsx', content, dryRun: true }, admin)).body.data;
    expect(again).toMatchObject({ changes: [], unchanged: 3 });
  });

  it('a hub member may import; tab-separated text pasted from Excel is read too', async () => {
    const hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    const pasted = `名称\t电话\n${points[6]!.name}\t0571-88886666`;
    const r = (await post(t, 'admin.points.import', { format: 'csv', content: pasted, dryRun: true }, hub.accessToken))
      .body.data;
    expect(r.errors).toEqual([]);
    expect(r.changes[0].fields[0]).toMatchObject({ label: '电话', to: '0571-88886666' });
  });
});
