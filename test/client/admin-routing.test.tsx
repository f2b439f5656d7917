/**
 * 分派规则 as a form: the published rules fill the fields, wrong numbers and too many departments are refused
 * with field messages before anything is sent, the server's field errors land on their fields, and a publish
 * sends the whole rules object.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import AdminPage from '@/packages/admin/pages/index/index';
import { DEFAULT_RESOLVE_DEADLINES } from '@shared/schemas/routing-rules';
import { formKeyFor, fromRoutingForm, toRoutingForm } from '@/packages/admin/lib/routing-form';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const RULES = {
  deadlines: { emergency: { hours: 24 }, urgent: { hours: 48 }, normal: { workingDays: 3 } },
  categoryDepartments: { medical: ['health'], basic_living: ['civil_affairs'] },
  maxCoordinateDistanceMetres: 5000,
  alertStationOnEmergency: true,
  emergencyTierHours: { hub: 4 },
  resolveDeadlines: {
    emergency: { hours: 48 },
    urgent: { workingDays: 4 },
    normal: { workingDays: 12 },
    categories: { basic_living: { workingDays: 20 }, medical: { workingDays: 8 } },
  },
  outOfDistrictAdvice: '请同时联系您户籍所在区的民政部门',
};
const dept = (n: number, code: string, name: string) => ({
  id: `0a1b2c3d-0000-4000-8000-00000000000${n}`,
  code,
  name,
  isLead: n === 1,
});
const DEPARTMENTS = {
  items: [
    dept(1, 'civil_affairs', '区民政局'),
    dept(2, 'health', '区卫健局'),
    dept(3, 'medical_security', '区医保局'),
    dept(4, 'hrss', '区人力社保局'),
    dept(5, 'education', '区教育局'),
  ],
};
const input = (name: string) =>
  document.querySelector(`.staff-field__input--${name}`) as HTMLElement & { value: string };
const typeInto = (name: string, value: string) =>
  fireEvent(input(name), new CustomEvent('input', { bubbles: true, detail: { value } }));
const fieldOf = (name: string) => input(name).closest('.staff-field') as HTMLElement;
const categoryField = (label: string) => screen.getByText(label).closest('.staff-field') as HTMLElement;

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session({ user: me({ displayName: '管理员', roles: ['admin'] }) }));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
});

async function openRouting(set: () => ReturnType<typeof ok>, rules: Record<string, unknown> = RULES) {
  const api = mockApi({
    'admin.policies.list': () => ok({ items: [] }),
    'admin.routing.get': () => ok({ version: 3, rules }),
    'departments.list': () => ok(DEPARTMENTS),
    'admin.routing.set': set,
  });
  render(<AdminPage />);
  await act(async () =>
    fireEvent.click(within(document.querySelector('.admin__tabs') as HTMLElement).getByText('分派规则')),
  );
  await screen.findByText('当前是第 3 版');
  return api;
}

describe('routing rules form', () => {
  it('fills the fields from the published version, in words, with no JSON in sight', async () => {
    await openRouting(() => ok({ version: 4, rules: RULES }));
    expect(screen.getByText('办理期限：一般 3 个工作日，比较急 48 小时，非常紧急 24 小时')).toBeInTheDocument();
    expect(input('emergency-hours').value).toBe('24');
    expect(input('normal-days').value).toBe('3');
    expect(input('distance').value).toBe('5000');
    expect(within(categoryField('看病就医')).getByText('✓ 区卫健局')).toBeInTheDocument();
    expect(screen.queryByText(/JSON/)).toBeNull();
  });

  it('refuses wrong numbers and a fifth department on their fields, sending nothing', async () => {
    const api = await openRouting(() => ok({ version: 4, rules: RULES }));
    typeInto('emergency-hours', '0');
    typeInto('normal-days', '2.5');
    typeInto('distance', '五千');
    typeInto('advice', '   ');
    for (const name of ['区民政局', '区医保局', '区人力社保局', '区教育局'])
      fireEvent.click(within(categoryField('看病就医')).getByText(name));
    await act(async () => fireEvent.click(screen.getByText('发布新版本')));

    expect(within(fieldOf('emergency-hours')).getByText('请填 1 到 240 之间的整数（小时）')).toBeInTheDocument();
    expect(within(fieldOf('normal-days')).getByText('请填 1 到 30 之间的整数（工作日）')).toBeInTheDocument();
    expect(within(fieldOf('distance')).getByText('请填 100 到 50000 之间的整数（米）')).toBeInTheDocument();
    expect(within(fieldOf('advice')).getByText('请填写提示语，不超过 200 个字')).toBeInTheDocument();
    expect(within(categoryField('看病就医')).getByText('每一类最多选 4 个部门')).toBeInTheDocument();
    expect(screen.getByText('有几项没有填对，请看红字修改后再发布。')).toBeInTheDocument();
    expect(api.callsTo('admin.routing.set')).toHaveLength(0);
  });

  it('publishes the whole rules object, and shows a server field error on its field', async () => {
    let attempts = 0;
    const api = await openRouting(() =>
      attempts++ === 0
        ? fail(400, 'VALIDATION_FAILED', {
            details: [{ field: 'rules.deadlines.urgent.hours', message: '不能小于 1' }],
          })
        : ok({ version: 4, rules: { ...RULES, deadlines: { ...RULES.deadlines, emergency: { hours: 12 } } } }),
    );
    typeInto('emergency-hours', '12');
    fireEvent.click(within(categoryField('看病就医')).getByText('区医保局'));
    fireEvent.click(screen.getByText('不单独通知'));
    await act(async () => fireEvent.click(screen.getByText('发布新版本')));

    expect(api.callsTo('admin.routing.set')[0]!.data).toEqual({
      rules: {
        ...RULES,
        deadlines: { ...RULES.deadlines, emergency: { hours: 12 } },
        categoryDepartments: { medical: ['health', 'medical_security'], basic_living: ['civil_affairs'] },
        alertStationOnEmergency: false,
      },
    });
    expect(within(fieldOf('urgent-hours')).getByText('不能小于 1')).toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByText('发布新版本')));
    expect(screen.getByText('已发布第 4 版，新的申请从现在起按新规则分派')).toBeInTheDocument();
    expect(input('emergency-hours').value).toBe('12');
  });
});

describe('resolve deadlines on the routing form', () => {
  it('shows them, and an edit of one keeps all the others in what is published', async () => {
    const api = await openRouting(() => ok({ version: 4, rules: RULES }));
    expect(screen.getByText('办结期限（受理以后多久要办好）')).toBeInTheDocument();
    expect(input('resolve-emergency-hours').value).toBe('48');
    expect(input('resolve-urgent-days').value).toBe('4');
    expect(input('resolve-normal-days').value).toBe('12');
    expect(input('resolve-days-basic_living').value).toBe('20');
    expect(input('resolve-days-housing').value).toBe('');
    typeInto('resolve-days-housing', '25');
    typeInto('resolve-days-medical', '');
    await act(async () => fireEvent.click(screen.getByText('发布新版本')));
    expect(api.callsTo('admin.routing.set')[0]!.data).toEqual({
      rules: {
        ...RULES,
        resolveDeadlines: {
          ...RULES.resolveDeadlines,
          categories: { basic_living: { workingDays: 20 }, housing: { workingDays: 25 } },
        },
      },
    });
  });

  it('a version stored before them starts at the server defaults and publishes those, not nothing', async () => {
    const { resolveDeadlines: _omitted, ...old } = RULES;
    const api = await openRouting(() => ok({ version: 4, rules: RULES }), old);
    expect(input('resolve-emergency-hours').value).toBe(String(DEFAULT_RESOLVE_DEADLINES.emergency.hours));
    expect(input('resolve-days-housing').value).toBe(String(DEFAULT_RESOLVE_DEADLINES.categories.housing.workingDays));
    await act(async () => fireEvent.click(screen.getByText('发布新版本')));
    const sent = api.callsTo('admin.routing.set')[0]!.data as { rules: { resolveDeadlines: unknown } };
    expect(sent.rules.resolveDeadlines).toEqual(DEFAULT_RESOLVE_DEADLINES);
  });

  it('refuses out-of-range figures on their fields and maps server paths onto them', async () => {
    const api = await openRouting(() => ok({ version: 4, rules: RULES }));
    typeInto('resolve-emergency-hours', '721');
    typeInto('resolve-normal-days', '0');
    typeInto('resolve-days-legal', '61');
    await act(async () => fireEvent.click(screen.getByText('发布新版本')));
    expect(
      within(fieldOf('resolve-emergency-hours')).getByText('请填 1 到 720 之间的整数（小时）'),
    ).toBeInTheDocument();
    expect(within(fieldOf('resolve-normal-days')).getByText('请填 1 到 60 之间的整数（工作日）')).toBeInTheDocument();
    expect(
      within(fieldOf('resolve-days-legal')).getByText('不填，或填 1 到 60 之间的整数（工作日）'),
    ).toBeInTheDocument();
    expect(api.callsTo('admin.routing.set')).toHaveLength(0);
    expect(formKeyFor('rules.resolveDeadlines.categories.legal.workingDays')).toBe('resolveCategoryDays.legal');
    expect(formKeyFor('rules.resolveDeadlines.urgent.workingDays')).toBe('resolveUrgentDays');
  });
});

describe('routing form conversion', () => {
  it('round-trips the published rules', () => {
    expect(fromRoutingForm(toRoutingForm(RULES))).toEqual({ ok: true, rules: RULES });
  });

  it('starts a field the stored version lacks empty, and asks for it', () => {
    const form = toRoutingForm({ deadlines: { emergency: { hours: 24 } } });
    expect(form.urgentHours).toBe('');
    const result = fromRoutingForm(form);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(
      ['advice', 'hubHours', 'maxDistanceMetres', 'normalWorkingDays', 'urgentHours'].sort(),
    );
  });
});
