import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ApplicationStatus } from '@shared/domain/application-status';
import { ZOfficerCaseView, ZStaffCaseDetail } from '@shared/schemas/cases';
import CasePage from '@/packages/staff/pages/case/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';
import { CASE_ID, officerView, staffDetail, staffSession } from './support/staff-fixtures';
import { actionTexts, openCase, sheet, submitSheet, typeInto } from './support/staff-page';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession());
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  openCase();
});

describe('case page: staff view', () => {
  it('shows masked data, the duplicate flag, the routing reason and the timeline', async () => {
    const detail = staffDetail({
      attachments: [
        {
          id: '0a1b2c3d-0000-4000-8000-0000000f0001',
          kind: 'image',
          mime: 'image/jpeg',
          bytes: 204800,
          name: '住院发票.jpg',
          purpose: 'application',
        },
      ],
    });
    ZStaffCaseDetail.parse(detail);
    const api = mockApi({ 'cases.get': () => ok(detail) });

    render(<CasePage />);

    expect(await screen.findByText('3301**********1234')).toBeInTheDocument();
    expect(api.callsTo('cases.get')[0]!.data).toEqual({ id: CASE_ID });
    expect(screen.getByText('138****5678')).toBeInTheDocument();
    expect(screen.getByText(/可能重复：这位居民还有其他没办结的申请/)).toBeInTheDocument();
    expect(screen.getByText('您填写的地址属于翠苑一区社区')).toBeInTheDocument();
    expect(screen.getByText('分派规则第 3 版')).toBeInTheDocument();
    expect(screen.getByText('家人代办（申请人是其子女）')).toBeInTheDocument();
    expect(screen.getByText('建议转介：区医保局')).toBeInTheDocument();
    expect(screen.getByText('提交申请 → 待受理')).toBeInTheDocument();
    expect(screen.getByText('申请材料：住院发票.jpg(200 KB)')).toBeInTheDocument();
  });

  it.each<[ApplicationStatus, string[]]>([
    ['submitted', ['接收', '请申请人补充', '转给其他站点', '上报']],
    ['escalated', ['接收', '转给其他站点', '上报']],
    ['accepted', ['上门走访', '联系记录', '请申请人补充', '转介部门', '转给其他站点', '上报', '办结']],
    ['in_progress', ['办结', '联系记录', '上门走访', '请申请人补充', '转介部门', '转给其他站点', '上报']],
    ['needs_info', ['联系记录', '办结']],
    ['resolved', ['归档', '重新办理']],
    ['closed', ['重新办理']],
    ['withdrawn', []],
  ])('in status %s offers exactly the legal actions', async (status, expected) => {
    mockApi({ 'cases.get': () => ok(staffDetail({ status })) });
    const { container } = render(<CasePage />);
    await screen.findByText('基本情况');
    expect(actionTexts(container)).toEqual(expected);
    if (!expected.length) expect(screen.getByText('这个案件已结束，不需要再办理')).toBeInTheDocument();
  });

  // the reveal dialog: test/client/staff-reveal.test.tsx
});

describe('case page: department officer and residents', () => {
  it('shows the officer only their department fields and sends the referral answer', async () => {
    setSession(staffSession(['dept_officer']));
    const view = officerView();
    ZOfficerCaseView.parse(view);
    const api = mockApi({
      'cases.get': () => ok(view),
      'cases.referralRespond': () => ok(officerView({ referral: { ...view.referral, status: 'accepted' } })),
    });
    render(<CasePage />);

    expect(await screen.findByText('转介给区医保局')).toBeInTheDocument();
    expect(screen.getByText('住院费用高，请核实医疗救助')).toBeInTheDocument();
    expect(screen.queryByText('查看完整信息')).toBeNull();
    expect(screen.queryByText('手机号')).toBeNull();
    expect(document.querySelector('.case-actions')).toBeNull();

    fireEvent.click(screen.getByText('反馈办理情况'));
    await submitSheet('respond', '提交反馈');
    expect(within(sheet('respond')).getByText('请选择办理进度')).toBeInTheDocument();
    fireEvent.click(within(sheet('respond')).getByText('已接收，正在办理'));
    typeInto(sheet('respond').querySelector('.staff-field__input--note')!, '已核实，下周发放');
    await submitSheet('respond', '提交反馈');

    expect(api.callsTo('cases.referralRespond')[0]!.data).toEqual({
      id: CASE_ID,
      status: 'accepted',
      note: '已核实，下周发放',
    });
    expect(await screen.findByText('部门正在办理')).toBeInTheDocument();
  });

  it('tells a resident the page is for staff and does not read the case', () => {
    setSession(session({ user: me() }));
    const api = mockApi({});
    render(<CasePage />);
    expect(screen.getByText('这里是工作人员使用的页面')).toBeInTheDocument();
    expect(screen.getByText('回到首页')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
