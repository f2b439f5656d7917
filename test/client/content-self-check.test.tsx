import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { SELF_CHECK_QUESTIONS } from '@shared/domain/self-check';
import SelfCheckPage from '@/packages/content/pages/self-check/index';
import { QUESTIONS, selfCheckResult } from './support/content-fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const SAVED_KEY = 'zhulian.selfCheck.answers.v1';

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.removeStorageSync(SAVED_KEY);
  jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' } as never);
});

function typeNumber(container: HTMLElement, value: string) {
  const input = container.querySelector('.self-check__input')!;
  act(() => {
    fireEvent(input, new CustomEvent('input', { bubbles: true, detail: { value } }));
  });
}

const option = (container: HTMLElement, label: string) => {
  const found = Array.from(container.querySelectorAll('.self-check__option')).find((el) => el.textContent === label);
  if (!found) throw new Error(`no option ${label}`);
  return found;
};

/** A tap whose answer reloads the questions that still matter before the next one shows. */
async function tap(el: Element) {
  await act(async () => {
    fireEvent.click(el);
  });
}

/** Household of 3, income 800, assets "是": the first three seeded questions. */
async function answerAll(container: HTMLElement) {
  fireEvent.click(screen.getByText('开始'));
  expect(screen.getByText('第 1 题，共 3 题')).toBeInTheDocument();
  typeNumber(container, '3');
  await tap(screen.getByText('下一题'));
  expect(screen.getByText('第 2 题，共 3 题')).toBeInTheDocument();
  typeNumber(container, '800');
  await tap(screen.getByText('下一题'));
  await act(async () => {
    fireEvent.click(option(container, '是'));
  });
}

describe('我能申请什么', () => {
  it('asks one question per screen, runs the check with the answers, and shows bands and reasons', async () => {
    const api = mockApi({ 'selfCheck.questions': () => ok(QUESTIONS), 'selfCheck.run': () => ok(selfCheckResult()) });
    const { container } = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);

    await answerAll(container);

    await screen.findByText('有 1 项帮助很可能适合您');
    expect(api.callsTo('selfCheck.run')).toHaveLength(1);
    expect(api.callsTo('selfCheck.run')[0]!.data).toEqual({
      answers: { householdSize: 3, monthlyIncomePerPerson: 800, assetsBelowLimit: true },
    });
    const results = Array.from(container.querySelectorAll('.self-check__result'));
    expect(results.map((r) => r.querySelector('.self-check__result-title')!.textContent)).toEqual([
      '最低生活保障（低保）',
      '医疗救助',
    ]);
    expect(results[0]!.querySelector('.self-check__band')!.textContent).toBe('很可能符合');
    expect(results[1]!.querySelector('.self-check__band')!.textContent).toBe('可能符合');
    expect(results[0]).toHaveTextContent('✓ 家庭人均收入低于低保标准（每月1240元，示例值）');
    expect(results[0]).toHaveTextContent('能帮忙的服务：爱心食物银行');
    expect(results[1]).toHaveTextContent('? 还需要了解看病花费');
    expect(screen.getByText('结果只是参考，标准以民政部门最新公布的为准。')).toBeInTheDocument();
  });

  it('"马上申请" opens the wizard with need tier, categories and target group from the match', async () => {
    mockApi({ 'selfCheck.questions': () => ok(QUESTIONS), 'selfCheck.run': () => ok(selfCheckResult()) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const { container } = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);
    await answerAll(container);
    await screen.findByText('有 1 项帮助很可能适合您');

    const apply = container.querySelectorAll('.self-check__apply .action-button');
    fireEvent.click(apply[0]!);
    fireEvent.click(apply[1]!);

    expect(navigate).toHaveBeenNthCalledWith(1, {
      url: '/packages/apply/pages/wizard/index?from=self-check&needTier=survival&categories=basic_living&targetGroup=dibao',
    });
    expect(navigate).toHaveBeenNthCalledWith(2, {
      url: '/packages/apply/pages/wizard/index?from=self-check&needTier=survival&categories=medical&targetGroup=medical',
    });
  });

  it('skips with 不清楚 (the field is left out) and refuses numbers outside the range', async () => {
    const api = mockApi({ 'selfCheck.questions': () => ok(QUESTIONS), 'selfCheck.run': () => ok(selfCheckResult()) });
    const { container } = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);
    fireEvent.click(screen.getByText('开始'));

    typeNumber(container, '25');
    fireEvent.click(screen.getByText('下一题'));
    expect(screen.getByText('请填 1 到 20 之间的整数')).toBeInTheDocument();
    expect(screen.getByText('第 1 题，共 3 题')).toBeInTheDocument();

    await tap(option(container, '不清楚，跳过'));
    await tap(option(container, '不清楚，跳过'));
    await act(async () => {
      fireEvent.click(option(container, '不是'));
    });

    await screen.findByText('有 1 项帮助很可能适合您');
    expect(api.callsTo('selfCheck.run')[0]!.data).toEqual({ answers: { assetsBelowLimit: false } });
  });

  it('keeps nothing on the phone by default, and keeps the answers only when asked', async () => {
    mockApi({ 'selfCheck.questions': () => ok(QUESTIONS), 'selfCheck.run': () => ok(selfCheckResult()) });
    const first = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);
    expect(screen.getByText('● 不保存我的回答')).toBeInTheDocument();
    await answerAll(first.container);
    await screen.findByText('有 1 项帮助很可能适合您');
    expect(Taro.getStorageSync(SAVED_KEY)).toBe('');
    first.unmount();

    const second = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);
    fireEvent.click(screen.getByText('○ 记在这台手机上'));
    await answerAll(second.container);
    await screen.findByText('有 1 项帮助很可能适合您');
    expect(JSON.parse(Taro.getStorageSync(SAVED_KEY))).toEqual({
      householdSize: 3,
      monthlyIncomePerPerson: 800,
      assetsBelowLimit: true,
    });
    second.unmount();

    render(<SelfCheckPage />);
    await screen.findByText('已经填好了您上次记下的回答，可以直接改。');
    fireEvent.click(screen.getByText('删掉记下的回答'));
    expect(Taro.getStorageSync(SAVED_KEY)).toBe('');
    expect(screen.getByText('● 不保存我的回答')).toBeInTheDocument();
  });

  it('keeps the answers when the check fails and retries with them', async () => {
    let attempts = 0;
    const api = mockApi({
      'selfCheck.questions': () => ok(QUESTIONS),
      'selfCheck.run': () => (++attempts === 1 ? fail(503, 'SERVICE_UNAVAILABLE') : ok(selfCheckResult())),
    });
    const { container } = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);
    await answerAll(container);

    expect(await screen.findByText('服务器说：SERVICE_UNAVAILABLE')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('再试一次'));
    });

    await screen.findByText('有 1 项帮助很可能适合您');
    const bodies = api.callsTo('selfCheck.run').map((c) => c.data);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('skips a question the server says no longer matters, and asks sex as a choice while it does', async () => {
    const q = (field: string) => SELF_CHECK_QUESTIONS.find((x) => x.field === field)!;
    const api = mockApi({
      'selfCheck.questions': (data) => {
        const answers = (data as { answers?: Record<string, unknown> }).answers ?? {};
        // with a student in the household the women's programme no longer depends on sex
        return ok({
          questions:
            answers.studentsInSchool === 1
              ? [q('studentsInSchool'), q('assetsBelowLimit')]
              : [q('studentsInSchool'), q('sex'), q('assetsBelowLimit')],
        });
      },
      'selfCheck.run': () => ok(selfCheckResult()),
    });
    const { container } = render(<SelfCheckPage />);
    await screen.findByText(/回答 3 个小问题/);
    fireEvent.click(screen.getByText('开始'));
    typeNumber(container, '1');
    await tap(screen.getByText('下一题'));
    expect(screen.getByText('家里存款和财产不多吗？')).toBeInTheDocument();
    expect(screen.getByText('第 2 题，共 2 题')).toBeInTheDocument();
    expect(api.callsTo('selfCheck.questions')[1]!.data).toEqual({ answers: { studentsInSchool: 1 } });

    fireEvent.click(screen.getByText('‹ 上一题'));
    typeNumber(container, '0');
    await tap(screen.getByText('下一题'));
    expect(screen.getByText('需要帮助的人是男性还是女性？')).toBeInTheDocument();
    await tap(option(container, '女性'));
    expect(screen.getByText('家里存款和财产不多吗？')).toBeInTheDocument();
    await tap(option(container, '是'));
    await screen.findByText('有 1 项帮助很可能适合您');
    expect(api.callsTo('selfCheck.run')[0]!.data).toEqual({
      answers: { studentsInSchool: 0, sex: 'female', assetsBelowLimit: true },
    });
  });
});
