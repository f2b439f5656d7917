import { act, render, screen } from '@testing-library/react';
import { SENSITIVE_CONSENT_NEEDED } from '@shared/domain/sensitive-data';
import ApplyWizardPage from '@/packages/apply/pages/wizard/index';
import { loadDraft } from '@/services/draft';
import { clearSession } from '@/stores/session';
import {
  BAD_ID,
  COMMUNITY,
  GOOD_ID,
  STREET,
  choose,
  fieldError,
  fillSelfUntil,
  next,
  openPage,
  quietTextareaNoise,
  stepTitle,
  stubNavigation,
  tap,
  typeInto,
} from './support/apply';
import { mockApi, ok } from './support/request-mock';
import Taro from '@tarojs/taro';

const WIZARD = '/packages/apply/pages/wizard/index';

function mockDivisions() {
  return mockApi({
    'divisions.list': (data) => ok({ items: (data as { parentCode?: string }).parentCode ? [COMMUNITY] : [STREET] }),
  });
}

beforeEach(() => {
  jest.restoreAllMocks();
  quietTextareaNoise();
  Taro.clearStorageSync();
  clearSession();
  stubNavigation();
  openPage(WIZARD);
});

describe('apply wizard: each step validates with the shared schema', () => {
  it('walks the self channel, refusing each step until its fields are valid', async () => {
    mockDivisions();
    render(<ApplyWizardPage />);

    expect(screen.getByText('第 1 步，共 7 步')).toBeInTheDocument();
    await next();
    expect(fieldError('channel')).toBe('! 请选择为谁申请');
    expect(stepTitle()).toBe('为谁申请');
    await choose('为我自己申请');
    expect(fieldError('channel')).toBeNull(); // an edited field's message goes away
    await next();

    expect(stepTitle()).toBe('需要帮助的人');
    await next();
    expect(fieldError('subjectName')).toBe('! 请填写姓名或称呼');
    expect(fieldError('phone')).toBe('! 手机号应为11位数字');
    expect(fieldError('idNumber')).toBeNull(); // optional
    await typeInto('subjectName', '张阿姨');
    await typeInto('phone', '139 1234 5678');
    await typeInto('idNumber', BAD_ID);
    await next();
    expect(fieldError('idNumber')).toBe('! 身份证号不正确，请核对最后一位');
    expect(stepTitle()).toBe('需要帮助的人');
    await typeInto('idNumber', GOOD_ID.toLowerCase());
    await next();

    expect(stepTitle()).toBe('住在哪里');
    await next();
    expect(fieldError('address')).toBe('! 请填写详细地址');
    await choose(await screen.findByText(STREET.name));
    await choose(await screen.findByText(COMMUNITY.name));
    await typeInto('address', '文三路 100 号');
    await next();

    expect(stepTitle()).toBe('需要哪方面的帮助');
    await next();
    expect(fieldError('needTier')).toBe('! 请选一项；说不清楚就选「不确定」');
    expect(fieldError('urgency')).toBe('! 请选择有多着急');
    await choose('不确定');
    await choose('非常紧急');
    expect(screen.getAllByText('如果有生命危险，请马上拨打 120 或 110。').length).toBeGreaterThan(0);
    await next();

    expect(stepTitle()).toBe('说说遇到的困难');
    await next();
    expect(fieldError('description')).toBe('! 请简单说说遇到的困难');
    await typeInto('description', '腿脚不好');
    await next();

    expect(stepTitle()).toBe('个人信息怎么用');
    // the description is sensitive: the step says why in one sentence and the consent is not optional
    expect(screen.getByText(SENSITIVE_CONSENT_NEEDED)).toBeInTheDocument();
    expect(document.querySelector('.form-field--sensitiveData .form-field__optional')).toBeNull();
    await next();
    expect(fieldError('privacyNotice')).toBe('! 请先阅读并同意隐私说明');
    await choose('我已阅读并同意上面的说明');
    await next();
    expect(stepTitle()).toBe('个人信息怎么用');
    expect(fieldError('sensitiveData')).toBe(`! ${SENSITIVE_CONSENT_NEEDED}`);
    await choose('同意工作人员使用健康、残疾、收入等信息');
    await next();

    expect(stepTitle()).toBe('核对后提交');
    expect(screen.getByText('1101**********002X')).toBeInTheDocument(); // masked on review
    expect(screen.getByText('翠苑街道 翠苑一区社区，文三路 100 号')).toBeInTheDocument();
    expect(screen.getByText('同意使用')).toBeInTheDocument();
  });

  it("asks a relative's relationship and how they agreed; their phone is optional", async () => {
    mockDivisions();
    render(<ApplyWizardPage />);
    await choose('为家人申请');
    await next();
    await typeInto('subjectName', '李大爷');
    await next();
    expect(fieldError('relationship')).toBe('! 请选择您和他（她）的关系');
    expect(fieldError('subjectConsentMethod')).toBe('! 请选择本人是怎么同意的');
    expect(fieldError('phone')).toBeNull();
    await choose('父母');
    await choose('打电话问过本人');
    await typeInto('phone', '12345');
    await next();
    expect(fieldError('phone')).toBe('! 手机号应为11位数字'); // optional, but checked when given
    await typeInto('phone', '');
    await next();
    expect(stepTitle()).toBe('住在哪里');
    expect(await screen.findByText(STREET.name)).toBeInTheDocument();
  });

  it("a neighbour's lead asks no ID number and no need questions", async () => {
    mockDivisions();
    render(<ApplyWizardPage />);
    await choose('帮邻居反映');
    await next();
    expect(screen.getByText('第 2 步，共 6 步')).toBeInTheDocument();
    expect(document.querySelector('.form-field--idNumber')).toBeNull();
    expect(document.querySelector('.form-field--phone')).toBeNull();
    await typeInto('subjectName', '3 号楼的王奶奶');
    await next();
    await choose(await screen.findByText(STREET.name));
    await typeInto('address', '3 号楼');
    await next();
    expect(stepTitle()).toBe('说说遇到的困难');
    await next();
    expect(fieldError('observed')).toBe('! 请说说您看到的情况');
    expect(fieldError('urgency')).toBe('! 请选择有多着急');
    await typeInto('observed', '好几天没见她出门');
    await choose('比较急');
    await next();
    expect(stepTitle()).toBe('个人信息怎么用');
    expect(document.querySelector('.form-field--sensitiveData')).toBeNull();
  });
});

describe('apply wizard: review', () => {
  it('修改 opens a step and comes back to the review once it is valid again', async () => {
    mockDivisions();
    render(<ApplyWizardPage />);
    await fillSelfUntil('核对后提交');
    const edits = Array.from(document.querySelectorAll('.apply-review__edit'));
    expect(edits).toHaveLength(6);
    await tap(document.querySelector('.apply-review--person .apply-review__edit') as HTMLElement);
    expect(stepTitle()).toBe('需要帮助的人');
    await typeInto('phone', '1391234');
    await tap('改好了，回到核对');
    expect(fieldError('phone')).toBe('! 手机号应为11位数字');
    await typeInto('phone', '13800001111');
    await tap('改好了，回到核对');
    expect(stepTitle()).toBe('核对后提交');
    expect(screen.getByText('13800001111')).toBeInTheDocument();
  });
});

describe('apply wizard: draft', () => {
  it('is saved at every step and offered back after the page is gone', async () => {
    mockDivisions();
    const first = render(<ApplyWizardPage />);
    await fillSelfUntil('住在哪里');
    await typeInto('address', '文三路 100 号');
    expect(loadDraft()).toMatchObject({
      step: 'address',
      channel: 'self',
      subjectName: '张阿姨',
      address: '文三路 100 号',
    });
    first.unmount();

    render(<ApplyWizardPage />);
    expect(screen.getByText('上次还没有填完')).toBeInTheDocument();
    expect(screen.getByText('为我自己申请 · 张阿姨')).toBeInTheDocument();
    await tap('继续上次填写');
    expect(stepTitle()).toBe('住在哪里');
    expect(await screen.findByText(STREET.name)).toBeInTheDocument();
    expect(document.querySelector('.form-field--address .form-input')).toHaveValue('文三路 100 号');
    await tap('上一步');
    expect(document.querySelector('.form-field--subjectName .form-input')).toHaveValue('张阿姨');
  });

  it('starts again only after confirming, and clears what was saved', async () => {
    mockDivisions();
    const first = render(<ApplyWizardPage />);
    await fillSelfUntil('住在哪里');
    first.unmount();

    render(<ApplyWizardPage />);
    await tap('重新开始');
    expect(screen.getByText('确定重新开始吗？')).toBeInTheDocument();
    await tap('清空，重新开始');
    expect(stepTitle()).toBe('为谁申请');
    expect(loadDraft()).toMatchObject({ channel: null, subjectName: '', step: 'who' });
  });

  it('goes straight back to the draft after a login (resume=1)', async () => {
    mockDivisions();
    const first = render(<ApplyWizardPage />);
    await fillSelfUntil('住在哪里');
    first.unmount();

    openPage(WIZARD, { resume: '1' });
    render(<ApplyWizardPage />);
    expect(screen.queryByText('上次还没有填完')).toBeNull();
    expect(stepTitle()).toBe('住在哪里');
    expect(await screen.findByText(STREET.name)).toBeInTheDocument();
  });
});

describe('apply wizard: prefill from the self-check', () => {
  it('selects the tier, known categories and target group from the query', async () => {
    mockDivisions();
    openPage(WIZARD, {
      from: 'self-check',
      needTier: 'care',
      categories: 'medical,elderly_care,bogus',
      targetGroup: 'dibao',
    });
    render(<ApplyWizardPage />);

    expect(screen.getByText(/已按照您刚才的自查结果/)).toBeInTheDocument();
    await fillSelfUntil('需要哪方面的帮助');
    expect(screen.getByText(/^自查结果：可能符合低保/)).toBeInTheDocument();
    const checked = Array.from(document.querySelectorAll('.form-choice__option[aria-checked="true"]'), (el) =>
      el.getAttribute('data-value'),
    );
    expect(checked).toEqual(['care', 'medical', 'elderly_care']);
    await act(async () => undefined);
    expect(loadDraft()).toMatchObject({
      needTier: 'care',
      categories: ['medical', 'elderly_care'],
      targetGroup: 'dibao',
      from: 'self-check',
    });
  });

  it('ignores values it does not know', async () => {
    mockDivisions();
    openPage(WIZARD, { needTier: 'rich', targetGroup: 'vip' });
    render(<ApplyWizardPage />);
    expect(screen.queryByText(/已按照您刚才的自查结果/)).toBeNull();
    await fillSelfUntil('需要哪方面的帮助');
    expect(document.querySelectorAll('.form-choice__option[aria-checked="true"]')).toHaveLength(0);
  });
});
