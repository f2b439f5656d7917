/** The result in plain words and 问题解决了吗？ on the resident's application page (issue 11.4). */
import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZApplicationDetail } from '@shared/schemas/applications';
import ApplicationPage from '@/packages/mine/pages/application/index';
import { clearSession, setSession } from '@/stores/session';
import { APP_ID, appDetail, openPage, quietTextareaNoise, tap } from './support/apply';
import { session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  quietTextareaNoise();
  Taro.clearStorageSync();
  clearSession();
  setSession(session());
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  openPage('/packages/mine/pages/application/index', { id: APP_ID });
});

const refused = {
  outcome: 'refused',
  outcomeText: '这次申请没有通过。',
  decidedText: '经核对，家庭人均收入高于本区低保标准。',
  reason: '家庭人均收入超过低保标准',
  alternatives: [
    { kind: 'policy', slug: 'temporary-relief', title: '临时救助' },
    { kind: 'service', slug: 'meal-help', title: '老年助餐' },
  ],
  decidedAt: '2026-12-01T02:00:00.000Z',
};
const resolved = (over: Record<string, unknown> = {}) =>
  appDetail({
    status: 'resolved',
    statusText: '已办结，待确认',
    canWithdraw: false,
    outcome: refused,
    canConfirm: true,
    canAskReopen: true,
    autoCloseAt: '2026-12-08T02:00:00.000Z',
    version: 5,
    ...over,
  });

describe('outcome card', () => {
  it('says what was decided, why not and what else to try, in plain words', async () => {
    expect(ZApplicationDetail.safeParse(resolved()).success).toBe(true);
    mockApi({ 'applications.get': () => ok(resolved()) });
    render(<ApplicationPage />);
    expect(await screen.findByText('这次申请没有通过。')).toBeInTheDocument();
    expect(screen.getByText('经核对，家庭人均收入高于本区低保标准。')).toBeInTheDocument();
    expect(screen.getByText('原因：家庭人均收入超过低保标准')).toBeInTheDocument();
    expect(screen.getByText('政策：临时救助')).toBeInTheDocument();
    expect(screen.getByText('服务：老年助餐')).toBeInTheDocument();
    expect(screen.getByText('问题解决了吗？')).toBeInTheDocument();
    expect(screen.getByText(/前没有回答，会自动结案。$/)).toBeInTheDocument();
  });

  it('opens a policy it suggests', async () => {
    mockApi({ 'applications.get': () => ok(resolved()) });
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<ApplicationPage />);
    await tap(await screen.findByText('政策：临时救助'));
    expect(nav).toHaveBeenCalledWith({ url: '/packages/content/pages/policy/index?slug=temporary-relief' });
  });

  it('opens a service it suggests, as a link', async () => {
    mockApi({ 'applications.get': () => ok(resolved()) });
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<ApplicationPage />);
    const service = await screen.findByText('服务：老年助餐');
    expect(service).toHaveAttribute('role', 'link');
    await tap(service);
    expect(nav).toHaveBeenCalledWith({ url: '/packages/content/pages/service/index?slug=meal-help' });
  });

  it('解决了 sends solved with the version and shows the closed case', async () => {
    const api = mockApi({
      'applications.get': () => ok(resolved()),
      'applications.confirmResolution': () =>
        ok(resolved({ status: 'closed', statusText: '已结案', canConfirm: false, autoCloseAt: null })),
    });
    render(<ApplicationPage />);
    await tap(await screen.findByText('解决了'));
    expect(api.callsTo('applications.confirmResolution')[0]!.data).toEqual({
      id: APP_ID,
      expectedVersion: 5,
      solved: true,
    });
    expect(await screen.findByText('已结案')).toBeInTheDocument();
    expect(screen.queryByText('问题解决了吗？')).toBeNull();
    expect(screen.getByText('问题还没解决？')).toBeInTheDocument();
  });

  it('还没有 asks for the case to be handled again; a 409 reloads', async () => {
    let reads = 0;
    const api = mockApi({
      'applications.get': () =>
        ok(
          ++reads === 1
            ? resolved()
            : resolved({
                status: 'in_progress',
                statusText: '办理中',
                outcome: null,
                canConfirm: false,
                canAskReopen: false,
              }),
        ),
      'applications.confirmResolution': () => fail(409, 'CONFLICT'),
    });
    render(<ApplicationPage />);
    await tap(await screen.findByText('还没有'));
    expect(api.callsTo('applications.confirmResolution')[0]!.data).toMatchObject({ solved: false });
    expect(await screen.findByText('办理中')).toBeInTheDocument();
    expect(screen.queryByText('办理结果')).toBeNull();
  });

  it('shows nothing before resolution', async () => {
    mockApi({ 'applications.get': () => ok(appDetail()) });
    render(<ApplicationPage />);
    expect(await screen.findByText('您本人的申请')).toBeInTheDocument();
    expect(screen.queryByText('办理结果')).toBeNull();
  });
});
