import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { SENSITIVE_CONSENT_NEEDED } from '@shared/domain/sensitive-data';
import { ZApplicationDetail } from '@shared/schemas/applications';
import ApplicationPage from '@/packages/mine/pages/application/index';
import { clearSession, setSession } from '@/stores/session';
import { APP_ID, appDetail, openPage, quietTextareaNoise, tap, typeInto } from './support/apply';
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

const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (el) => el.textContent);

describe('my application: detail', () => {
  it('shows status, the point with a call button, the reason, the timeline newest first and the files', async () => {
    const detail = appDetail({
      attachments: [
        {
          id: '0d0d0d0d-0000-4000-8000-000000000001',
          kind: 'image',
          mime: 'image/jpeg',
          bytes: 1000,
          name: 'a.jpg',
          purpose: 'application',
        },
      ],
    });
    expect(ZApplicationDetail.safeParse(detail).success).toBe(true);
    mockApi({ 'applications.get': () => ok(detail) });

    render(<ApplicationPage />);

    expect(await screen.findByText('已提交，等待受理')).toBeInTheDocument();
    expect(screen.getByText('您本人的申请')).toBeInTheDocument();
    expect(screen.getByText('打电话：0571-88001234')).toBeInTheDocument();
    expect(screen.getByText('为什么是这里：您选择了翠苑一区社区，由该社区的服务点负责')).toBeInTheDocument();
    expect(texts('.timeline__text')).toEqual(['最新：工作人员已受理', '申请已提交']);
    expect(screen.getByText('交上去的照片和材料（1）')).toBeInTheDocument();
    expect(screen.queryByText('补充情况')).toBeNull();
    expect(screen.queryByText('撤回对家人代办的授权')).toBeNull();
  });

  it('withdraws only after confirming, then shows the new status', async () => {
    const api = mockApi({
      'applications.get': () => ok(appDetail()),
      'applications.withdraw': () => ok(appDetail({ statusText: '已撤回', status: 'withdrawn', canWithdraw: false })),
    });
    render(<ApplicationPage />);
    await tap(await screen.findByText('撤回申请'));
    expect(screen.getByText('确定撤回这份申请吗？')).toBeInTheDocument();
    await tap('不撤回');
    expect(api.callsTo('applications.withdraw')).toHaveLength(0);

    await tap('撤回申请');
    await tap('撤回申请'); // the dialog's button
    expect(api.callsTo('applications.withdraw')[0]!.data).toEqual({ id: APP_ID });
    expect(await screen.findByText('已撤回')).toBeInTheDocument();
    expect(screen.queryByText('撤回申请')).toBeNull();
  });

  it('reloads when the status moved on meanwhile (409)', async () => {
    let reads = 0;
    const api = mockApi({
      'applications.get': () =>
        ok(++reads === 1 ? appDetail() : appDetail({ statusText: '已办结', status: 'resolved', canWithdraw: false })),
      'applications.withdraw': () => fail(409, 'CONFLICT'),
    });
    render(<ApplicationPage />);
    await tap(await screen.findByText('撤回申请'));
    await tap('撤回申请');
    expect(await screen.findByText('已办结')).toBeInTheDocument();
    expect(api.callsTo('applications.get')).toHaveLength(2);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '服务器说：CONFLICT' }));
  });

  it("lets the subject of a relative's application revoke consent after confirming", async () => {
    const subject = { role: 'subject', channel: 'proxy', canWithdraw: false, canRevokeConsent: true };
    const api = mockApi({
      'applications.get': () => ok(appDetail(subject)),
      'applications.revokeConsent': () =>
        ok(appDetail({ ...subject, statusText: '已撤回', status: 'withdrawn', canRevokeConsent: false })),
    });
    render(<ApplicationPage />);
    expect(await screen.findByText('家人替您提交的申请')).toBeInTheDocument();
    expect(screen.queryByText('撤回申请')).toBeNull();
    await tap('撤回对家人代办的授权');
    expect(screen.getByText('确定撤回授权吗？')).toBeInTheDocument();
    await tap('撤回授权');
    expect(api.callsTo('applications.revokeConsent')[0]!.data).toEqual({ id: APP_ID });
    expect(await screen.findByText('已撤回')).toBeInTheDocument();
  });

  it('shows a referrer only the coarse status: no point, reason, timeline or actions', async () => {
    mockApi({
      'applications.get': () =>
        ok(
          appDetail({
            role: 'referrer',
            channel: 'referral',
            subjectName: '王奶奶',
            statusText: '正在跟进',
            status: null,
            servicePointName: null,
            servicePointPhone: null,
            routingReason: null,
            canWithdraw: false,
            timeline: [{ at: '2026-11-29T02:30:00.000Z', text: '您反映的情况已收到，谢谢您' }],
          }),
        ),
    });
    const { container } = render(<ApplicationPage />);
    expect(await screen.findByText('正在跟进')).toBeInTheDocument();
    expect(screen.getByText('您反映的 王奶奶 的情况')).toBeInTheDocument();
    expect(container.querySelector('.app-detail__point')).toBeNull();
    expect(container.querySelector('.timeline')).toBeNull();
    expect(container.querySelector('.app-detail__actions')).toBeNull();
    expect(screen.getByText(/只显示「已收到」或「正在跟进」/)).toBeInTheDocument();
  });

  it('sends 补充情况 when asked, checking it is not empty first', async () => {
    const asked = { statusText: '需要您补充材料', status: 'needs_info', canProvideInfo: true };
    const api = mockApi({
      'applications.get': () => ok(appDetail(asked)),
      'applications.provideInfo': () => ok(appDetail({ statusText: '正在办理', status: 'in_progress' })),
    });
    render(<ApplicationPage />);
    await tap(await screen.findByText('发送补充情况'));
    expect(document.querySelector('.form-field--message .form-field__error')?.textContent).toBe('! 请填写要补充的内容');
    expect(api.callsTo('applications.provideInfo')).toHaveLength(0);

    await typeInto('message', '低保证明已经办好了');
    await tap('发送补充情况');
    expect(api.callsTo('applications.provideInfo')[0]!.data).toEqual({ id: APP_ID, message: '低保证明已经办好了' });
    expect(await screen.findByText('正在办理')).toBeInTheDocument();
    await act(async () => undefined);
    expect(screen.queryByText('发送补充情况')).toBeNull();
  });

  it('asks the sensitive-data consent when the server names it, and sends it with the next try', async () => {
    const asked = { statusText: '需要您补充材料', status: 'needs_info', canProvideInfo: true };
    let attempts = 0;
    const api = mockApi({
      'applications.get': () => ok(appDetail(asked)),
      'applications.provideInfo': () =>
        attempts++ === 0
          ? fail(400, 'VALIDATION_FAILED', {
              details: [{ field: 'consents.sensitiveData', message: SENSITIVE_CONSENT_NEEDED }],
            })
          : ok(appDetail({ statusText: '正在办理', status: 'in_progress' })),
    });
    render(<ApplicationPage />);
    await screen.findByText('发送补充情况');
    await typeInto('message', '诊断证明已经拍好了');
    await tap('发送补充情况');
    expect(await screen.findByText(SENSITIVE_CONSENT_NEEDED)).toBeInTheDocument();
    await tap('发送补充情况'); // not ticked: nothing sent
    expect(api.callsTo('applications.provideInfo')).toHaveLength(1);
    await tap('同意工作人员使用健康、残疾、收入等信息');
    await tap('发送补充情况');
    expect(api.callsTo('applications.provideInfo')[1]!.data).toEqual({
      id: APP_ID,
      message: '诊断证明已经拍好了',
      consents: { sensitiveData: true },
    });
    expect(await screen.findByText('正在办理')).toBeInTheDocument();
  });
});
