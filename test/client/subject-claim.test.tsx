/**
 * Subject access on the client (issue 10.3): staff generate a one-time code on a relative's application and read it
 * out; the person enters it on 我的 → 输入确认码. A withdrawn case offers staff only its closing note.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CasePage from '@/packages/staff/pages/case/index';
import ClaimPage from '@/packages/mine/pages/claim/index';
import { clearSession, setSession } from '@/stores/session';
import {
  APP_ID,
  appDetail,
  fieldError,
  openPage,
  quietTextareaNoise,
  stubNavigation,
  tap,
  typeInto,
} from './support/apply';
import { session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';
import { CASE_ID, staffDetail, staffSession } from './support/staff-fixtures';
import { actionTexts, openCase, sheet, submitSheet } from './support/staff-page';

beforeEach(() => {
  jest.restoreAllMocks();
  quietTextareaNoise();
  Taro.clearStorageSync();
  clearSession();
});

describe('staff: 生成确认码', () => {
  beforeEach(() => {
    setSession(staffSession());
    openCase();
  });

  it("shows the code once with what to say, for a relative's application only", async () => {
    const api = mockApi({
      'cases.get': () => ok(staffDetail({ status: 'accepted' })),
      'cases.subjectCode': () => ok({ refNo: 'XH261129-7KQ3', code: '042517', expiresAt: '2026-11-30T02:30:00.000Z' }),
    });
    render(<CasePage />);
    const button = await screen.findByText('生成确认码');
    await act(async () => fireEvent.click(button));
    expect(within(sheet('subject-code')).getByText(/请先打电话联系上本人/)).toBeInTheDocument();
    await submitSheet('subject-code', '现在生成');
    expect(api.callsTo('cases.subjectCode')[0]!.data).toEqual({ id: CASE_ID });
    expect(within(sheet('subject-code')).getByText('042517')).toBeInTheDocument();
    expect(
      within(sheet('subject-code')).getByText(/点“输入确认码”，填受理编号 XH261129-7KQ3 和确认码 042517。/),
    ).toBeInTheDocument();
    await submitSheet('subject-code', '我已告诉对方');
    expect(sheet('subject-code')).toBeNull();
  });

  it('offers no code on a self application or a withdrawn case; a withdrawn case offers only 归档 until its note is written', async () => {
    mockApi({ 'cases.get': () => ok(staffDetail({ status: 'accepted', channel: 'self' })) });
    const first = render(<CasePage />);
    await screen.findByText('基本情况');
    expect(screen.queryByText('生成确认码')).toBeNull();
    first.unmount();

    mockApi({ 'cases.get': () => ok(staffDetail({ status: 'withdrawn', nextActions: ['close'] })) });
    const { container } = render(<CasePage />);
    await screen.findByText('基本情况');
    expect(screen.queryByText('生成确认码')).toBeNull();
    expect(actionTexts(container)).toEqual(['归档']);
    expect(screen.getByText('申请已撤回或本人已撤回授权，案件已停止办理，只能填写归档说明。')).toBeInTheDocument();
  });
});

describe('resident: 输入确认码', () => {
  beforeEach(() => {
    setSession(session());
    openPage('/packages/mine/pages/claim/index');
  });

  it('checks the fields before sending, then opens the application', async () => {
    const nav = stubNavigation();
    const api = mockApi({ 'applications.claimSubject': () => ok(appDetail({ role: 'subject', channel: 'proxy' })) });
    render(<ClaimPage />);
    await typeInto('refNo', 'xh261129-7kq3');
    await typeInto('code', '12345');
    await tap('确认');
    expect(fieldError('code')).toBe('! 确认码是 6 位数字');
    expect(api.callsTo('applications.claimSubject')).toHaveLength(0);
    await typeInto('code', '123456');
    await tap('确认');
    expect(api.callsTo('applications.claimSubject')[0]!.data).toEqual({ refNo: 'XH261129-7KQ3', code: '123456' });
    expect(nav.redirectTo).toHaveBeenCalledWith({ url: `/packages/mine/pages/application/index?id=${APP_ID}` });
  });

  it("shows the server's answer: under the field for a wrong code, as a line for a spent one", async () => {
    let answer = fail(400, 'VALIDATION_FAILED', {
      details: [{ field: 'code', message: '确认码或受理编号不对，请核对后再输入' }],
    });
    mockApi({ 'applications.claimSubject': () => answer });
    render(<ClaimPage />);
    await typeInto('refNo', 'XH261129-7KQ3');
    await typeInto('code', '123456');
    await tap('确认');
    expect(fieldError('code')).toBe('! 确认码或受理编号不对，请核对后再输入');
    answer = fail(409, 'CONFLICT', { message: '这个确认码已经失效，请联系工作人员重新获取' });
    await tap('确认');
    expect(screen.getByText('! 这个确认码已经失效，请联系工作人员重新获取')).toBeInTheDocument();
  });
});
