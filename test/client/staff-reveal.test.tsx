/** The reveal dialog: a reason from the short list, a few words required for 其他, and the server's limit message. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CasePage from '@/packages/staff/pages/case/index';
import { clearSession, setSession } from '@/stores/session';
import { fail, mockApi, ok } from './support/request-mock';
import { CASE_ID, staffDetail, staffSession } from './support/staff-fixtures';
import { openCase, sheet, submitSheet, typeInto } from './support/staff-page';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession());
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  openCase();
});

async function openReveal() {
  render(<CasePage />);
  await screen.findByText('138****5678');
  fireEvent.click(screen.getAllByText('查看完整信息')[1]!);
  expect(screen.getByText('查看完整手机号')).toBeInTheDocument();
}
const pick = (label: string) => fireEvent.click(within(sheet('reveal')).getByText(label));
const note = () => sheet('reveal').querySelector('textarea, .staff-field__input')!;

describe('reveal dialog', () => {
  it('asks for a reason from the list and sends it; the read is recorded', async () => {
    const api = mockApi({
      'cases.get': () => ok(staffDetail()),
      'cases.reveal': () => ok({ field: 'phone', value: '13812345678' }),
    });
    await openReveal();
    for (const label of ['电话联系本人', '上门核实', '部门转介', '其他'])
      expect(within(sheet('reveal')).getByText(label)).toBeInTheDocument();
    await submitSheet('reveal', '查看');
    expect(screen.getByText('请选择查看原因')).toBeInTheDocument();
    expect(api.callsTo('cases.reveal')).toHaveLength(0);

    pick('电话联系本人');
    await submitSheet('reveal', '查看');
    expect(api.callsTo('cases.reveal')[0]!.data).toEqual({ id: CASE_ID, field: 'phone', reason: 'call_person' });
    expect(await screen.findByText('13812345678')).toBeInTheDocument();
    expect(screen.getByText('已记录查看原因')).toBeInTheDocument();
    expect(screen.queryByText('查看完整手机号')).toBeNull();
  });

  it('其他 needs at least 4 characters of explanation', async () => {
    const api = mockApi({
      'cases.get': () => ok(staffDetail()),
      'cases.reveal': () => ok({ field: 'phone', value: '13812345678' }),
    });
    await openReveal();
    pick('其他');
    expect(within(sheet('reveal')).getByText('具体原因（必填）')).toBeInTheDocument();
    typeInto(note(), '看看');
    await submitSheet('reveal', '查看');
    expect(screen.getByText('选择「其他」时，请写明查看原因（至少 4 个字）')).toBeInTheDocument();
    expect(api.callsTo('cases.reveal')).toHaveLength(0);

    typeInto(note(), '核对低保档案');
    await submitSheet('reveal', '查看');
    expect(api.callsTo('cases.reveal')[0]!.data).toEqual({
      id: CASE_ID,
      field: 'phone',
      reason: 'other',
      note: '核对低保档案',
    });
  });

  it('shows the limit message when too many numbers were revealed, and stays open', async () => {
    const message = '查看完整号码的次数太多了，请稍后再试。';
    mockApi({ 'cases.get': () => ok(staffDetail()), 'cases.reveal': () => fail(429, 'RATE_LIMITED', { message }) });
    await openReveal();
    pick('上门核实');
    await submitSheet('reveal', '查看');
    expect(await within(sheet('reveal')).findByText(message)).toBeInTheDocument();
    expect(screen.queryByText('13812345678')).toBeNull();
  });
});
