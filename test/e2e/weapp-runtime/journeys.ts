/**
 * The user journeys of test/e2e/weapp-runtime.test.ts, as functions of a runtime so the negative controls
 * (controls.ts) run the very same steps against a broken build and must see them fail.
 */
import { api } from '../support/server';
import type { WeappRuntime } from './runtime';

type Street = { code: string; name: string };
type Policy = { id: string; title: string };

/** 首页: the 12 streets and towns from org.overview, each a rendered `.street-card`. */
export async function homeShowsStreets(runtime: WeappRuntime, baseUrl: string, timeoutMs?: number): Promise<void> {
  const { streets } = await api<{ streets: Street[] }>(baseUrl, 'org.overview');
  const home = runtime.open('/pages/index/index');
  await home.waitForText('双浦镇', timeoutMs);
  const text = home.text();
  const missing = streets.filter((s) => !text.includes(s.name)).map((s) => s.name);
  if (streets.length !== 12 || missing.length > 0)
    throw new Error(`home shows ${streets.length - missing.length} of 12 streets; missing ${missing.join('、')}`);
  const cards = home.elements('.street-card');
  if (cards.length !== 12) throw new Error(`home renders ${cards.length} .street-card, expected 12`);
}

/**
 * 读屏 hears the street cards as links: the rendered view carries `aria-role="link"` (from tapProps through
 * base.wxml's aria attributes, config/weapp-aria), and plain blocks carry no role.
 */
export async function streetCardsAnnounced(runtime: WeappRuntime, timeoutMs?: number): Promise<string[]> {
  const home = runtime.open('/pages/index/index');
  await home.waitForText('翠苑街道', timeoutMs);
  const cards = home.elements('.street-card');
  const roles = cards.map((card) => card.getAttribute('aria-role'));
  if (cards.length === 0 || roles.some((role) => role !== 'link'))
    throw new Error(`.street-card aria-role: ${JSON.stringify(roles)}, expected "link" on each`);
  const plain = home.elements('.street-card__body').map((body) => body.getAttribute('aria-role') ?? '');
  if (plain.some((role) => role !== '')) throw new Error(`.street-card__body has aria-role ${JSON.stringify(plain)}`);
  return roles.map((role, i) => `${cards[i]!.querySelectorAll('.street-card__name')[0]?.textContent}: ${role}`);
}

/** A tap on 翠苑街道's card navigates to the street page, which renders its station and points. */
export async function streetTapShowsPoints(runtime: WeappRuntime, timeoutMs?: number): Promise<void> {
  const home = runtime.open('/pages/index/index');
  await home.waitForText('翠苑街道', timeoutMs);
  const index = home.elements('.street-card').findIndex((card) => card.textContent?.includes('翠苑街道'));
  if (index < 0) throw new Error('no .street-card for 翠苑街道');
  await home.tap('.street-card', index);
  const deadline = Date.now() + (timeoutMs ?? 10_000);
  while (runtime.current.route !== 'packages/org/pages/street/index') {
    if (Date.now() > deadline) throw new Error(`the tap did not navigate; pages: ${runtime.openRoutes.join(' > ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const street = runtime.current;
  await street.waitForText('翠苑街道助联服务站', timeoutMs);
  const points = street.elements('.point-card').length;
  if (points <= 5) throw new Error(`the street page renders ${points} .point-card, expected more than 5`);
}

/** 政策: the first page of policies.list, titles rendered as `.policy-card`s. */
export async function policyListRenders(runtime: WeappRuntime, baseUrl: string, timeoutMs?: number): Promise<void> {
  const { items } = await api<{ items: Policy[] }>(baseUrl, 'policies.list', { limit: 20 });
  const page = runtime.open('/pages/policies/index');
  await page.waitForText('全部政策', timeoutMs);
  await page.waitForText(items[0]!.title, timeoutMs);
  const text = page.text();
  const missing = items.filter((p) => !text.includes(p.title));
  if (missing.length > 0) throw new Error(`policy titles not rendered: ${missing.map((p) => p.title).join('、')}`);
  const cards = page.elements('.policy-card').length;
  if (cards !== items.length) throw new Error(`${cards} .policy-card rendered for ${items.length} policies`);
}

/** 我的 → 关怀模式: the switch turns on, the page root gets zl-page--care, the choice is kept in wx storage. */
export async function careModeSwitches(runtime: WeappRuntime, timeoutMs?: number): Promise<void> {
  const mine = runtime.open('/pages/mine/index');
  // 读屏 reads it as a switch and hears whether it is on (aria-role / aria-checked, config/weapp-aria)
  const announced = () => {
    const [node] = mine.elements('.care-switch');
    return `${node?.getAttribute('aria-role')} checked=${node?.getAttribute('aria-checked')}`;
  };
  const expectAnnounced = (expected: string) => {
    if (announced() !== expected) throw new Error(`.care-switch announced as "${announced()}", expected "${expected}"`);
  };
  await mine.waitForText('已关闭', timeoutMs);
  if (mine.elements('.zl-page--care').length > 0) throw new Error('care mode is on before the switch');
  expectAnnounced('switch checked=false');
  await mine.tap('.care-switch');
  await mine.waitForText('已开启', timeoutMs);
  if (mine.elements('.zl-page--care').length !== 1) throw new Error('the page root has no zl-page--care class');
  if (runtime.storage.get('zhulian.careMode.v1') !== 'on') throw new Error('care mode not saved in wx storage');
  expectAnnounced('switch checked=true');
  await mine.tap('.care-switch');
  await mine.waitForText('已关闭', timeoutMs);
  expectAnnounced('switch checked=false');
}

/** 申请帮助: step 1 (为谁申请) asks before moving on, then step 2 (需要帮助的人) renders its inputs. */
export async function applyWizardFirstSteps(runtime: WeappRuntime, timeoutMs?: number): Promise<void> {
  const wizard = runtime.open('/packages/apply/pages/wizard/index');
  await wizard.waitForText('第 1 步，共 7 步', timeoutMs);
  await wizard.waitForText('为谁申请', timeoutMs);
  await wizard.tap('.apply__next .action-button');
  await wizard.waitForText('有 1 处需要修改', timeoutMs);
  if (!wizard.text().includes('第 1 步，共 7 步')) throw new Error('the wizard moved on without a choice');
  const choice = wizard.elements('.form-choice__option').findIndex((o) => o.textContent?.includes('为我自己申请'));
  if (choice < 0) throw new Error('no 为我自己申请 option rendered');
  await wizard.tap('.form-choice__option', choice);
  await wizard.waitForText('✓', timeoutMs);
  await wizard.tap('.apply__next .action-button');
  await wizard.waitForText('第 2 步，共 7 步', timeoutMs);
  await wizard.waitForText('需要帮助的人', timeoutMs);
  if (wizard.elements('wx-input').length === 0) throw new Error('step 2 renders no input');
}
