import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZSubmitApplication } from '@shared/schemas/applications';
import ApplyWizardPage from '@/packages/apply/pages/wizard/index';
import { loadDraft } from '@/services/draft';
import { readReceiptRaw, readReturnUrl } from '@/storage/apply';
import { clearSession, getSession, setSession } from '@/stores/session';
import {
  APP_ID,
  STREET,
  choose,
  divisionsList,
  fieldError,
  fillSelfUntil,
  next,
  openPage,
  quietTextareaNoise,
  stepTitle,
  stubNavigation,
  submitKeys,
  submitResult,
  tap,
  typeInto,
} from './support/apply';
import { session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const WIZARD = '/packages/apply/pages/wizard/index';
let nav: ReturnType<typeof stubNavigation>;

beforeEach(() => {
  jest.restoreAllMocks();
  quietTextareaNoise();
  Taro.clearStorageSync();
  clearSession();
  nav = stubNavigation();
  openPage(WIZARD);
});

async function toReview() {
  render(<ApplyWizardPage />);
  await fillSelfUntil('核对后提交');
}

describe('apply wizard: submit', () => {
  it('sends the self application once with an Idempotency-Key, stores the receipt, clears the draft and opens the receipt', async () => {
    setSession(session());
    const api = mockApi({ 'divisions.list': divisionsList, 'applications.submit': () => ok(submitResult()) });
    await toReview();

    await tap('提交申请');

    const body = api.callsTo('applications.submit')[0]!.data;
    expect(ZSubmitApplication.parse(body)).toMatchObject({
      channel: 'self',
      subjectName: '张阿姨',
      phone: '13912345678',
      divisionCode: '330106005055',
    });
    expect(body).toEqual({
      channel: 'self',
      subjectName: '张阿姨',
      idNumber: undefined,
      phone: '13912345678',
      divisionCode: '330106005055',
      address: '文三路 100 号 3 幢 501 室',
      needTier: 'care',
      categories: [],
      targetGroup: 'unknown',
      urgency: 'normal',
      description: '一个人住，腿脚不好，买菜做饭都难',
      consents: { privacyNotice: true, sensitiveData: true },
    });
    expect(submitKeys(api.spy)[0]).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(nav.redirectTo).toHaveBeenCalledWith({ url: `/packages/apply/pages/receipt/index?id=${APP_ID}` });
    expect(readReceiptRaw()).toMatchObject({ id: APP_ID, refNo: 'XH261129-7KQ3', channel: 'self' });
    expect(loadDraft()).toBeNull();
  });

  it('keeps the draft and retries with the same key after a dropped network, even after the app was killed', async () => {
    setSession(session());
    let attempts = 0;
    const api = mockApi({
      'divisions.list': divisionsList,
      'applications.submit': () => {
        attempts += 1;
        if (attempts <= 2) throw new Error('request:fail timeout');
        return ok(submitResult());
      },
    });
    const first = render(<ApplyWizardPage />);
    await fillSelfUntil('核对后提交');

    await tap('提交申请');
    expect(screen.getByText('还没有提交成功')).toBeInTheDocument();
    expect(screen.getByText('网络不太好，请检查网络后重试')).toBeInTheDocument();
    const saved = loadDraft();
    expect(saved?.idempotencyKey).toBe(submitKeys(api.spy)[0]);
    expect(saved?.description).toBe('一个人住，腿脚不好，买菜做饭都难');

    await tap('重试');
    expect(attempts).toBe(2);
    first.unmount(); // the app is killed while offline

    openPage(WIZARD);
    render(<ApplyWizardPage />);
    await tap('继续上次填写');
    expect(stepTitle()).toBe('核对后提交');
    await tap('提交申请');

    const keys = submitKeys(api.spy);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(nav.redirectTo).toHaveBeenCalledTimes(1);
    expect(loadDraft()).toBeNull();
  });

  it('shows a server field error on the step that asks for it, and uses a new key next time', async () => {
    setSession(session());
    let attempts = 0;
    const api = mockApi({
      'divisions.list': divisionsList,
      'applications.submit': () => {
        attempts += 1;
        return attempts === 1
          ? fail(400, 'VALIDATION_FAILED', { details: [{ field: 'address', message: '这个地址不在西湖区，请核对' }] })
          : ok(submitResult());
      },
    });
    await toReview();

    await tap('提交申请');

    expect(stepTitle()).toBe('住在哪里');
    expect(fieldError('address')).toBe('! 这个地址不在西湖区，请核对');
    expect(document.querySelector('.form-field--address .form-input')).toHaveValue('文三路 100 号 3 幢 501 室');
    expect(loadDraft()?.idempotencyKey).toBeNull();

    await typeInto('address', '文三路 100 号');
    await tap('改好了，回到核对'); // straight back to the review, not through every step again
    expect(stepTitle()).toBe('核对后提交');
    await tap('提交申请');
    const keys = submitKeys(api.spy);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('asks to log in first, keeping the draft, and comes back to it after the login', async () => {
    const api = mockApi({ 'divisions.list': divisionsList });
    await toReview();
    expect(screen.getByText(/提交前需要先登录/)).toBeInTheDocument();

    await tap('提交申请');
    expect(screen.getByText('请先登录')).toBeInTheDocument();
    await tap('去登录');

    expect(api.callsTo('applications.submit')).toHaveLength(0);
    expect(nav.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
    expect(readReturnUrl()).toBe(`${WIZARD}?resume=1`);
    expect(loadDraft()?.step).toBe('review');
  });

  it('sends an expired session to 我的 after the silent refresh fails, keeping the draft and its key', async () => {
    const expired = session();
    setSession(expired);
    const api = mockApi({
      'divisions.list': divisionsList,
      'applications.submit': () => fail(401, 'UNAUTHENTICATED'),
      'auth.refresh': () => fail(401, 'UNAUTHENTICATED'),
    });
    await toReview();

    await tap('提交申请');

    expect(api.callsTo('auth.refresh')).toHaveLength(1);
    expect(getSession()).toBeNull();
    expect(screen.getByText('请先登录')).toBeInTheDocument();
    // the draft is kept for the same user logging in again (drafts are stored per user), not for a guest
    expect(loadDraft()).toBeNull();
    setSession(session({ user: expired.user }));
    expect(loadDraft()?.idempotencyKey).toBe(submitKeys(api.spy)[0]);
  });

  it('after IDEMPOTENCY_MISMATCH offers my applications, or a second application with a new key', async () => {
    setSession(session());
    let attempts = 0;
    const api = mockApi({
      'divisions.list': divisionsList,
      'applications.submit': () => (++attempts === 1 ? fail(422, 'IDEMPOTENCY_MISMATCH') : ok(submitResult())),
    });
    await toReview();

    await tap('提交申请');
    expect(screen.getByText('上次可能已经提交成功了')).toBeInTheDocument();
    await tap('重新提交一份');

    const keys = submitKeys(api.spy);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
    expect(nav.redirectTo).toHaveBeenCalledTimes(1);
  });

  it("sends a neighbour's lead without ID number, phone or need details", async () => {
    setSession(session());
    const api = mockApi({ 'divisions.list': divisionsList, 'applications.submit': () => ok(submitResult()) });
    render(<ApplyWizardPage />);
    await choose('帮邻居反映');
    await next();
    await typeInto('subjectName', '3 号楼的王奶奶');
    await next();
    await choose(await screen.findByText(STREET.name));
    await choose(await screen.findByText('不清楚'));
    await typeInto('address', '3 号楼');
    await next();
    await typeInto('observed', '好几天没见她出门');
    await choose('比较急');
    await next();
    await choose('我已阅读并同意上面的说明');
    await next();
    await tap('提交申请');

    expect(api.callsTo('applications.submit')[0]!.data).toEqual({
      channel: 'referral',
      subjectName: '3 号楼的王奶奶',
      divisionCode: STREET.code,
      address: '3 号楼',
      urgency: 'urgent',
      observed: '好几天没见她出门',
      referrerPhone: undefined,
      consents: { privacyNotice: true },
    });
  });
});
