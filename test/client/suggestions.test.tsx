/** 您可能还可以申请 (issue 11): on the receipt, on my application, and the ranked list with 开服务单 on the staff case. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZStaffCaseDetail } from '@shared/schemas/cases';
import { ZSuggestions, type TSuggestion } from '@shared/schemas/matching';
import ReceiptPage from '@/packages/apply/pages/receipt/index';
import ApplicationPage from '@/packages/mine/pages/application/index';
import CasePage from '@/packages/staff/pages/case/index';
import { clearSession, setSession } from '@/stores/session';
import { writeReceiptRaw } from '@/storage/apply';
import { APP_ID, appDetail, openPage, stubNavigation, submitResult } from './support/apply';
import { session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';
import { CASE_ID, staffDetail, staffSession } from './support/staff-fixtures';
import { openCase } from './support/staff-page';

const POLICY_ID = '0a1b2c3d-0000-4000-8000-0000000b0001';
const SERVICE_ID = '0a1b2c3d-0000-4000-8000-0000000b0002';

const policy: TSuggestion = {
  kind: 'policy',
  id: POLICY_ID,
  slug: 'minimum-living-allowance',
  title: '最低生活保障（低保）',
  summary: '家里收入太低时，每月领一笔生活补助。',
  band: 'possibly',
  reasons: ['您需要“吃饭穿衣等基本生活”方面的帮助，这项政策管这件事'],
  unknowns: ['还需要了解家庭人均月收入：家庭人均月收入低于本区低保标准'],
  department: { id: '0a1b2c3d-0000-4000-8000-0000000d0001', name: '区民政局' },
  providerName: null,
  howToApply: '到所在社区（村）服务点提出申请，或由家人代办',
};
const service: TSuggestion = {
  ...policy,
  kind: 'service',
  id: SERVICE_ID,
  slug: 'cuiyuan-meal-assistance',
  title: '老年助餐和送餐上门',
  band: 'likely',
  reasons: ['您住在翠苑街道，这项服务覆盖翠苑街道', '您76岁，这项服务面向60岁及以上的人'],
  unknowns: [],
  providerName: '翠苑街道社工站',
  howToApply: '联系翠苑街道社工站，带上身份证',
};
const suggestions = ZSuggestions.parse({ policies: [policy], services: [service] });

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
});

describe('resident', () => {
  it('the receipt shows 您可能还可以申请 with how to apply and links to the policy and service pages', async () => {
    setSession(session());
    openPage('/packages/apply/pages/receipt/index', { id: APP_ID });
    const api = mockApi({ 'applications.suggestions': () => ok(suggestions) });
    const nav = stubNavigation();
    writeReceiptRaw({ ...submitResult(), channel: 'self', subjectName: '张阿姨' });

    render(<ReceiptPage />);

    expect(await screen.findByText('您可能还可以申请')).toBeInTheDocument();
    expect(api.callsTo('applications.suggestions')[0]!.data).toEqual({ id: APP_ID });
    expect(screen.getByText('最低生活保障（低保）')).toBeInTheDocument();
    expect(screen.getByText('怎么申请：到所在社区（村）服务点提出申请，或由家人代办')).toBeInTheDocument();
    expect(screen.getByText('· 您住在翠苑街道，这项服务覆盖翠苑街道')).toBeInTheDocument();
    expect(screen.queryByText('开服务单')).toBeNull();
    fireEvent.click(screen.getByText('看政策详情'));
    expect(nav.navigateTo).toHaveBeenCalledWith({
      url: '/packages/content/pages/policy/index?slug=minimum-living-allowance',
    });
    fireEvent.click(screen.getByText('看服务详情'));
    expect(nav.navigateTo).toHaveBeenCalledWith({
      url: '/packages/content/pages/service/index?slug=cuiyuan-meal-assistance',
    });
  });

  it('a neighbour’s receipt asks for nothing; an empty list shows no section', async () => {
    openPage('/packages/apply/pages/receipt/index', { id: APP_ID });
    const api = mockApi({ 'applications.suggestions': () => ok({ policies: [], services: [] }) });
    writeReceiptRaw({ ...submitResult(), channel: 'referral', subjectName: '王奶奶' });
    render(<ReceiptPage />);
    expect(await screen.findByText('谢谢您，已经收到')).toBeInTheDocument();
    expect(api.callsTo('applications.suggestions')).toHaveLength(0);
  });

  it('my application shows the section below the progress', async () => {
    setSession(session());
    openPage('/packages/mine/pages/application/index', { id: APP_ID });
    mockApi({ 'applications.get': () => ok(appDetail()), 'applications.suggestions': () => ok(suggestions) });
    render(<ApplicationPage />);
    expect(await screen.findByText('您可能还可以申请')).toBeInTheDocument();
    expect(screen.getByText('老年助餐和送餐上门')).toBeInTheDocument();
    expect(screen.getByText('很可能符合')).toBeInTheDocument();
  });
});

describe('staff case', () => {
  it('lists policies and services with every reason and unknown; 开服务单 opens the new order for this case', async () => {
    setSession(staffSession());
    openCase();
    const detail = staffDetail({ suggestions });
    ZStaffCaseDetail.parse(detail);
    mockApi({ 'cases.get': () => ok(detail) });
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);

    render(<CasePage />);

    expect(await screen.findByText('可以帮他申请的政策和服务')).toBeInTheDocument();
    expect(screen.getByText('· 还需要了解家庭人均月收入：家庭人均月收入低于本区低保标准')).toBeInTheDocument();
    // One per service (a policy gets none), besides the case's own 开服务单 above the list.
    const order = screen.getAllByText('开服务单').filter((el) => el.closest('.suggestions'));
    expect(order).toHaveLength(1);
    fireEvent.click(order[0]!);
    expect(nav).toHaveBeenCalledWith({
      url: `/packages/staff/pages/order-new/index?applicationId=${CASE_ID}&serviceId=${SERVICE_ID}`,
    });
  });
});
