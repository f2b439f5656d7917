/**
 * 自测规则 as a form (issue 14.4): the stored rule in plain words (no field names), field-level Chinese messages
 * mirroring ZEligibilityRule before anything is sent, server field errors on their fields, and a save that stores a
 * new rule version through admin.policies.setRule.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import { ZEligibilityRule } from '@shared/schemas/content';
import EditPage from '@/packages/admin/pages/edit/index';
import { fromRuleForm, toRuleForm } from '@/packages/admin/lib/rule-form';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const RULE = {
  conditions: [
    {
      field: 'monthlyIncomePerPerson',
      op: 'lt',
      standard: 'dibao_standard',
      required: true,
      reason: '家庭人均收入低于低保标准',
    },
    { field: 'livesInDistrict', op: 'isTrue', required: true, reason: '住在西湖区' },
    { field: 'age', op: 'gte', value: 60, required: false, reason: '年满 60 周岁' },
  ],
  anyOf: [
    [
      { field: 'hasDisability', op: 'isTrue', required: true, reason: '持有残疾人证' },
      { field: 'sex', op: 'eq', value: 'female', required: true, reason: '女性' },
    ],
  ],
} as const;
const STANDARDS = {
  items: [
    { key: 'dibao_standard', label: '低保标准', value: 1240, unit: '元/月', isSample: true, note: null },
    { key: 'low_income_standard', label: '低边标准', value: 1860, unit: '元/月', isSample: true, note: null },
  ],
};
const policy = (rule: unknown) => ({
  slug: 'dibao-2026',
  title: '最低生活保障',
  status: 'published',
  department: { code: 'civil_affairs', name: '区民政局' },
  publishedAt: null,
  updatedAt: '2026-11-29T01:00:00.000Z',
  summary: '家庭收入低于标准的可以申请',
  body: '正文',
  needTiers: ['survival'],
  targetGroups: ['dibao'],
  eligibilityText: '本区户籍',
  materials: [],
  steps: [],
  contacts: [],
  effectiveFrom: null,
  effectiveTo: null,
  rule,
});
const saved = (ruleVersion: number) => ({
  slug: 'dibao-2026',
  title: '最低生活保障',
  status: 'published',
  department: { code: 'civil_affairs', name: '区民政局' },
  publishedAt: null,
  updatedAt: '2026-11-29T01:00:00.000Z',
  ruleVersion,
});

const input = (name: string) => document.querySelector(`.staff-field__input--${name}`) as HTMLElement;
const typeInto = (name: string, value: string) =>
  fireEvent(input(name), new CustomEvent('input', { bubbles: true, detail: { value } }));
const fieldOf = (name: string) => input(name).closest('.staff-field') as HTMLElement;
const condition = (title: string) => screen.getByText(title).closest('.rule-condition') as HTMLElement;
const editor = () => document.querySelector('.rule-editor') as HTMLElement;

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session({ user: me({ displayName: '管理员', roles: ['admin'] }) }));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  Current.router = {
    params: { kind: 'policy', slug: 'dibao-2026' },
    path: '/packages/admin/pages/edit/index',
    onReady: '',
    onHide: '',
    onShow: '',
    shareTimelineReady: '',
  } as never;
});

function open(rule: unknown, setRule = () => ok(saved(4))) {
  const api = mockApi({
    'departments.list': () => ok({ items: [] }),
    'admin.policies.get': () => ok(policy(rule)),
    'admin.standards.list': () => ok(STANDARDS),
    'admin.policies.setRule': setRule,
  });
  render(<EditPage />);
  return api;
}

describe('self-check rule editor', () => {
  it('shows the stored rule in plain words, never field names', async () => {
    open({ version: 3, rule: RULE });
    await screen.findByText('自测规则');
    expect(screen.getByText(/当前是第 3 版。/)).toBeInTheDocument();
    const first = condition('第 1 条');
    expect(within(first).getByText('✓ 家庭人均月收入')).toBeInTheDocument();
    expect(within(first).getByText('✓ 低于')).toBeInTheDocument();
    expect(within(first).getByText('✓ 低保标准（1240元/月）')).toBeInTheDocument();
    expect(within(condition('第 3 条')).getByText('✓ 加分项')).toBeInTheDocument();
    expect(input('conditions-2-value').getAttribute('value')).toBe('60');
    expect(within(condition('第 1 组第 2 条')).getByText('✓ 女性')).toBeInTheDocument();
    expect(editor().textContent).not.toMatch(/monthlyIncomePerPerson|householdSize|isTrue|dibao_standard/);
  });

  it('saves the unchanged rule as it was stored, as a new version', async () => {
    const api = open({ version: 3, rule: RULE });
    await screen.findByText('自测规则');
    await act(async () => fireEvent.click(screen.getByText('保存自测规则')));
    expect(api.callsTo('admin.policies.setRule')[0]!.data).toEqual({ slug: 'dibao-2026', rule: RULE });
    expect(screen.getByText('已保存为第 4 版自测规则，居民自测马上按新规则算')).toBeInTheDocument();
  });

  it('builds a new condition from taps and typing, and removes one', async () => {
    const api = open(null);
    await screen.findByText(/还没有自测规则/);
    await act(async () => fireEvent.click(screen.getByText('添加一条条件')));
    const c = condition('第 1 条');
    fireEvent.click(within(c).getByText('家庭人口'));
    fireEvent.click(within(c).getByText('不少于'));
    typeInto('conditions-0-value', '3');
    typeInto('conditions-0-reason', '家里人口较多');
    await act(async () => fireEvent.click(screen.getByText('添加一条条件')));
    fireEvent.click(within(condition('第 2 条')).getByText('删除'));
    await act(async () => fireEvent.click(screen.getByText('保存自测规则')));
    expect(api.callsTo('admin.policies.setRule')[0]!.data).toEqual({
      slug: 'dibao-2026',
      rule: {
        conditions: [{ field: 'householdSize', op: 'gte', value: 3, required: true, reason: '家里人口较多' }],
        anyOf: [],
      },
    });
  });

  it('refuses an incomplete condition with a message on each field, sending nothing', async () => {
    const api = open({ version: 3, rule: RULE });
    await screen.findByText('自测规则');
    await act(async () => fireEvent.click(screen.getByText('添加一条条件')));
    typeInto('conditions-2-value', '六十');
    typeInto('conditions-0-reason', '');
    typeInto('conditions-0-factor', '0');
    fireEvent.click(within(condition('第 1 组第 1 条')).getByText('年龄'));
    await act(async () => fireEvent.click(screen.getByText('保存自测规则')));
    expect(within(condition('第 4 条')).getByText('请选择问的是哪一项')).toBeInTheDocument();
    expect(within(fieldOf('conditions-2-value')).getByText('请填一个数字')).toBeInTheDocument();
    // another question: the comparison must be chosen again
    expect(within(condition('第 1 组第 1 条')).getByText('请选择怎么比较')).toBeInTheDocument();
    expect(within(fieldOf('conditions-0-reason')).getByText('请填写理由，不超过 80 个字')).toBeInTheDocument();
    expect(
      within(fieldOf('conditions-0-factor')).getByText('倍数要是大于 0 的数字，不填就是 1 倍'),
    ).toBeInTheDocument();
    expect(screen.getByText('有几项需要修改，请看红字提示')).toBeInTheDocument();
    expect(api.callsTo('admin.policies.setRule')).toHaveLength(0);
  });

  it('shows a server field error on its field', async () => {
    open({ version: 3, rule: RULE }, () =>
      fail(400, 'VALIDATION_FAILED', { details: [{ field: 'rule.anyOf.0.1.reason', message: '不能超过 80 个字' }] }),
    );
    await screen.findByText('自测规则');
    await act(async () => fireEvent.click(screen.getByText('保存自测规则')));
    expect(within(fieldOf('anyOf-0-1-reason')).getByText('不能超过 80 个字')).toBeInTheDocument();
  });

  it('is not offered on a new policy', async () => {
    Current.router = { ...Current.router!, params: { kind: 'policy' } } as never;
    const api = mockApi({ 'departments.list': () => ok({ items: [] }) });
    render(<EditPage />);
    await screen.findByText('新建政策');
    expect(screen.queryByText('保存自测规则')).toBeNull();
    expect(api.callsTo('admin.standards.list')).toHaveLength(0);
  });
});

describe('rule form conversion', () => {
  it('round-trips a rule through the form', () => {
    expect(fromRuleForm(toRuleForm(ZEligibilityRule.parse(RULE)))).toEqual({ ok: true, rule: RULE });
  });

  it('asks for a standard when comparing with one', () => {
    const form = toRuleForm(ZEligibilityRule.parse({ conditions: [RULE.conditions[2]] }));
    form.conditions[0]!.target = 'standard';
    expect(fromRuleForm(form)).toEqual({ ok: false, errors: { 'conditions.0.standard': '请选择一项标准' } });
  });

  it('keeps a factor and drops a value left over from another target', () => {
    const form = toRuleForm(ZEligibilityRule.parse({ conditions: [{ ...RULE.conditions[0], factor: 1.5 }] }));
    form.conditions[0]!.value = '999';
    expect(fromRuleForm(form)).toEqual({
      ok: true,
      rule: { conditions: [{ ...RULE.conditions[0], factor: 1.5 }], anyOf: [] },
    });
  });
});
