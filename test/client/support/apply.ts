/** Helpers for the apply wizard and my-applications tests: router params, typing into Taro inputs, tapping options. */
import { act, fireEvent, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';

export const STREET = { code: '330106005000', name: '翠苑街道', level: 'street', parentCode: '330106000000' };
export const COMMUNITY = { code: '330106005055', name: '翠苑一区社区', level: 'community', parentCode: STREET.code };
export const APP_ID = '0a0a0a0a-0000-4000-8000-000000000001';
export const POINT_ID = '0b0b0b0b-0000-4000-8000-000000000002';
/** A valid GB 11643 ID number (check character computed) and a bad one. */
export const GOOD_ID = '11010519491231002X';
export const BAD_ID = '110105194912310021';

export function openPage(path: string, params: Record<string, string> = {}) {
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTimelineReady: '' } as never;
}

/** Types into the Taro Input/Textarea inside the form field `form-field--<name>`. */
export async function typeInto(name: string, value: string) {
  const field = document.querySelector(`.form-field--${name}`);
  if (!field) throw new Error(`no field ${name}`);
  const input = field.querySelector('.form-input');
  if (!input) throw new Error(`no input in ${name}`);
  await act(async () => {
    fireEvent(input, new CustomEvent('input', { bubbles: true, detail: { value } }));
  });
}

/** Taps the option with this visible label (FormChoice). */
export async function choose(label: string | RegExp | HTMLElement) {
  const node = label instanceof HTMLElement ? label : screen.getByText(label);
  const option = node.closest('.form-choice__option') ?? node;
  await act(async () => {
    fireEvent.click(option);
  });
}

/** Taps the last element with this text (a dialog's button comes after the page's), or the element given. */
export async function tap(text: string | RegExp | HTMLElement) {
  const node = text instanceof HTMLElement ? text : screen.getAllByText(text).at(-1)!;
  await act(async () => {
    fireEvent.click(node);
  });
}

export const fieldError = (name: string) =>
  document.querySelector(`.form-field--${name} .form-field__error`)?.textContent ?? null;
export const stepTitle = () => document.querySelector('.apply__step-title')?.textContent ?? null;

export function stubNavigation() {
  return {
    redirectTo: jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never),
    navigateTo: jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never),
    switchTab: jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never),
  };
}

export function submitResult(overrides: Record<string, unknown> = {}) {
  return {
    id: APP_ID,
    refNo: 'XH261129-7KQ3',
    status: 'submitted',
    routing: {
      servicePoint: {
        id: POINT_ID,
        name: '翠苑一区助联服务点',
        level: 'community_point',
        phone: '0571-88001234',
        address: '文三路 1 号',
      },
      reason: '您选择了翠苑一区社区，由该社区的服务点负责',
      dueAt: '2026-12-01T09:30:00.000Z',
    },
    ...overrides,
  };
}

export async function next() {
  await tap('下一步');
}

/** Fills the self channel step by step, stopping when the step with this title is reached. */
export async function fillSelfUntil(title: string) {
  const steps: [string, () => Promise<void>][] = [
    ['为谁申请', async () => choose('为我自己申请')],
    [
      '需要帮助的人',
      async () => {
        await typeInto('subjectName', '张阿姨');
        await typeInto('phone', '13912345678');
      },
    ],
    [
      '住在哪里',
      async () => {
        await choose(await screen.findByText(STREET.name));
        await choose(await screen.findByText(COMMUNITY.name));
        await typeInto('address', '文三路 100 号 3 幢 501 室');
      },
    ],
    [
      '需要哪方面的帮助',
      async () => {
        await choose(/^关爱型/);
        await choose('一般');
      },
    ],
    ['说说遇到的困难', async () => typeInto('description', '一个人住，腿脚不好，买菜做饭都难')],
    [
      '个人信息怎么用',
      async () => {
        await choose('我已阅读并同意上面的说明');
        await choose('同意工作人员使用健康、残疾、收入等信息');
      },
    ],
  ];
  for (const [stepName, fill] of steps) {
    if (stepName === title) return;
    expect(stepTitle()).toBe(stepName);
    await fill();
    await next();
  }
  expect(stepTitle()).toBe(title);
  await act(async () => undefined); // let the new step's own loading (e.g. the street list) settle
}

/** divisions.list: the street for no parent, its one community otherwise. */
export const divisionsList = (data: unknown) => ({
  statusCode: 200,
  data: { ok: true, data: { items: (data as { parentCode?: string }).parentCode ? [COMMUNITY] : [STREET] } },
});

/** The Idempotency-Key header of every applications.submit request so far. */
export function submitKeys(spy: jest.SpyInstance): (string | undefined)[] {
  return spy.mock.calls
    .map((args) => args[0] as { url: string; header?: Record<string, string> })
    .filter((o) => o.url.endsWith('/api/applications.submit'))
    .map((o) => o.header?.['Idempotency-Key']);
}

/**
 * Taro's H5 <Input>/<Textarea> (Stencil elements) reads its inner textarea before jsdom has hydrated it and logs a
 * TypeError on each value change; browsers hydrate first. Only that message is dropped.
 */
export function quietTextareaNoise() {
  const original = console.error;
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const first = args[0] as { message?: unknown; stack?: unknown } | undefined;
    if (
      first &&
      /reading 'value'/.test(String(first.message)) &&
      /taro-(textarea|input)-core/.test(String(first.stack))
    )
      return;
    original(...args);
  });
}

let appSeq = 0;
/** One item of applications.mine (ZMyApplication). */
export function myApp(overrides: Record<string, unknown> = {}) {
  appSeq += 1;
  return {
    id: `0c0c0c0c-0000-4000-8000-${String(appSeq).padStart(12, '0')}`,
    refNo: `XH261129-${'ABCDEFGHJK'[appSeq % 10]}7Q3`,
    channel: 'self',
    role: 'applicant',
    subjectName: '张阿姨',
    statusText: '已提交，等待受理',
    status: 'submitted',
    createdAt: '2026-11-29T02:30:00.000Z',
    servicePointName: '翠苑一区助联服务点',
    canWithdraw: true,
    canProvideInfo: false,
    canRevokeConsent: false,
    ...overrides,
  };
}

/** applications.get (ZApplicationDetail). */
export function appDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...myApp({ id: APP_ID, refNo: 'XH261129-7KQ3' }),
    routingReason: '您选择了翠苑一区社区，由该社区的服务点负责',
    servicePointPhone: '0571-88001234',
    contact: {
      call: {
        number: '0571-88001234',
        source: 'point',
        ownerName: '翠苑一区助联服务点',
        whose: '这是翠苑一区助联服务点的电话',
        why: null,
      },
      visit: { source: 'point', name: '翠苑一区助联服务点', address: '翠苑一区 12 幢', note: null },
    },
    timeline: [
      { at: '2026-11-29T02:30:00.000Z', text: '申请已提交' },
      { at: '2026-11-29T05:00:00.000Z', text: '工作人员已受理' },
    ],
    version: 2,
    attachments: [],
    deliveries: [],
    outcome: null,
    canConfirm: false,
    canAskReopen: false,
    autoCloseAt: null,
    ...overrides,
  };
}
