import { ZDistrictOverview, ZDivisionList, ZServicePointList } from '../../shared/schemas/org';
import { post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

describe('org.overview', () => {
  it('lists the 10 streets and 2 towns of Xihu with their stations and community counts', async () => {
    const res = await post(t, 'org.overview');
    expect(res.status).toBe(200);
    const data = ZDistrictOverview.parse(res.body.data);
    expect(data.district.name).toBe('西湖区');
    expect(data.hub?.name).toBe('西湖区助联体');
    expect(data.streets).toHaveLength(12);
    expect(data.streets.filter((s) => s.level === 'town').map((s) => s.name)).toEqual(['三墩镇', '双浦镇']);
    expect(data.streets.reduce((n, s) => n + s.communityCount, 0)).toBe(222);
    const cuiyuan = data.streets.find((s) => s.code === '330106005000');
    expect(cuiyuan?.station?.name).toBe('翠苑街道助联服务站');
    expect(data.streets.every((s) => s.station !== null)).toBe(true);
  });

  it('refuses unknown fields, naming them', async () => {
    const res = await post(t, 'org.overview', { streetCode: '1' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(res.body.details[0].field).toBe('streetCode');
  });
});

describe('divisions.list', () => {
  it('lists the communities of a street', async () => {
    const res = await post(t, 'divisions.list', { parentCode: '330106005000' });
    expect(res.status).toBe(200);
    const names = ZDivisionList.parse(res.body.data).items.map((d) => d.name);
    expect(names).toContain('翠苑一区社区');
  });

  it('names the field when the code is malformed', async () => {
    const res = await post(t, 'divisions.list', { parentCode: '3301' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'parentCode', message: '地区编码应为12位数字' }]);
  });

  it('answers 404 for a well-formed code that does not exist', async () => {
    const res = await post(t, 'divisions.list', { parentCode: '330106999000' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('servicePoints.list', () => {
  it("lists a street's station first, then one point per community", async () => {
    const res = await post(t, 'servicePoints.list', { streetCode: '330106005000' });
    expect(res.status).toBe(200);
    const items = ZServicePointList.parse(res.body.data).items;
    expect(items[0]?.level).toBe('street_station');
    expect(items.filter((p) => p.level === 'community_point').length).toBeGreaterThanOrEqual(5);
    expect(items.map((p) => p.name)).toContain('翠苑一区社区助联服务点');
    expect(items.every((p) => p.isSampleContact)).toBe(true);
  });

  it('filters by level across the district', async () => {
    const res = await post(t, 'servicePoints.list', { level: 'community_point' });
    expect(res.body.data.items).toHaveLength(222);
  });

  it('refuses an invalid level and a community code as street', async () => {
    expect((await post(t, 'servicePoints.list', { level: 'village' })).body.details[0].field).toBe('level');
    const res = await post(t, 'servicePoints.list', { streetCode: '330106005055' });
    expect(res.status).toBe(404);
  });
});

describe('departments.list', () => {
  it('lists the 12 alliance departments, civil affairs leading', async () => {
    const res = await post(t, 'departments.list');
    expect(res.body.data.items).toHaveLength(12);
    expect(res.body.data.items[0]).toMatchObject({ name: '区民政局', isLead: true });
  });
});
