/** 为您办了什么 on the resident's application: one plain sentence per delivery; nothing when there is none. */
import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZApplicationDetail } from '@shared/schemas/applications';
import ApplicationPage from '@/packages/mine/pages/application/index';
import { clearSession, setSession } from '@/stores/session';
import { APP_ID, appDetail, openPage } from './support/apply';
import { session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
  setSession(session());
  openPage('/packages/mine/pages/application/index', { id: APP_ID });
});

describe('my application: what was done for me', () => {
  it('lists the deliveries in plain words under 为您办了什么', async () => {
    const detail = appDetail({
      deliveries: [
        {
          id: '0d0d0d0d-0000-4000-8000-0000000000d1',
          deliveredOn: '2026-12-08',
          text: '已为您送去米面油 1 份（12 月 8 日，善粮公社）',
        },
        {
          id: '0d0d0d0d-0000-4000-8000-0000000000d2',
          deliveredOn: '2026-12-09',
          text: '已为您安排就业推荐（12 月 9 日，区人社局）',
        },
      ],
    });
    expect(ZApplicationDetail.safeParse(detail).success).toBe(true);
    mockApi({ 'applications.get': () => ok(detail) });
    render(<ApplicationPage />);
    expect(await screen.findByText('为您办了什么')).toBeInTheDocument();
    expect(screen.getByText('已为您送去米面油 1 份（12 月 8 日，善粮公社）')).toBeInTheDocument();
    expect(screen.getByText('已为您安排就业推荐（12 月 9 日，区人社局）')).toBeInTheDocument();
  });

  it('shows no section when nothing was delivered yet', async () => {
    mockApi({ 'applications.get': () => ok(appDetail()) });
    render(<ApplicationPage />);
    await screen.findByText('办理进度');
    expect(screen.queryByText('为您办了什么')).toBeNull();
  });
});
