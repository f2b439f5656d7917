import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CasePage from '@/packages/staff/pages/case/index';
import { ApiError } from '@/services/api-error';
import { pickPhotos, uploadAttachment } from '@/services/upload';
import { clearSession, setSession } from '@/stores/session';
import { fail, mockApi, ok } from './support/request-mock';
import { CASE_ID, staffDetail, staffSession } from './support/staff-fixtures';
import { actionTexts, openCase, sheet, submitSheet, tapAction, typeInto } from './support/staff-page';

jest.mock('@/services/upload', () => ({ pickPhotos: jest.fn(), uploadAttachment: jest.fn() }));

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession());
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  openCase();
});

describe('case page: staff actions', () => {
  it('accepts with the row version and shows the updated case', async () => {
    const api = mockApi({
      'cases.get': () => ok(staffDetail()),
      'cases.accept': () =>
        ok(staffDetail({ status: 'accepted', version: 5, assignee: { id: CASE_ID, displayName: '陈社工' } })),
    });
    const { container } = render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('接收');
    await submitSheet('accept', '确认接收');

    expect(api.callsTo('cases.accept')[0]!.data).toEqual({ id: CASE_ID, expectedVersion: 4 });
    expect(await screen.findByText('负责人：陈社工')).toBeInTheDocument();
    expect(actionTexts(container)[0]).toBe('上门走访');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已受理，由您负责' }));
    expect(api.callsTo('cases.get')).toHaveLength(1); // the action's answer is shown, no second (audited) read
  });

  it('on 409 reloads the case and explains in plain words that someone else changed it', async () => {
    let reads = 0;
    const api = mockApi({
      'cases.get': () =>
        ok(
          reads++ === 0
            ? staffDetail()
            : staffDetail({ status: 'accepted', version: 5, assignee: { id: CASE_ID, displayName: '刘站长' } }),
        ),
      'cases.accept': () => fail(409, 'CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' }),
    });
    render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('接收');
    await submitSheet('accept', '确认接收');

    expect(api.callsTo('cases.get')).toHaveLength(2);
    expect(await screen.findByText('负责人：刘站长')).toBeInTheDocument();
    expect(
      screen.getByText('这份案件刚被其他人处理过，页面已刷新为最新情况。请核对后再决定是否继续。'),
    ).toBeInTheDocument();
    expect(document.querySelector('.staff-sheet--accept')).toBeNull(); // accept is no longer legal: the form closed
  });

  it('keeps a still-legal form open with what was typed after a 409, and retries with the new version', async () => {
    let reads = 0;
    let visits = 0;
    const api = mockApi({
      'cases.get': () => ok(staffDetail({ status: 'in_progress', version: reads++ === 0 ? 4 : 6 })),
      'cases.visit': () =>
        visits++ === 0
          ? fail(409, 'CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' })
          : ok(staffDetail({ status: 'in_progress', version: 7 })),
    });
    render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('上门走访');
    typeInto(sheet('visit').querySelector('.staff-field__input--note')!, '老人独居，冰箱是空的');
    typeInto(sheet('visit').querySelector('.staff-field__input--visitedAt')!, '2026-11-29 10:30');
    await submitSheet('visit', '保存走访记录');

    expect(api.callsTo('cases.visit')[0]!.data).toEqual({
      id: CASE_ID,
      expectedVersion: 4,
      note: '老人独居，冰箱是空的',
      visitedAt: '2026-11-29T02:30:00.000Z',
    });
    expect(await within(sheet('visit')).findByText(/页面已刷新为最新情况/)).toBeInTheDocument();
    expect(
      (sheet('visit').querySelector('.staff-field__input--note') as HTMLInputElement).getAttribute('value') ?? '',
    ).toBe('老人独居，冰箱是空的');

    await submitSheet('visit', '保存走访记录');
    expect(api.callsTo('cases.visit')[1]!.data).toMatchObject({ expectedVersion: 6, note: '老人独居，冰箱是空的' });
    expect(document.querySelector('.staff-sheet--visit')).toBeNull();
  });

  it('refuses a visit without notes or with a malformed time before calling the API', async () => {
    const api = mockApi({ 'cases.get': () => ok(staffDetail({ status: 'accepted' })) });
    render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('上门走访');
    typeInto(sheet('visit').querySelector('.staff-field__input--visitedAt')!, '昨天下午');
    await submitSheet('visit', '保存走访记录');

    expect(within(sheet('visit')).getByText('请记录走访情况')).toBeInTheDocument();
    expect(within(sheet('visit')).getByText('请按“2026-11-29 14:30”的格式填写走访时间')).toBeInTheDocument();
    expect(api.callsTo('cases.visit')).toHaveLength(0);
  });

  it('uploads visit photos as staged visit attachments and sends their ids', async () => {
    const photoId = '0a1b2c3d-0000-4000-8000-0000000f0002';
    jest.mocked(pickPhotos).mockResolvedValue([
      { path: 'blob:1', size: 1000 },
      { path: 'blob:2', size: 2000 },
    ]);
    jest
      .mocked(uploadAttachment)
      .mockResolvedValueOnce({ id: photoId, kind: 'image', mime: 'image/jpeg', bytes: 153600, name: 'a.jpg' })
      .mockRejectedValueOnce(new ApiError('PAYLOAD_TOO_LARGE', { message: '照片太大了，请换一张' }));
    const api = mockApi({
      'cases.get': () => ok(staffDetail({ status: 'accepted' })),
      'cases.visit': () => ok(staffDetail({ status: 'in_progress', version: 5 })),
    });
    render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('上门走访');
    await act(async () => fireEvent.click(within(sheet('visit')).getByText('+ 拍照或选照片')));

    expect(jest.mocked(pickPhotos)).toHaveBeenCalledWith(9);
    expect(jest.mocked(uploadAttachment).mock.calls.map((c) => c[1])).toEqual([
      { purpose: 'visit' },
      { purpose: 'visit' },
    ]);
    expect(within(sheet('visit')).getByText('第 1 张 · 150 KB')).toBeInTheDocument();
    expect(within(sheet('visit')).getByText('有一张照片没有传上去：照片太大了，请换一张')).toBeInTheDocument();
    typeInto(sheet('visit').querySelector('.staff-field__input--note')!, '已上门');
    await submitSheet('visit', '保存走访记录');

    expect(api.callsTo('cases.visit')[0]!.data).toMatchObject({ note: '已上门', photoIds: [photoId] });
  });

  it('resolving as refused requires what was decided, the reason and an alternative picked from the lists', async () => {
    const resolution = {
      outcome: 'refused' as const,
      outcomeText: '这次申请没有通过。',
      decidedText: '经核对，家庭收入高于低保标准',
      reason: '家庭收入高于低保标准',
      alternatives: [{ kind: 'policy' as const, slug: 'temporary-relief', title: '临时救助' }],
      decidedAt: '2026-12-01T02:00:00.000Z',
    };
    const api = mockApi({
      'cases.get': () => ok(staffDetail({ status: 'in_progress' })),
      'policies.list': () => ok({ items: [{ slug: 'temporary-relief', title: '临时救助' }], nextCursor: null }),
      'services.list': () => ok({ items: [{ slug: 'meal-help', name: '老年助餐' }], hasMore: false }),
      'cases.resolve': () => ok(staffDetail({ status: 'resolved', outcome: 'refused', resolution, version: 5 })),
    });
    render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('办结');
    await submitSheet('resolve', '确认办结');
    expect(within(sheet('resolve')).getByText('请选择办理结果')).toBeInTheDocument();

    fireEvent.click(within(sheet('resolve')).getByText('不符合条件'));
    await submitSheet('resolve', '确认办结');
    expect(within(sheet('resolve')).getByText('请写明办理结果，申请人会看到（至少 2 个字）')).toBeInTheDocument();
    expect(within(sheet('resolve')).getByText('不符合条件时，请写明原因（至少 4 个字）')).toBeInTheDocument();
    expect(within(sheet('resolve')).getByText('不符合条件时，请至少选择一项其他政策或服务')).toBeInTheDocument();
    expect(api.callsTo('cases.resolve')).toHaveLength(0);

    typeInto(sheet('resolve').querySelector('.staff-field__input--decidedText')!, '经核对，家庭收入高于低保标准');
    typeInto(sheet('resolve').querySelector('.staff-field__input--reason')!, '家庭收入高于低保标准');
    fireEvent.click(await within(sheet('resolve')).findByText('政策：临时救助'));
    fireEvent.click(within(sheet('resolve')).getByText('服务：老年助餐'));
    fireEvent.click(within(sheet('resolve')).getByText(/服务：老年助餐/)); // tapped again (now ticked): unpicked
    await submitSheet('resolve', '确认办结');

    expect(api.callsTo('cases.resolve')[0]!.data).toEqual({
      id: CASE_ID,
      expectedVersion: 4,
      outcome: 'refused',
      decidedText: '经核对，家庭收入高于低保标准',
      reason: '家庭收入高于低保标准',
      alternatives: [{ kind: 'policy', slug: 'temporary-relief' }],
    });
    expect(await screen.findByText('办理结果：不符合条件')).toBeInTheDocument();
    expect(screen.getByText('其他途径：政策「临时救助」')).toBeInTheDocument();
    expect(screen.getByText('记录回访')).toBeInTheDocument();
  });

  it('records a follow-up call on a resolved case', async () => {
    const api = mockApi({
      'cases.get': () => ok(staffDetail({ status: 'resolved', outcome: 'approved', version: 6 })),
      'cases.followUp': () => ok(staffDetail({ status: 'closed', outcome: 'approved', version: 7 })),
    });
    render(<CasePage />);
    fireEvent.click(await screen.findByText('记录回访'));
    await submitSheet('followUp', '保存回访');
    expect(within(sheet('followUp')).getByText('请选择回访结果')).toBeInTheDocument();
    fireEvent.click(within(sheet('followUp')).getByText('已解决，结案'));
    await submitSheet('followUp', '保存回访');
    expect(api.callsTo('cases.followUp')[0]!.data).toEqual({ id: CASE_ID, expectedVersion: 6, result: 'solved' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已记录回访，案件已结案' }));
  });

  it('shows the proxy applicant with the relationship and a masked phone to reveal', async () => {
    mockApi({ 'cases.get': () => ok(staffDetail({ status: 'accepted' })) });
    render(<CasePage />);
    expect(await screen.findByText('王小明（子女）')).toBeInTheDocument();
    expect(screen.getByText('申请人手机号')).toBeInTheDocument();
    expect(screen.getByText('139****4321')).toBeInTheDocument();
  });

  it('shows the server field message when it still refuses, keeping the typed text', async () => {
    mockApi({
      'cases.get': () => ok(staffDetail({ status: 'accepted' })),
      'departments.list': () => ok({ items: [{ id: CASE_ID, code: 'civil_affairs', name: '区民政局', isLead: true }] }),
      'cases.referDepartment': () =>
        fail(400, 'VALIDATION_FAILED', {
          message: '没有这个部门',
          details: [{ field: 'departmentCode', message: '没有这个部门' }],
        }),
    });
    render(<CasePage />);
    await screen.findByText('基本情况');

    tapAction('转介部门');
    fireEvent.click(await within(sheet('refer')).findByText('区民政局'));
    typeInto(sheet('refer').querySelector('.staff-field__input--note')!, '请核实低保');
    await submitSheet('refer', '确认转介');

    expect(within(sheet('refer')).getByText('请选择一个部门')).toBeInTheDocument();
    expect(within(sheet('refer')).getAllByText('没有这个部门').length).toBeGreaterThan(0);
    expect(sheet('refer').querySelector('.staff-field__input--note')!.getAttribute('value')).toBe('请核实低保');
  });
});
