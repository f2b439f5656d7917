import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZApplicationDetail } from '@shared/schemas/applications';
import ReceiptPage from '@/packages/apply/pages/receipt/index';
import { writeReceiptRaw } from '@/storage/apply';
import { APP_ID, appDetail, openPage, stubNavigation, submitResult } from './support/apply';
import { mockApi, ok } from './support/request-mock';

const RECEIPT = '/packages/apply/pages/receipt/index';

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  openPage(RECEIPT, { id: APP_ID });
});

describe('receipt', () => {
  it('shows the reference number in groups, the point with a call button and the reason, from the stored answer', async () => {
    const api = mockApi({});
    const nav = stubNavigation();
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    writeReceiptRaw({ ...submitResult(), channel: 'self', subjectName: '张阿姨' });

    const { container } = render(<ReceiptPage />);

    expect(await screen.findByText('申请已提交')).toBeInTheDocument();
    const groups = Array.from(container.querySelectorAll('.receipt__reference-group'), (el) => el.textContent);
    expect(groups).toEqual(['XH', '261129', '7KQ3']);
    expect(container.querySelector('.receipt__reference')?.getAttribute('aria-label')).toBe('XH261129-7KQ3');
    expect(screen.getByText('翠苑一区助联服务点')).toBeInTheDocument();
    expect(screen.getByText('为什么是这里：您选择了翠苑一区社区，由该社区的服务点负责')).toBeInTheDocument();
    // only the suggestions are fetched (the receipt itself comes from the stored answer)
    expect(api.calls.map((c) => c.name)).toEqual(['applications.suggestions']);

    fireEvent.click(screen.getByText('打电话：0571-88001234'));
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0571-88001234' });
    fireEvent.click(screen.getByText('查看进度'));
    expect(nav.redirectTo).toHaveBeenCalledWith({ url: `/packages/mine/pages/application/index?id=${APP_ID}` });
  });

  it('thanks a neighbour and says where the lead went', async () => {
    mockApi({});
    writeReceiptRaw({ ...submitResult(), channel: 'referral', subjectName: '王奶奶' });
    render(<ReceiptPage />);
    expect(await screen.findByText('谢谢您，已经收到')).toBeInTheDocument();
    expect(screen.getByText('工作人员会去了解情况')).toBeInTheDocument();
  });

  it('reads the application when opened later, without a stored answer', async () => {
    const detail = appDetail({ servicePointPhone: null });
    expect(ZApplicationDetail.safeParse(detail).success).toBe(true);
    const api = mockApi({ 'applications.get': () => ok(detail) });

    const { container } = render(<ReceiptPage />);

    expect(await screen.findByText('电话待补充，也可以直接去服务点问')).toBeInTheDocument();
    expect(api.callsTo('applications.get')[0]!.data).toEqual({ id: APP_ID });
    expect(container.querySelector('.receipt__reference')?.textContent).toBe('XH2611297KQ3');
  });
});
