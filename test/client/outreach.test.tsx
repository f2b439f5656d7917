/**
 * Outreach on the phone: a printed code's scene / ?oc= records one anonymous scan and shows the community; a later
 * self-check and the receipt attribute to it; staff download a poster; the hand-over page claims the prefilled
 * application once and opens the wizard with it; 政策找人 shows the reason and records the contact.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CONTACT_CONSENT_LABELS, codeIdFromLaunch } from '@shared/domain/outreach';
import HomeBanner from '@/pages/index/components/OutreachBanner';
import CodesPage from '@/packages/outreach/pages/codes/index';
import FindsPage from '@/packages/outreach/pages/finds/index';
import HandoverPage from '@/packages/outreach/pages/handover/index';
import VisitPage from '@/packages/outreach/pages/visit/index';
import { loadDraft } from '@/services/draft';
import { attributeApplication, countSelfCheck } from '@/services/outreach';
import { clearSession, setSession } from '@/stores/session';
import { openPage } from './support/apply';
import { mockApi, ok } from './support/request-mock';
import { staffSession } from './support/staff-fixtures';

const CODE = 'Ab3dEf9h';
const POINT = '0b0b0b0b-0000-4000-8000-000000000002';
const landing = {
  code: CODE,
  community: { code: '330106005055', name: '翠苑一区社区' },
  street: { code: '330106005000', name: '翠苑街道' },
  pointId: POINT,
};

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
});

it('reads a code from a WeChat scene or an H5 query, and nothing else', () => {
  expect(codeIdFromLaunch({ scene: encodeURIComponent(`oc=${CODE}`) })).toBe(CODE);
  expect(codeIdFromLaunch({ oc: CODE })).toBe(CODE);
  expect(codeIdFromLaunch({ scene: 'oc=short' })).toBeNull();
  expect(codeIdFromLaunch({ scene: '%E0%A4%A' })).toBeNull();
  expect(codeIdFromLaunch({ oc: 'O0O0O0O0' })).toBeNull();
  expect(codeIdFromLaunch(undefined)).toBeNull();
});

it('a scan records one visit, shows the community and then attributes the self-check and the application', async () => {
  openPage('/pages/index/index', { scene: encodeURIComponent(`oc=${CODE}`) });
  const api = mockApi({ 'outreach.track': () => ok(landing), 'outreach.attribute': () => ok({ done: true }) });
  render(<HomeBanner />);
  expect(await screen.findByText('欢迎！您所在的是翠苑一区社区')).toBeInTheDocument();
  fireEvent.click(screen.getByText('看看本社区服务点'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/org/pages/point/index?id=${POINT}` });
  expect(api.callsTo('outreach.track').map((c) => c.data)).toEqual([{ code: CODE, kind: 'visit' }]);

  countSelfCheck();
  countSelfCheck(); // once per scan
  attributeApplication('0a0a0a0a-0000-4000-8000-000000000001');
  await act(async () => undefined);
  expect(api.callsTo('outreach.track').map((c) => c.data)).toEqual([
    { code: CODE, kind: 'visit' },
    { code: CODE, kind: 'self_check' },
  ]);
  expect(api.callsTo('outreach.attribute')[0]!.data).toEqual({
    code: CODE,
    applicationId: '0a0a0a0a-0000-4000-8000-000000000001',
  });
  // nothing personal is remembered: only the code and the community
  expect(JSON.stringify(Taro.getStorageSync('zl-outreach'))).not.toMatch(/openid|phone|name":"[^翠]/);
});

it('staff see reach per code and download the poster', async () => {
  setSession(staffSession(['resident', 'point_staff']));
  openPage('/packages/outreach/pages/codes/index');
  const api = mockApi({
    'outreach.codes.list': () =>
      ok({
        items: [
          {
            id: CODE,
            kind: 'brochure',
            label: '12月入户宣传',
            community: landing.community,
            street: landing.street,
            url: `https://x.cn/#/pages/index/index?oc=${CODE}`,
            scene: `oc=${CODE}`,
            createdAt: '2026-12-01T02:00:00.000Z',
            counts: { visits: 12, selfChecks: 5, applications: 2 },
          },
        ],
      }),
    'outreach.codes.poster': () => ok({ fileName: 'a.png', mime: 'image/png', base64: 'iVBORw0KGgo=', source: 'h5' }),
  });
  render(<CodesPage />);
  expect(await screen.findByText('扫码 12 次，自测 5 次，申请 2 份')).toBeInTheDocument();
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await act(async () => fireEvent.click(screen.getByText('下载图片')));
  expect(api.callsTo('outreach.codes.poster')[0]!.data).toEqual({ id: CODE, format: 'png' });
  expect(click).toHaveBeenCalled();
});

it('the hand-over page claims once and opens the wizard with the prefilled application', async () => {
  setSession(staffSession(['resident']));
  openPage('/packages/outreach/pages/handover/index', { t: 'abcdefghijabcdefghijabcdefghij12' });
  const api = mockApi({
    'discovery.handover.claim': () =>
      ok({
        subjectName: '李大爷',
        address: '7幢302',
        communityCode: '330106005055',
        communityName: '翠苑一区社区',
        streetCode: '330106005000',
        streetName: '翠苑街道',
        categories: ['basic_living'],
        description: '收入低',
      }),
  });
  render(<HandoverPage />);
  await act(async () => fireEvent.click(screen.getByText('打开申请，开始核对')));
  expect(api.callsTo('discovery.handover.claim')[0]!.data).toEqual({ token: 'abcdefghijabcdefghijabcdefghij12' });
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/apply/pages/wizard/index?resume=1' });
  expect(loadDraft()).toMatchObject({ channel: 'self', subjectName: '李大爷', categories: ['basic_living'] });
});

it('政策找人 shows the reason and records that staff reached out', async () => {
  setSession(staffSession(['resident', 'point_staff']));
  openPage('/packages/outreach/pages/finds/index');
  const find = {
    id: '0c0c0c0c-0000-4000-8000-000000000003',
    policy: { slug: 'minimum-living-allowance', title: '最低生活保障' },
    reason: '家庭人均月收入低于本区低保标准',
    household: { name: '李大爷', address: '7幢302' },
    community: landing.community,
    consentMethod: 'written',
    createdAt: '2026-12-05T02:00:00.000Z',
  };
  let items = [find];
  const api = mockApi({
    'discovery.finds.list': () => ok({ items }),
    'discovery.finds.done': () => ((items = []), ok({ done: true })),
  });
  render(<FindsPage />);
  expect(await screen.findByText('理由：家庭人均月收入低于本区低保标准')).toBeInTheDocument();
  expect(screen.getByText('本人已书面签字可以联系')).toBeInTheDocument();
  await act(async () => fireEvent.click(screen.getByText('已经联系过了')));
  expect(api.callsTo('discovery.finds.done')[0]!.data).toEqual({ id: find.id });
  expect(await screen.findByText('现在没有需要联系的住户')).toBeInTheDocument();
});

describe('the visit form', () => {
  const communities = [
    { code: '330106005055', name: '翠苑一区社区', level: 'community', parentCode: '330106005000' },
    { code: '330106005056', name: '翠苑二区社区', level: 'community', parentCode: '330106005000' },
  ];
  const typeFact = (field: string, value: string) =>
    fireEvent(
      document.querySelector(`.form-field--fact-${field} .form-input`)!,
      new CustomEvent('input', { bubbles: true, detail: { value } }),
    );
  const choose = (group: string, label: string) =>
    fireEvent.click(within(document.querySelector(`.form-choice--${group}`) as HTMLElement).getByText(label));

  async function fillAndSave(api: ReturnType<typeof mockApi>, consent: boolean) {
    render(<VisitPage />);
    expect(await screen.findByText('翠苑一区社区')).toBeInTheDocument();
    expect(screen.queryByText('翠苑二区社区')).toBeNull(); // a point sees only its own community
    typeFact('householdSize', '3');
    typeFact('monthlyIncomePerPerson', '900');
    choose('fact-hasDisability', '是');
    choose('fact-sex', '女性');
    if (consent) choose('contact-consent', CONTACT_CONSENT_LABELS.written);
    await act(async () => fireEvent.click(screen.getByText('保存走访记录')));
    expect(api.callsTo('divisions.list')[0]!.data).toEqual({ parentCode: '330106005000' });
    return api.callsTo('discovery.visits.create')[0]!.data as Record<string, unknown>;
  }

  const handlers = () => ({
    'divisions.list': () => ok({ items: communities }),
    'discovery.visits.create': () => ok({ id: POINT, openRisks: 0 }),
  });

  it('sends the household facts with the picked community when the person agreed to be contacted', async () => {
    setSession(staffSession(['resident', 'point_staff']));
    const api = mockApi(handlers());
    const body = await fillAndSave(api, true);
    expect(body).toMatchObject({
      communityCode: '330106005055',
      contactConsent: 'written',
      facts: { householdSize: 3, monthlyIncomePerPerson: 900, hasDisability: true, sex: 'female' },
    });
    expect(Object.keys(body.facts as object)).toHaveLength(4);
  });

  it('a station picks among the communities of its street', async () => {
    const base = staffSession(['resident', 'station_staff']);
    const station = { id: POINT, name: '翠苑街道助联服务站', level: 'street_station', divisionCode: '330106005000' };
    setSession({
      ...base,
      user: { ...base.user, memberships: [{ role: 'station_staff', servicePoint: station, department: null }] },
    } as typeof base);
    const api = mockApi(handlers());
    render(<VisitPage />);
    expect(await screen.findByText('翠苑二区社区')).toBeInTheDocument();
    expect(screen.getByText('翠苑一区社区')).toBeInTheDocument();
    choose('visit-community', '翠苑二区社区');
    await act(async () => fireEvent.click(screen.getByText('保存走访记录')));
    expect(api.callsTo('divisions.list')[0]!.data).toEqual({ parentCode: '330106005000' });
    expect(api.callsTo('discovery.visits.create')[0]!.data).toMatchObject({ communityCode: '330106005056' });
  });

  it('does not send the facts without consent', async () => {
    setSession(staffSession(['resident', 'point_staff']));
    const api = mockApi(handlers());
    const body = await fillAndSave(api, false);
    expect(body.communityCode).toBe('330106005055');
    expect(body).not.toHaveProperty('facts');
    expect(body).not.toHaveProperty('contactConsent');
  });
});
