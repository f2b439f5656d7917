import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '@/pages/index/index';
import MinePage from '@/pages/mine/index';
import { isCareMode, setCareMode } from '@/stores/care-mode';
import { clearSession } from '@/stores/session';
import { overview } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setCareMode(false);
  mockApi({ 'auth.devUsers': () => ok({ enabled: true, users: [] }), 'org.overview': () => ok(overview()) });
});

describe('关怀模式', () => {
  it('switches every page root to care mode, says so in words, and persists the choice', async () => {
    const mine = render(<MinePage />);
    const home = render(<HomePage />);
    await screen.findByText('北山街道');
    const roots = () => [mine.container, home.container].map((c) => c.querySelector('.zl-page')!);
    expect(roots().map((r) => r.classList.contains('zl-page--care'))).toEqual([false, false]);
    expect(screen.getByText('已关闭')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByText('关怀模式'));
    });

    expect(roots().map((r) => r.classList.contains('zl-page--care'))).toEqual([true, true]);
    expect(screen.getByText('已开启')).toBeInTheDocument();
    expect(Taro.getStorageSync('zhulian.careMode.v1')).toBe('on');
    expect(document.documentElement.classList.contains('zl-care')).toBe(true);

    await act(async () => {
      fireEvent.click(screen.getByText('已开启'));
    });

    expect(roots().map((r) => r.classList.contains('zl-page--care'))).toEqual([false, false]);
    expect(Taro.getStorageSync('zhulian.careMode.v1')).toBe('off');
    expect(document.documentElement.classList.contains('zl-care')).toBe(false);
  });

  it('starts from the stored choice on the next launch', () => {
    jest.isolateModules(() => {
      Taro.setStorageSync('zhulian.careMode.v1', 'on');
      const fresh = require('@/stores/care-mode') as typeof import('@/stores/care-mode');
      expect(fresh.isCareMode()).toBe(true);
    });
    expect(isCareMode()).toBe(false);
  });

  it('turns itself on for a large system font when the user never chose', () => {
    jest.isolateModules(() => {
      Taro.removeStorageSync('zhulian.careMode.v1');
      const isolatedTaro = require('@tarojs/taro') as typeof Taro; // the fresh module registry has its own copy
      jest.spyOn(isolatedTaro, 'getAppBaseInfo').mockReturnValue({ fontSizeSetting: 24 } as never);
      const fresh = require('@/stores/care-mode') as typeof import('@/stores/care-mode');
      expect(fresh.isCareMode()).toBe(true);
    });
  });
});
