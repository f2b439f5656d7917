/** Issue 10.7 on the case page: a neighbour lead says when its details are withheld; its reporter's phone is revealed with a reason. */
import { fireEvent, render, screen, within } from '@testing-library/react';
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
  ZStaffCaseDetail.parse(
    staffDetail({
      channel: 'referral',
      relationship: null,
      applicant: null,
      idNumberMasked: null,
      phoneMasked: null,
      ...over,
    }),
  );

describe('case page: neighbour leads', () => {
  it('says the details are withheld until the person agrees, and offers no referrer phone', async () => {
    mockApi({
      'cases.get': () =>
        ok(
          lead({
            detailsWithheld: true,
            subjectName: LEAD_WITHHELD_TEXT,
            address: LEAD_WITHHELD_TEXT,
            description: LEAD_WITHHELD_TEXT,
          }),
        ),
    });
    render(<CasePage />);
    expect(await screen.findByText('本人同意前，姓名、地址和情况只有负责的服务点能看到。')).toBeInTheDocument();
    expect(screen.queryByText('反映人手机号')).toBeNull();
  });

  it('reveals the reporter phone with a reason', async () => {
    const api = mockApi({
      'cases.get': () => ok(lead()),
      'cases.reveal': () => ok({ field: 'referrerPhone', value: '13600002222' }),
    });
    render(<CasePage />);
    expect(await screen.findByText('反映人手机号')).toBeInTheDocument();
    expect(screen.queryByText('本人同意前，姓名、地址和情况只有负责的服务点能看到。')).toBeNull();
    fireEvent.click(screen.getAllByText('查看完整信息').at(-1)!);
    expect(screen.getByText('查看完整反映人手机号')).toBeInTheDocument();
    fireEvent.click(within(sheet('reveal')).getByText('电话联系本人'));
    await submitSheet('reveal', '查看');
    expect(api.callsTo('cases.reveal')[0]!.data).toEqual({
      id: CASE_ID,
      field: 'referrerPhone',
      reason: 'call_person',
    });
    expect(await screen.findByText('13600002222')).toBeInTheDocument();
  });
});

describe('case page: recording the person’s consent', () => {
  it('asks how the person agreed, sends it, and then stops asking', async () => {
    const before = lead({ consents: [] });
    const after = lead({
      consents: [
        {
          id: '0a1b2c3d-0000-4000-8000-0000000c0001',
          purpose: 'lead_subject',
          method: 'phone',
          grantedAt: '2026-11-29T02:00:00.000Z',
          revokedAt: null,
        },
      ],
    });
    const api = mockApi({ 'cases.get': () => ok(before), 'cases.recordConsent': () => ok(after) });
    render(<CasePage />);
    fireEvent.click(await screen.findByText('记录本人同意'));
    await submitSheet('consent', '保存');
    expect(screen.getByText('请选择本人是怎样同意的')).toBeInTheDocument();
    expect(api.callsTo('cases.recordConsent')).toHaveLength(0);
    fireEvent.click(screen.getByText('电话里同意'));
    typeInto(sheet('consent').querySelector('textarea, .staff-field__input')!, '电话联系到本人，同意上门');
    await submitSheet('consent', '保存');
    expect(api.callsTo('cases.recordConsent')[0]!.data).toEqual({
      id: CASE_ID,
      method: 'phone',
      note: '电话联系到本人，同意上门',
    });
    expect(await screen.findByText('基本情况')).toBeInTheDocument();
    expect(screen.queryByText(/本人还没有同意接受帮助/)).toBeNull();
  });

  it('is not offered when the details are withheld', async () => {
    mockApi({ 'cases.get': () => ok(lead({ consents: [], detailsWithheld: true, subjectName: LEAD_WITHHELD_TEXT })) });
    render(<CasePage />);
    await screen.findByText('基本情况');
    expect(screen.queryByText('记录本人同意')).toBeNull();
  });
});
