import { contactPlan, type ContactParty } from '../../shared/domain/contact-fallback';

const party = (name: string, level: ContactParty['level'], over: Partial<ContactParty> = {}): ContactParty => ({
  name,
  level,
  phone: null,
  address: null,
  isSampleContact: false,
  ...over,
});
const point = (over: Partial<ContactParty> = {}) => party('翠苑一区社区助联服务点', 'community_point', over);
const station = (over: Partial<ContactParty> = {}) => party('西溪街道助联服务站', 'street_station', over);
const hub = (over: Partial<ContactParty> = {}) => party('西湖区助联体', 'district_hub', over);

describe('contactPlan', () => {
  it("uses the point's own phone and address and says so", () => {
    const plan = contactPlan({
      point: point({ phone: '0571-88880001', address: '翠苑一区 12 幢' }),
      station: station({ phone: '0571-88880002' }),
      hub: hub({ phone: '0571-88880003' }),
    });
    expect(plan.call).toEqual({
      number: '0571-88880001',
      source: 'point',
      ownerName: '翠苑一区社区助联服务点',
      whose: '这是翠苑一区社区助联服务点的电话',
      why: null,
    });
    expect(plan.visit).toEqual({
      source: 'point',
      name: '翠苑一区社区助联服务点',
      address: '翠苑一区 12 幢',
      note: null,
    });
  });

  it("falls back to the station's phone, naming the station", () => {
    const plan = contactPlan({
      point: point(),
      station: station({ phone: '0571-88880002' }),
      hub: hub({ phone: '1' }),
    });
    expect(plan.call).toMatchObject({
      number: '0571-88880002',
      source: 'station',
      whose: '这是西溪街道助联服务站的电话',
    });
    expect(plan.call.why).toBe('翠苑一区社区助联服务点的电话还没登记，街道会帮您转达');
  });

  it("then the hub's, then 12345", () => {
    expect(
      contactPlan({ point: point(), station: station(), hub: hub({ phone: '0571-88880003' }) }).call,
    ).toMatchObject({
      number: '0571-88880003',
      source: 'hub',
      whose: '这是西湖区助联体的电话',
      why: '翠苑一区社区助联服务点的电话还没登记，区里会帮您转达',
    });
    const hotline = contactPlan({ point: point(), station: station(), hub: hub() }).call;
    expect(hotline).toMatchObject({ number: '12345', source: 'hotline', whose: '这是杭州市 12345 政务服务热线' });
    expect(hotline.why).toContain('说要找翠苑一区社区助联服务点');
  });

  it('never offers a sample phone', () => {
    const plan = contactPlan({
      point: point({ phone: '0571-00000000', isSampleContact: true }),
      station: station({ phone: '0571-88880002' }),
      hub: null,
    });
    expect(plan.call.source).toBe('station');
  });

  it('always gives a place: the first address up the chain, else the point by name', () => {
    const viaStation = contactPlan({ point: point(), station: station({ address: '西溪路 1 号' }), hub: hub() }).visit;
    expect(viaStation).toEqual({
      source: 'station',
      name: '西溪街道助联服务站',
      address: '西溪路 1 号',
      note: '翠苑一区社区助联服务点的地址还没登记，可以先去这里',
    });
    const none = contactPlan({ point: point(), station: station(), hub: hub({ address: '  ' }) }).visit;
    expect(none).toEqual({
      source: 'point',
      name: '翠苑一区社区助联服务点',
      address: null,
      note: '地址还没登记，去之前先打上面的电话问怎么走',
    });
  });

  it('serves an application at the hub (no point)', () => {
    const plan = contactPlan({
      point: null,
      station: null,
      hub: hub({ phone: '0571-88880003', address: '文三路 1 号' }),
    });
    expect(plan.call).toMatchObject({ source: 'hub', why: null });
    expect(plan.visit).toMatchObject({ source: 'hub', note: null });
    expect(contactPlan({ point: null, station: null, hub: null }).visit.name).toBe('西湖区助联体');
  });
});
