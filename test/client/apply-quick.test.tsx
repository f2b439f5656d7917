/** Applying for oneself with a verified phone: three screens (where → what I need → review with consent). */
import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ApplyWizardPage from '@/packages/apply/pages/wizard/index';
import { setCareMode } from '@/stores/care-mode';
import { clearSession, setSession } from '@/stores/session';
import {
  COMMUNITY,
  STREET,
  choose,
  divisionsList,
  fieldError,
  next,
  openPage,
  quietTextareaNoise,
  stepTitle,
  stubNavigation,
  submitResult,
  tap,
  typeInto,
} from './support/apply';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const WIZARD = '/packages/apply/pages/wizard/index';
const progress = () => document.querySelector('.apply__progress')?.textContent ?? null;

beforeEach(() => {
  jest.restoreAllMocks();
  quietTextareaNoise();
  Taro.clearStorageSync();
  clearSession();
  setCareMode(false);
  stubNavigation();
  openPage(WIZARD);
});

afterAll(() => setCareMode(false));

const verified = () => setSession(session({ user: me({ phoneMasked: '138****5678' }) }));

describe('apply wizard: for oneself with a verified phone', () => {
  it('takes three screens and sends no phone (the server uses the verified one)', async () => {
    verified();
    const api = mockApi({ 'divisions.list': divisionsList, 'applications.submit': () => ok(submitResult()) });
    render(<ApplyWizardPage />);
    const titles: string[] = [];

    // Screen 1: only the channel question until it is answered, then name and address on the same screen.
    expect(document.querySelector('.form-field--subjectName')).toBeNull();
    await choose('为我自己申请');
    expect(progress()).toBe('第 1 步，共 3 步');
    titles.push(stepTitle()!);
    expect(document.querySelector('.form-field--phone')).toBeNull();
    expect(screen.getByText('工作人员会打您登录用的手机号 138****5678 联系您。')).toBeInTheDocument();
    await next();
    expect(fieldError('subjectName')).toBe('! 请填写姓名或称呼');
    expect(fieldError('address')).toBe('! 请填写详细地址');
    await typeInto('subjectName', '张阿姨');
    await choose(await screen.findByText(STREET.name));
    await choose(await screen.findByText(COMMUNITY.name));
    await typeInto('address', '文三路 100 号');
    await next();

    // Screen 2: the kind of help, urgency and the description together.
    titles.push(stepTitle()!);
    await next();
    expect([fieldError('needTier'), fieldError('urgency'), fieldError('description')]).toEqual([
      '! 请选一项；说不清楚就选「不确定」',
      '! 请选择有多着急',
      '! 请简单说说遇到的困难',
    ]);
    await choose('不确定');
    await choose('一般');
    await typeInto('description', '腿脚不好');
    await next();

    // Screen 3: the review and the consents, then submit.
    titles.push(stepTitle()!);
    expect(progress()).toBe('第 3 步，共 3 步');
    expect(screen.getByText('138****5678（登录手机号）')).toBeInTheDocument();
    expect(document.querySelector('.apply-review--consent')).toBeNull(); // asked right below, not summarised
    await tap('提交申请');
    expect(fieldError('privacyNotice')).toBe('! 请先阅读并同意隐私说明');
    expect(api.callsTo('applications.submit')).toHaveLength(0);
    await choose('我已阅读并同意上面的说明');
    await choose('同意工作人员使用健康、残疾、收入等信息');
    await tap('提交申请');

    expect(titles).toEqual(['您的姓名和住址', '需要什么帮助', '核对并同意后提交']);
    const body = api.callsTo('applications.submit')[0]!.data as Record<string, unknown>;
    expect(body).toMatchObject({ channel: 'self', subjectName: '张阿姨', divisionCode: COMMUNITY.code });
    expect(body).not.toHaveProperty('phone');
  });

  it('修改 on the review opens the merged screen and comes back', async () => {
    verified();
    mockApi({ 'divisions.list': divisionsList });
    render(<ApplyWizardPage />);
    await choose('为我自己申请');
    await typeInto('subjectName', '张阿姨');
    await choose(await screen.findByText(STREET.name));
    await typeInto('address', '文三路 100 号');
    await next();
    await choose('不确定');
    await choose('一般');
    await typeInto('description', '腿脚不好');
    await next();
    await tap(document.querySelector('.apply-review--address .apply-review__edit') as HTMLElement);
    expect(stepTitle()).toBe('您的姓名和住址');
    await typeInto('address', '文三路 200 号');
    await tap('改好了，回到核对');
    expect(stepTitle()).toBe('核对并同意后提交');
  });

  it('a server refusal of the consent stays on the review screen with its submit button', async () => {
    verified();
    mockApi({
      'divisions.list': divisionsList,
      'applications.submit': () =>
        fail(400, 'VALIDATION_FAILED', {
          details: [{ field: 'consents.sensitiveData', message: '请同意使用敏感信息' }],
        }),
    });
    render(<ApplyWizardPage />);
    await choose('为我自己申请');
    await typeInto('subjectName', '张阿姨');
    await choose(await screen.findByText(STREET.name));
    await typeInto('address', '文三路 100 号');
    await next();
    await choose('不确定');
    await choose('一般');
    await typeInto('description', '腿脚不好');
    await next();
    await choose('我已阅读并同意上面的说明');
    await choose('同意工作人员使用健康、残疾、收入等信息');
    await tap('提交申请');
    expect(stepTitle()).toBe('核对并同意后提交');
    expect(fieldError('sensitiveData')).toBe('! 请同意使用敏感信息');
    expect(screen.getByText('提交申请')).toBeInTheDocument();
  });

  it('keeps one step per screen in care mode, still without asking the phone', async () => {
    verified();
    setCareMode(true);
    mockApi({ 'divisions.list': divisionsList });
    render(<ApplyWizardPage />);
    await choose('为我自己申请');
    expect(progress()).toBe('第 1 步，共 7 步');
    await next();
    expect(stepTitle()).toBe('需要帮助的人');
    expect(document.querySelector('.form-field--phone')).toBeNull();
    expect(document.querySelector('.form-field--address')).toBeNull();
  });

  it('keeps the steps of a relative and of a neighbour', async () => {
    verified();
    mockApi({ 'divisions.list': divisionsList });
    render(<ApplyWizardPage />);
    await choose('为家人申请');
    expect(progress()).toBe('第 1 步，共 7 步');
    await next();
    expect(document.querySelector('.form-field--phone')).not.toBeNull(); // the relative's phone, optional
    await tap('上一步');
    await choose('帮邻居反映');
    expect(progress()).toBe('第 1 步，共 6 步');
  });

  it('asks the phone when the account has none', async () => {
    setSession(session());
    mockApi({ 'divisions.list': divisionsList });
    render(<ApplyWizardPage />);
    await choose('为我自己申请');
    expect(progress()).toBe('第 1 步，共 7 步');
    await next();
    await next();
    expect(fieldError('phone')).toBe('! 手机号应为11位数字');
  });
});
