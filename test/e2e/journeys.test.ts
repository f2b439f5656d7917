/**
 * End-to-end journeys (issue 5) in a real browser against the built server, one story in order:
 * a resident checks what he may apply for and applies for his father; the community worker accepts,
 * visits and resolves the case; the resident sees it resolved; a neighbour's referral shows its referrer
 * only 已收到 / 正在跟进. Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser';
import { apiAs, idNumber, loginAs, logout, openTab, serverForSuite, tinyJpeg, visibleText } from './support/journey';
import { assertBuildsExist, type RunningServer } from './support/server';

jest.setTimeout(90_000);

const FATHER = {
  name: '李福根',
  id: idNumber('19480312'),
  phone: '13812345678',
  address: '文三路 100 号 3 幢 2 单元 501 室',
};
const STREET = '330106005000'; // 翠苑街道
const COMMUNITY = '330106005055'; // 翠苑一区社区
const POINT = '翠苑一区';
const VISIT_NOTE = '上门看了，老人行动不便，药费单据齐全，已帮忙联系医疗救助。';
const REFERRAL_VISIT_NOTE = '赵奶奶感冒在家，已送药并联系女儿';
const NEIGHBOUR = {
  name: '3号楼的赵奶奶',
  address: '翠苑一区 3 幢 1 单元 102 室',
  observed: '赵奶奶一个人住，这一周都没见她下楼买菜，敲门也没人应',
};

let server: RunningServer;
let browser: Browser;
let page: Page;
let photoPath: string;
/** Set by the first journey, used by the ones after it. */
let refNo = '';
let applicationId = '';

const choose = (field: string, value: string) =>
  page.locator(`.form-choice--${field} .form-choice__option[data-value="${value}"]`).click();
const fill = (field: string, value: string) =>
  page.locator(`.form-field--${field}`).locator('input, textarea').first().fill(value);
const stepTitle = () => page.locator('.apply__step-title').textContent();

async function next(expectedTitle: string): Promise<void> {
  await page.locator('.apply__next').click();
  await page.locator('.apply__step-title', { hasText: expectedTitle }).waitFor();
}

/** Self-check answers for an elderly father on a small income with big medical bills. */
const NUMBER_ANSWERS: [RegExp, string][] = [
  [/几口人/, '2'],
  [/收入/, '800'],
  [/年纪/, '78'],
  [/上学/, '0'],
];
const YES = /存款|看病|西湖区/;
/** Choice questions: the father is a man. */
const CHOICES: [RegExp, RegExp][] = [[/男性还是女性/, /^男性$/]];

async function answerSelfCheck(): Promise<void> {
  await page.locator('.self-check__start').click();
  for (;;) {
    const results = page.locator('.self-check__results');
    const question = page.locator('.self-check__q-label');
    await results.or(question).first().waitFor();
    if (await results.isVisible()) return;
    const progress = await page.locator('.self-check__progress').textContent();
    const label = (await question.textContent()) ?? '';
    if (await page.locator('.self-check__input').isVisible()) {
      const answer = NUMBER_ANSWERS.find(([pattern]) => pattern.test(label));
      if (!answer) throw new Error(`no test answer for the number question "${label}"`);
      await page.locator('.self-check__input input').fill(answer[1]);
      await page.locator('.self-check__next').click();
    } else {
      const choice = CHOICES.find(([pattern]) => pattern.test(label));
      const option = choice ? choice[1] : YES.test(label) ? /^是$/ : /^不是$/;
      await page.locator('.self-check__option', { hasText: option }).click();
    }
    // The next screen (another question or the results) replaces this one.
    await page.waitForFunction(
      (before) => document.querySelector('.self-check__progress')?.textContent !== before,
      progress,
    );
  }
}

beforeAll(async () => {
  assertBuildsExist();
  photoPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhulian-e2e-photo-')), 'medical-record.jpg');
  fs.writeFileSync(photoPath, await tinyJpeg());
  server = await serverForSuite();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (photoPath) fs.rmSync(path.dirname(photoPath), { recursive: true, force: true });
});

afterEach(() => {
  const errors = browser ? browser.errors.splice(0) : [];
  expect(errors).toEqual([]);
});

describe('journeys (375 px)', () => {
  it('(a) a resident checks what he may get, applies for his father with a photo, and gets a receipt and a timeline', async () => {
    await page.goto(`${server.baseUrl}/`);
    await loginAs(page, '李先生');
    await openTab(page, '首页');
    await page.locator('.home-actions__check', { hasText: '我能申请什么' }).click();
    await page.waitForURL(/packages\/content\/pages\/self-check/);
    await answerSelfCheck();
    await expect(page.locator('.self-check__results-title').textContent()).resolves.toMatch(/项帮助(很)?可能适合您/);

    await page.locator('.self-check__apply').first().click();
    await page.waitForURL(/packages\/apply\/pages\/wizard\/index\?from=self-check/);
    await expect(page.locator('.apply__progress').textContent()).resolves.toContain('第 1 步，共 7 步');
    await expect(visibleText(page)).resolves.toContain('已按照您刚才的自查结果');

    // 1 为谁申请: nothing chosen yet says what to do; then 为家人申请.
    await page.locator('.apply__next').click();
    await expect(page.locator('.form-field--channel .form-field__error').textContent()).resolves.toContain(
      '请选择为谁申请',
    );
    await choose('channel', 'proxy');
    await next('需要帮助的人');

    // 2 需要帮助的人: a wrong ID number is refused with the shared schema's message, the rest is kept.
    await fill('subjectName', FATHER.name);
    await choose('relationship', 'child');
    await fill('idNumber', FATHER.id.slice(0, 17) + (FATHER.id[17] === '0' ? '1' : '0'));
    await fill('phone', FATHER.phone);
    await fill('applicantPhone', '13600005555'); // the son's own number, for staff to call back
    await choose('subjectConsentMethod', 'in_person');
    await page.locator('.apply__next').click();
    await page.locator('.form-field--idNumber .form-field__error').waitFor();
    await expect(page.locator('.form-field--subjectName input').inputValue()).resolves.toBe(FATHER.name);
    await fill('idNumber', FATHER.id);
    await next('住在哪里');

    // 3 住在哪里: street, then community, then the address.
    await choose('street', STREET);
    await choose('community', COMMUNITY);
    await fill('address', FATHER.address);
    await next('需要哪方面的帮助');

    // 4 需要的帮助: the tier and categories come from the self-check; urgency is asked.
    await expect(
      page.locator('.form-choice--needTier .form-choice__option[aria-checked="true"]').count(),
    ).resolves.toBe(1);
    await expect(
      page.locator('.form-choice--categories .form-choice__option[aria-checked="true"]').count(),
    ).resolves.toBeGreaterThan(0);
    await choose('urgency', 'urgent');
    await next('说说遇到的困难');

    // 5 困难情况 and a photo, picked through the H5 file chooser and uploaded with progress.
    await fill(
      'description',
      '父亲今年 78 岁，去年做了心脏手术，自己付的药费很多，母亲身体也不好，家里每月收入不够用。',
    );
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.photo-list__add').click();
    await (await chooser).setFiles(photoPath);
    await page.locator('.photo-list__item--done', { hasText: '第 1 张 已上传' }).waitFor();
    await expect(page.locator('.photo-list__error').count()).resolves.toBe(0);
    await next('个人信息怎么用');

    // 6 个人信息: the privacy notice must be agreed to; sensitive data is a separate choice.
    await page.locator('.apply__next').click();
    await page.locator('.form-field--privacyNotice .form-field__error').waitFor();
    await choose('privacyNotice', 'yes');
    await choose('sensitiveData', 'yes');
    await next('核对后提交');

    // 7 核对: everything on one screen, the ID number masked.
    const review = await visibleText(page);
    for (const shown of [
      FATHER.name,
      '子女',
      '当面问过本人',
      '翠苑街道 翠苑一区社区',
      FATHER.address,
      '1 张',
      '已同意',
    ])
      expect(review).toContain(shown);
    expect(review).not.toContain(FATHER.id);
    expect(await stepTitle()).toBe('核对后提交');
    await page.locator('.apply__submit').click();

    // Receipt: the reference number, the community's point and why it was chosen.
    await page.waitForURL(/packages\/apply\/pages\/receipt/);
    const reference = page.locator('.receipt__reference');
    await reference.waitFor();
    refNo = (await reference.getAttribute('aria-label')) ?? '';
    expect(refNo).toMatch(/^XH\d{6}-[2-9A-HJKMNP-Z]{4}$/);
    applicationId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';
    expect(applicationId).not.toBe('');
    await expect(page.locator('.receipt__point-name').textContent()).resolves.toContain(POINT);
    await expect(page.locator('.receipt__reason').textContent()).resolves.toMatch(
      /为什么是这里：.*地址属于翠苑一区社区/,
    );

    // 查看进度 → the detail with its timeline.
    await page.locator('.receipt__progress').click();
    await page.waitForURL(/packages\/mine\/pages\/application\/index/);
    await page.locator('.timeline__entry').first().waitFor();
    await expect(page.locator('.timeline__entry').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^最新：申请已提交/),
    ]);
    const detail = await visibleText(page);
    expect(detail).toContain(`您替 ${FATHER.name} 提交的申请`);
    expect(detail).toContain(refNo);
    expect(detail).toContain(POINT);
    await expect(page.locator('.app-detail__status').textContent()).resolves.toContain('待受理');
    await expect(page.locator('.app-detail__attachment').count()).resolves.toBe(1);
  });

  it('(b) the community worker accepts the case, records a home visit and resolves it', async () => {
    expect(refNo).not.toBe('');
    await loginAs(page, '陈社工');
    await page.locator('.mine-entries__item--workbench').click();
    await page.waitForURL(/packages\/staff\/pages\/queue/);
    const card = page.locator('.case-card', { has: page.locator('.case-card__ref', { hasText: refNo }) });
    await card.waitFor();
    await expect(card.locator('.case-card__name').textContent()).resolves.toBe(FATHER.name);
    await card.click();
    await page.waitForURL(/packages\/staff\/pages\/case/);

    const status = page.locator('.case__header .case-badge--status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain('待受理');

    await page.locator('.case-action--accept').click();
    await page.locator('.staff-sheet--accept .staff-sheet__submit').click();
    await page.locator('.staff-sheet--accept').waitFor({ state: 'detached' });
    await page.locator('.case__header .case-badge--status', { hasText: '已受理' }).waitFor();

    await page.locator('.case-action--visit').click();
    const visit = page.locator('.staff-sheet--visit');
    await visit.locator('.staff-sheet__submit').click(); // an empty note is refused with the schema's message
    await visit.getByText('请记录走访情况').waitFor();
    await visit.locator('.staff-field__input--note textarea').fill(VISIT_NOTE);
    await visit.locator('.staff-sheet__submit').click();
    await visit.waitFor({ state: 'detached' });
    await page.getByText(VISIT_NOTE).waitFor(); // in the case's own timeline
    await page.locator('.case__header .case-badge--status', { hasText: '办理中' }).waitFor();

    await page.locator('.case-action--resolve').click();
    const resolve = page.locator('.staff-sheet--resolve');
    await resolve.locator('.staff-choice__item', { hasText: '已办好' }).click();
    await resolve.locator('.staff-field__input--decidedText textarea').fill('已申请临时救助，月底前发放');
    await resolve.locator('.staff-sheet__submit', { hasText: '确认办结' }).click();
    await resolve.waitFor({ state: 'detached' });
    await page.locator('.case__header .case-badge--status', { hasText: '已办结' }).waitFor();
    await expect(page.locator('.case-action--resolve').count()).resolves.toBe(0);
  });

  it('(c) the resident sees the application resolved in 我的申请 and on the timeline', async () => {
    expect(applicationId).not.toBe('');
    await loginAs(page, '李先生');
    await page.locator('.mine-entries__item--applications').click();
    await page.waitForURL(/packages\/mine\/pages\/applications/);
    const card = page.locator(`.my-apps__group--proxy .my-app-card[data-id="${applicationId}"]`);
    await card.waitFor();
    await expect(card.locator('.my-app-card__status').textContent()).resolves.toContain('已办结');

    await card.click();
    await page.waitForURL(/packages\/mine\/pages\/application\/index/);
    await expect(page.locator('.app-detail__status').textContent()).resolves.toContain('已办结');
    const timeline = await page.locator('.timeline__entry .timeline__text').allTextContents();
    expect(timeline).toEqual(['最新：已办结', '工作人员上门了解了情况', '工作人员已受理', '申请已提交']);
    // What staff wrote stays inside the case: the resident sees progress in plain words.
    await expect(visibleText(page)).resolves.not.toContain(VISIT_NOTE);
  });

  it('(d) a neighbour’s referral: the referrer sees only 已收到 / 正在跟进, never the details or the outcome', async () => {
    await loginAs(page, '王大伯');
    await page.locator('.mine-entries__item--apply').click();
    await page.waitForURL(/packages\/apply\/pages\/wizard/);
    if (await page.locator('.apply-resume__restart').isVisible()) await page.locator('.apply-resume__restart').click();
    await choose('channel', 'referral');
    await expect(page.locator('.apply__progress').textContent()).resolves.toContain('共 6 步');
    await next('需要帮助的人');
    await fill('subjectName', NEIGHBOUR.name);
    await fill('referrerPhone', '13900001111');
    await next('住在哪里');
    await choose('street', STREET);
    await choose('community', COMMUNITY);
    await fill('address', NEIGHBOUR.address);
    await next('说说遇到的困难');
    await fill('observed', NEIGHBOUR.observed);
    await choose('urgency', 'urgent');
    await next('个人信息怎么用');
    await choose('privacyNotice', 'yes');
    await next('核对后提交');
    await page.locator('.apply__submit').click();
    await page.waitForURL(/packages\/apply\/pages\/receipt/);
    await page.locator('.receipt__title', { hasText: '谢谢您，已经收到' }).waitFor();
    const referralRef = (await page.locator('.receipt__reference').getAttribute('aria-label')) ?? '';
    const referralId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';
    expect(referralRef).not.toBe('');

    // Staff act through the API while the referrer watches.
    const staff = await apiAs(server.baseUrl, '陈社工');
    const { version } = await staff<{ version: number }>('cases.get', { id: referralId });
    // a referral carries no categories: staff classify it when they accept it
    await staff('cases.accept', {
      id: referralId,
      expectedVersion: version,
      classification: { categories: ['elderly_care'], needTier: 'care' },
    });

    // The name is the referrer's own label for the lead; what they described, the phone and anything staff did are not shown.
    const privateBits = [NEIGHBOUR.address, NEIGHBOUR.observed, '3 幢', '13900001111', '139****1111', POINT];
    const assertOnlyStatus = async (status: string) => {
      const text = await visibleText(page);
      expect(text).toContain(status);
      for (const bit of privateBits) expect(text).not.toContain(bit);
      expect(text).not.toContain(REFERRAL_VISIT_NOTE);
      expect(text).not.toMatch(/已帮到|部分帮到|不符合条件|走访|办结|已受理|正在办理/);
    };

    await openTab(page, '我的');
    await page.locator('.mine-entries__item--applications').click();
    await page.waitForURL(/packages\/mine\/pages\/applications/);
    const card = page.locator(`.my-apps__group--referral .my-app-card[data-id="${referralId}"]`);
    await card.waitFor();
    await expect(card.locator('.my-app-card__status').textContent()).resolves.toBe('正在跟进');
    await assertOnlyStatus('正在跟进');

    await card.click();
    await page.locator('.app-detail__referrer').waitFor();
    await expect(page.locator('.app-detail__status').textContent()).resolves.toBe('正在跟进');
    await expect(page.locator('.timeline__entry').count()).resolves.toBe(0);
    await assertOnlyStatus('正在跟进');

    // Even once resolved, the referrer is told no outcome.
    const accepted = await staff<{ version: number }>('cases.get', { id: referralId });
    const visited = await staff<{ version: number }>('cases.visit', {
      id: referralId,
      expectedVersion: accepted.version,
      note: REFERRAL_VISIT_NOTE,
      visitedAt: new Date().toISOString(),
    });
    await staff('cases.resolve', {
      id: referralId,
      expectedVersion: visited.version,
      outcome: 'approved',
      decidedText: '已办好',
    });
    await page.reload();
    await page.locator('.app-detail__referrer').waitFor();
    const statusText = (await page.locator('.app-detail__status').textContent()) ?? '';
    expect(['已收到', '正在跟进']).toContain(statusText);
    await assertOnlyStatus(statusText);
    await logout(page);
  });
});
