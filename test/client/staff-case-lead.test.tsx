/** Issue 10.7 on the case page: a neighbour lead says when its details are withheld; its reporter's phone is revealed with a reason. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { LEAD_WITHHELD_TEXT, ZStaffCaseDetail } from '@shared/schemas/cases';
import CasePage from '@/packages/staff/pages/case/index';
import { clearSession, setSession } from '@/stores/session';
import { mockApi, ok } from './support/request-mock';
import { CASE_ID, staffDetail, staffSession } from './support/staff-fixtures';
import { openCase, sheet, submitSheet, typeInto } from './support/staff-page';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession());
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  openCase();
});

const lead = (over: Parameters<typeof staffDetail>[0] = {}) =>
  ZStaffCaseDetail.parse(staffDetail({ channel: 'referral', relationship: null, idNumberMasked: null, phoneMasked: null, ...over }));

describe('case page: neighbour leads', () => {
  it('says the details are withheld until the person agrees, and offers no referrer phone', async () => {
    mockApi({ 'cases.get': () => ok(lead({ detailsWithheld: true, subjectName: LEAD_WITHHELD_TEXT, address: LEAD_WITHHELD_TEXT, description: LEAD_WITHHELD_TEXT })) });
    render(<CasePage />);
    expect(await screen.findByText('本人同意前，姓名、地址和情况只有负责的服务点能看到。')).toBeInTheDocument();
    expect(screen.queryByText('反映人手机号')).toBeNull();
  });

  it('reveals the reporter phone with a reason', async () => {
    const api = mockApi({ 'cases.get': () => ok(lead()), 'cases.reveal': () => ok({ field: 'referrerPhone', value: '13600002222' }) });
    render(<CasePage />);
    expect(await screen.findByText('反映人手机号')).toBeInTheDocument();
    expect(screen.queryByText('本人同意前，姓名、地址和情况只有负责的服务点能看到。')).toBeNull();
    fireEvent.click(screen.getAllByText('查看完整信息').at(-1)!);
    expect(screen.getByText('查看完整反映人手机号')).toBeInTheDocument();
    typeInto(sheet('reveal').querySelector('textarea, .staff-field__input')!, '回电核实情况');
    await submitSheet('reveal', '查看');
    expect(api.callsTo('cases.reveal')[0]!.data).toEqual({ id: CASE_ID, field: 'referrerPhone', reason: '回电核实情况' });
    expect(await screen.findByText('13600002222')).toBeInTheDocument();
  });
});
