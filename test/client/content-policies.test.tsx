import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PoliciesPage from '@/pages/policies/index';
import { splitHighlights } from '@/components/ContentHighlight';
import { DEPARTMENTS, policySummary } from './support/content-fixtures';
import { mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
});

/** The filter chip with exactly this label. */
function chip(container: HTMLElement, label: string): Element {
  const found = Array.from(container.querySelectorAll('.policy-filters__chip')).find((el) => el.textContent === label);
  if (!found) throw new Error(`no chip ${label}`);
  return found;
}

/** Types into the search box the way Taro's H5 Input reports it. */
function typeSearch(container: HTMLElement, text: string) {
  const input = container.querySelector('.policy-search__input')!;
  act(() => {
    fireEvent(input, new CustomEvent('input', { bubbles: true, detail: { value: text } }));
  });
}

describe('splitHighlights', () => {
  it('cuts text at the matched ranges and reproduces it exactly', () => {
    expect(splitHighlights('申请低保要带什么', [[2, 4]])).toEqual([
      { text: '申请', hit: false },
      { text: '低保', hit: true },
      { text: '要带什么', hit: false },
    ]);
  });

  it('tolerates overlapping, unsorted and out-of-range ranges', () => {
    const segments = splitHighlights('医疗救助', [
      [2, 9],
      [0, 1],
      [0, 2],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('医疗救助');
    expect(segments).toEqual([{ text: '医疗救助', hit: true }]);
  });
});

describe('政策 tab', () => {
  it('lists policies, then filters by need tier and department with the right request bodies', async () => {
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'policies.list': (body) => {
        const b = body as { needTier?: string };
        return ok({
          items: [policySummary(b.needTier ? { slug: 'medical-assistance', title: '医疗救助' } : {})],
          nextCursor: null,
        });
      },
    });

    const { container } = render(<PoliciesPage />);

    await screen.findByText('最低生活保障（低保）');
    expect(api.callsTo('policies.list')[0]!.data).toEqual({ limit: 20 });
    expect(container.querySelectorAll('.policy-card')).toHaveLength(1);
    expect(screen.getByText('区民政局')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(chip(container, '生存型'));
    });
    await screen.findByText('医疗救助');
    expect(api.callsTo('policies.list')[1]!.data).toEqual({ needTier: 'survival', limit: 20 });
    expect(chip(container, '✓ 生存型')).toHaveClass('policy-filters__chip--on');

    fireEvent.click(screen.getByText(/按对象、部门筛选/));
    await act(async () => {
      fireEvent.click(chip(container, '区医疗保障局'));
    });
    expect(api.callsTo('policies.list')[2]!.data).toEqual({
      needTier: 'survival',
      departmentCode: 'medical_security',
      limit: 20,
    });
    await act(async () => {
      fireEvent.click(chip(container, '低保'));
    });
    expect(api.callsTo('policies.list')[3]!.data).toEqual({
      needTier: 'survival',
      targetGroup: 'dibao',
      departmentCode: 'medical_security',
      limit: 20,
    });
    // departments are loaded once, not per filter change
    expect(api.callsTo('departments.list')).toHaveLength(1);
  });

  it('searches in Chinese and bolds the matched words as text, never as HTML', async () => {
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'policies.list': (body) => {
        const q = (body as { q?: string }).q;
        if (!q) return ok({ items: [policySummary()], nextCursor: null });
        const title = '<b>医疗</b>救助';
        return ok({
          items: [
            policySummary({
              slug: 'medical-assistance',
              title,
              summary: '看病花钱多可以申请',
              highlights: [{ field: 'title', text: title, ranges: [[3, 5]] }],
            }),
          ],
          nextCursor: null,
        });
      },
    });
    const { container } = render(<PoliciesPage />);
    await screen.findByText('最低生活保障（低保）');

    typeSearch(container, '  医疗 ');
    await act(async () => {
      fireEvent.click(screen.getByText('搜索'));
    });

    await screen.findByText('「医疗」的查找结果');
    expect(api.callsTo('policies.list')[1]!.data).toEqual({ q: '医疗', limit: 20 });
    const title = container.querySelector('.policy-card__title')!;
    expect(title.textContent).toBe('<b>医疗</b>救助');
    expect(title.querySelector('b')).toBeNull();
    expect(Array.from(title.querySelectorAll('.content-highlight'), (el) => el.textContent)).toEqual(['医疗']);
  });

  it('refuses a search term over 50 characters without calling the API', async () => {
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'policies.list': () => ok({ items: [policySummary()], nextCursor: null }),
    });
    const { container } = render(<PoliciesPage />);
    await screen.findByText('最低生活保障（低保）');

    typeSearch(container, '低'.repeat(51));
    fireEvent.click(screen.getByText('搜索'));

    expect(await screen.findByText('搜索词不能超过 50 个字')).toBeInTheDocument();
    expect(api.callsTo('policies.list')).toHaveLength(1);
  });

  it('pages with 加载更多 using the cursor, then says it reached the end', async () => {
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'policies.list': (body) =>
        (body as { cursor?: string }).cursor === 'next-1'
          ? ok({ items: [policySummary({ slug: 'medical-assistance', title: '医疗救助' })], nextCursor: null })
          : ok({ items: [policySummary()], nextCursor: 'next-1' }),
    });
    const { container } = render(<PoliciesPage />);
    await screen.findByText('最低生活保障（低保）');
    expect(screen.queryByText('已经到底了')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'));
    });

    await screen.findByText('医疗救助');
    expect(api.callsTo('policies.list')[1]!.data).toEqual({ cursor: 'next-1', limit: 20 });
    expect(Array.from(container.querySelectorAll('.policy-card__title'), (el) => el.textContent)).toEqual([
      '最低生活保障（低保）',
      '医疗救助',
    ]);
    expect(screen.getByText('已经到底了')).toBeInTheDocument();
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('shows an empty state that clears every filter', async () => {
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'policies.list': (body) => ok({ items: (body as { q?: string }).q ? [] : [policySummary()], nextCursor: null }),
    });
    const { container } = render(<PoliciesPage />);
    await screen.findByText('最低生活保障（低保）');
    typeSearch(container, '火星');
    await act(async () => {
      fireEvent.click(screen.getByText('搜索'));
    });

    expect(await screen.findByText('没有找到相关政策')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('清除筛选，看全部政策'));
    });
    await screen.findByText('最低生活保障（低保）');
    expect(api.callsTo('policies.list').map((c) => c.data)).toEqual([
      { limit: 20 },
      { q: '火星', limit: 20 },
      { limit: 20 },
    ]);
  });

  it('opens the policy detail in the content subpackage', async () => {
    mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'policies.list': () => ok({ items: [policySummary()], nextCursor: null }),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<PoliciesPage />);
    fireEvent.click(await screen.findByText('最低生活保障（低保）'));
    expect(navigate).toHaveBeenCalledWith({
      url: '/packages/content/pages/policy/index?slug=minimum-living-allowance',
    });
  });
});
