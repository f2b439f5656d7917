import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZApplicationDetail } from '@shared/schemas/applications';
import ReceiptPage from '@/packages/apply/pages/receipt/index';
import { writeReceiptRaw } from '@/storage/apply';
import { APP_ID, appDetail, openPage, stubNavigation, submitResult } from './support/apply';
import { fail, mockApi, ok } from './support/request-mock';

const RECEIPT = '/packages/apply/pages/receipt/index';

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  openPage(RECEIPT, { id: APP_ID });
});

describe('receipt', () => {
  it('without network for the contact plan, still shows one number: the point, else 12345, and says whose', async () => {
    mockApi({ 'servicePoints.contact': () => fail(503, 'SERVICE_UNAVAILABLE') });
    const result = submitResult();
    writeReceiptRaw({
      ...result,
      routing: { ...result.routing, servicePoint: { ...result.routing.servicePoint!, phone: null, address: null } },
      channel: 'self',
      subjectName: '张阿姨',
    });
    render(<ReceiptPage />);
    expect(await screen.findByText('打电话：12345')).toBeInTheDocument();
    expect(screen.getByText('这是杭州市 12345 政务服务热线')).toBeInTheDocument();
    expect(screen.getByText('地址还没登记，去之前先打上面的电话问怎么走')).toBeInTheDocument();
  });

  it('shows the reference number in groups, the point with a call button and the reason, from the stored answer', async () => {
    const api = mockApi({ 'servicePoints.contact': () => ok(appDetail().contact) });
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
    // the receipt itself comes from the stored answer: only whose number to show and the suggestions are fetched
    expect(api.calls.map((c) => c.name).sort()).toEqual(['applications.suggestions', 'servicePoints.contact']);
    expect(api.callsTo('servicePoints.contact')[0]!.data).toEqual({ id: submitResult().routing.servicePoint!.id });
    expect(screen.getByText('这是翠苑一区助联服务点的电话')).toBeInTheDocument();
    expect(screen.getByText('地址：翠苑一区 12 幢')).toBeInTheDocument();
    // due 09:30Z is 17:30 in China: said as people say it, not as a computed clock reading
    expect(screen.getByText(/^一般在.*12 月 1 日下午 5 点半前会有人受理$/)).toBeInTheDocument();

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

  it('reads the application when opened later: a point without a phone gives its station, named', async () => {
    const detail = appDetail({
      servicePointPhone: null,
      contact: {
        call: {
          number: '0571-88002000',
          source: 'station',
          ownerName: '翠苑街道助联服务站',
          whose: '这是翠苑街道助联服务站的电话',
          why: '翠苑一区助联服务点的电话还没登记，街道会帮您转达',
        },
        visit: {
          source: 'point',
          name: '翠苑一区助联服务点',
          address: null,
          note: '地址还没登记，去之前先打上面的电话问怎么走',
        },
      },
    });
    expect(ZApplicationDetail.safeParse(detail).success).toBe(true);
    const api = mockApi({ 'applications.get': () => ok(detail) });
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);

    const { container } = render(<ReceiptPage />);

    fireEvent.click(await screen.findByText('打电话：0571-88002000'));
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0571-88002000' });
    expect(screen.getByText('这是翠苑街道助联服务站的电话')).toBeInTheDocument();
    expect(screen.getByText('地址还没登记，去之前先打上面的电话问怎么走')).toBeInTheDocument();
    expect(api.callsTo('servicePoints.contact')).toHaveLength(0);
    expect(api.callsTo('applications.get')[0]!.data).toEqual({ id: APP_ID });
    expect(container.querySelector('.receipt__reference')?.textContent).toBe('XH2611297KQ3');
  });
});
