/**
 * Conferences, tasks and joint meetings on the staff side: convene from the case page, record a decision and a task,
 * 我的待办 on the workbench and its own page, and the joint meeting that opens with the last meeting's items.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZConference, ZConferenceList, ZTask, type TConference, type TTask } from '@shared/schemas/conferences';
import { ZMeeting, ZMeetingProposal } from '@shared/schemas/meetings';
import ConferencePage from '@/packages/meet/pages/conference/index';
import ConferencesPage from '@/packages/meet/pages/conferences/index';
import ConvenePage from '@/packages/meet/pages/convene/index';
import MeetingPage from '@/packages/meet/pages/meeting/index';
import MeetingsPage from '@/packages/meet/pages/meetings/index';
import TasksPage from '@/packages/meet/pages/tasks/index';
import CasePage from '@/packages/staff/pages/case/index';
import QueuePage from '@/packages/staff/pages/queue/index';
import { clearSession, setSession } from '@/stores/session';
import { openPage } from './support/apply';
import { mockApi, ok } from './support/request-mock';
import { CASE_ID, queueItem, staffDetail, staffSession } from './support/staff-fixtures';
import { typeInto } from './support/staff-page';

const CONF_ID = '0a1b2c3d-0000-4000-8000-0000000c0f01';
const TASK_ID = '0a1b2c3d-0000-4000-8000-0000000c0f02';
const DEPT_ID = '0a1b2c3d-0000-4000-8000-0000000c0f03';
const MEETING_ID = '0a1b2c3d-0000-4000-8000-0000000c0f04';
const PREV_ID = '0a1b2c3d-0000-4000-8000-0000000c0f05';

const task = (over: Partial<TTask> = {}): TTask =>
  ZTask.parse({
    id: TASK_ID,
    title: '核对低保边缘条件',
    dueOn: '2026-12-10',
    status: 'open',
    overdue: false,
    escalated: false,
    owner: { kind: 'department', id: DEPT_ID, name: '区民政局' },
    source: { kind: 'conference', id: CONF_ID, title: '王阿姨家的困难一起商量' },
    applicationId: CASE_ID,
    refNo: 'XH261129-7KQ3',
    doneAt: null,
    doneNote: null,
    canDone: true,
    ...over,
  });

const conference = (over: Partial<TConference> = {}): TConference =>
  ZConference.parse({
    id: CONF_ID,
    title: '王阿姨家的困难一起商量',
    startsAt: '2026-12-08T06:30:00.000Z',
    place: '翠苑一区社区服务点会议室',
    onlineUrl: null,
    agenda: '一、了解情况；二、商量办法。',
    convener: { id: '0a1b2c3d-0000-4000-8000-0000000b0001', displayName: '陈社工' },
    cases: [{ applicationId: CASE_ID, refNo: 'XH261129-7KQ3', statusText: '办理中' }],
    participants: [{ kind: 'department', id: DEPT_ID, name: '区民政局' }],
    decisions: [],
    tasks: [],
    canRecord: true,
    ...over,
  });

const fieldInput = (name: string) => document.querySelector(`.staff-field__input--${name}`) as HTMLElement;

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession(['resident', 'point_staff']));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('会商', () => {
  it('the case page convenes; the form checks place and sends participants; then opens the conference', async () => {
    openPage('/packages/staff/pages/case/index', { id: CASE_ID });
    mockApi({ 'cases.get': () => ok(staffDetail({ status: 'in_progress' })) });
    const { unmount } = render(<CasePage />);
    fireEvent.click(await screen.findByText('请相关部门一起商量（召集会商）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/meet/pages/convene/index?applicationId=${CASE_ID}`,
    });
    unmount();

    openPage('/packages/meet/pages/convene/index', { applicationId: CASE_ID });
    const api = mockApi({
      'departments.list': () => ok({ items: [{ id: DEPT_ID, code: 'civil_affairs', name: '区民政局', isLead: true }] }),
      'conferences.create': () => ok(conference()),
    });
    render(<ConvenePage />);
    typeInto(await screen.findByText('会商主题').then(() => fieldInput('title')), '王阿姨家的困难一起商量');
    typeInto(fieldInput('agenda'), '一、了解情况。');
    fireEvent.click(screen.getByText('区民政局'));
    fireEvent.click(screen.getByText('居民本人或代表'));
    await act(async () => fireEvent.click(screen.getByText('召集并通知')));
    expect(api.callsTo('conferences.create')).toHaveLength(0);
    expect(screen.getByText('请填写地点或线上会议链接')).toBeInTheDocument();
    typeInto(fieldInput('place'), '服务点会议室');
    typeInto(fieldInput('day'), '2026-12-08');
    typeInto(fieldInput('time'), '14:30');
    await act(async () => fireEvent.click(screen.getByText('召集并通知')));
    expect(api.callsTo('conferences.create')[0]!.data).toEqual({
      applicationIds: [CASE_ID],
      title: '王阿姨家的困难一起商量',
      startsAt: '2026-12-08T14:30:00+08:00',
      agenda: '一、了解情况。',
      place: '服务点会议室',
      participants: [
        { kind: 'department', id: DEPT_ID },
        { kind: 'resident', applicationId: CASE_ID },
      ],
    });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/packages/meet/pages/conference/index?id=${CONF_ID}` });
  });

  it('records a decision with its plain sentence and a task for a participating department', async () => {
    openPage('/packages/meet/pages/conference/index', { id: CONF_ID });
    const decided = conference({
      decisions: [
        {
          id: PREV_ID,
          applicationId: CASE_ID,
          refNo: 'XH261129-7KQ3',
          detail: '民政局牵头核对',
          plainText: '下周上门',
          decidedBy: '陈社工',
          createdAt: '2026-12-08T07:00:00.000Z',
        },
      ],
    });
    const api = mockApi({
      'conferences.get': () => ok(conference()),
      'conferences.decide': () => ok(decided),
      'conferences.addTask': () => ok({ ...decided, tasks: [task()] }),
    });
    render(<ConferencePage />);
    expect(await screen.findByText('时间：12 月 8 日 14:30')).toBeInTheDocument();
    typeInto(fieldInput('detail'), '民政局牵头核对');
    typeInto(fieldInput('plain'), '下周上门');
    await act(async () => fireEvent.click(screen.getByText('保存决定')));
    expect(api.callsTo('conferences.decide')[0]!.data).toEqual({
      id: CONF_ID,
      applicationId: CASE_ID,
      detail: '民政局牵头核对',
      plainText: '下周上门',
    });
    expect(screen.getByText('居民看到：下周上门')).toBeInTheDocument();
    typeInto(fieldInput('task'), '核对低保边缘条件');
    fireEvent.click(screen.getByText('区民政局'));
    typeInto(fieldInput('due'), '2026-12-10');
    await act(async () => fireEvent.click(screen.getByText('保存待办')));
    expect(api.callsTo('conferences.addTask')[0]!.data).toEqual({
      id: CONF_ID,
      applicationId: CASE_ID,
      title: '核对低保边缘条件',
      owner: { kind: 'department', id: DEPT_ID },
      dueOn: '2026-12-10',
    });
    expect(screen.getByText('负责：区民政局 · 12 月 10 日前完成')).toBeInTheDocument();
  });
});

describe('我的待办', () => {
  it('shows on the workbench and on its page; overdue is marked; 办完了 marks it done', async () => {
    openPage('/packages/staff/pages/queue/index');
    mockApi({
      'cases.queue': () => ok({ view: 'staff', items: [queueItem()], nextCursor: null }),
      'tasks.mine': () => ok({ items: [task({ overdue: true, escalated: true })], escalated: [] }),
    });
    const { unmount } = render(<QueuePage />);
    expect(await screen.findByText('我的待办（1）')).toBeInTheDocument();
    expect(screen.getByText('【已超期】核对低保边缘条件 · 12 月 10 日前')).toBeInTheDocument();
    unmount();

    openPage('/packages/meet/pages/tasks/index');
    const api = mockApi({
      'tasks.mine': () => ok({ items: [task({ overdue: true, escalated: true })], escalated: [] }),
      'tasks.done': () => ok(task({ status: 'done', canDone: false, doneAt: '2026-12-09T01:00:00.000Z' })),
    });
    render(<TasksPage />);
    expect(await screen.findByText('已超期，已上报')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByText('办完了')));
    expect(api.callsTo('tasks.done')[0]!.data).toEqual({ id: TASK_ID });
    expect(screen.getByText('已完成')).toBeInTheDocument();
    expect(screen.queryByText('办完了')).toBeNull();
  });
});

describe('联席会议', () => {
  const previous = {
    id: PREV_ID,
    month: '2026-11',
    actions: [
      task({
        status: 'done',
        canDone: false,
        title: '摸排独居老人',
        source: { kind: 'meeting', id: PREV_ID, title: '2026-11 联席会议' },
      }),
      task({
        id: PREV_ID,
        title: '就业帮扶名单',
        overdue: true,
        source: { kind: 'meeting', id: PREV_ID, title: '2026-11 联席会议' },
      }),
    ],
  };
  it('the hub opens this month’s meeting from the proposal, the last meeting’s items first', async () => {
    setSession(staffSession(['resident', 'hub_staff']));
    openPage('/packages/meet/pages/meetings/index');
    const proposal = ZMeetingProposal.parse({
      month: '2026-12',
      previous,
      overdueCases: {
        count: 1,
        items: [
          { applicationId: CASE_ID, refNo: 'XH261129-7KQ3', pointName: '翠苑一区', dueAt: '2026-12-01T00:00:00.000Z' },
        ],
      },
      unclassifiedNeeds: { count: 2 },
      agenda: [
        { kind: 'previous_actions', title: '上次会议（2026-11）事项：共 2 项，已完成 1 项' },
        { kind: 'overdue_cases', title: '全区超期未办的案件 1 件' },
      ],
    });
    const api = mockApi({
      'meetings.list': () => ok({ items: [] }),
      'departments.list': () => ok({ items: [{ id: DEPT_ID, code: 'civil_affairs', name: '区民政局', isLead: true }] }),
      'meetings.proposal': () => ok(proposal),
      'meetings.create': () => ok({ id: MEETING_ID }),
    });
    render(<MeetingsPage />);
    expect(await screen.findByText('共 2 项，已完成 1 项，还有 1 项没办完。')).toBeInTheDocument();
    expect(screen.getByText('· 全区超期未办的案件 1 件')).toBeInTheDocument();
    fireEvent.click(screen.getByText('区民政局'));
    await act(async () => fireEvent.click(screen.getByText('建立会议记录')));
    expect(api.callsTo('meetings.create')[0]!.data).toMatchObject({
      attendeeDepartmentIds: [DEPT_ID],
      agenda: proposal.agenda,
    });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/meet/pages/meeting/index?id=${MEETING_ID}` });
  });

  it('a meeting shows the last one’s items, its agenda, and takes an action item for a department', async () => {
    setSession(staffSession(['resident', 'hub_staff']));
    openPage('/packages/meet/pages/meeting/index', { id: MEETING_ID });
    const meeting = ZMeeting.parse({
      id: MEETING_ID,
      month: '2026-12',
      heldOn: '2026-12-20',
      place: null,
      attendees: [{ id: DEPT_ID, name: '区民政局' }],
      agenda: [{ kind: 'overdue_cases', title: '全区超期未办的案件 1 件' }],
      decisions: [],
      actions: [],
      previous,
      canEdit: true,
    });
    const api = mockApi({
      'meetings.get': () => ok(meeting),
      'meetings.addAction': () =>
        ok({
          ...meeting,
          actions: [
            task({ title: '走访困难家庭', source: { kind: 'meeting', id: MEETING_ID, title: '2026-12 联席会议' } }),
          ],
        }),
    });
    render(<MeetingPage />);
    expect(await screen.findByText('上次会议（2026 年 11 月）事项办理情况')).toBeInTheDocument();
    expect(screen.getByText('1．全区超期未办的案件 1 件（超期案件）')).toBeInTheDocument();
    typeInto(fieldInput('action'), '走访困难家庭');
    typeInto(fieldInput('due'), '2026-12-31');
    await act(async () => fireEvent.click(screen.getByText('布置事项')));
    expect(api.callsTo('meetings.addAction')[0]!.data).toEqual({
      id: MEETING_ID,
      title: '走访困难家庭',
      departmentId: DEPT_ID,
      dueOn: '2026-12-31',
    });
    expect(await screen.findByText('走访困难家庭')).toBeInTheDocument();
  });
});

describe('会商安排', () => {
  const PAST_ID = '0a1b2c3d-0000-4000-8000-0000000c0f06';
  const OLD_ID = '0a1b2c3d-0000-4000-8000-0000000c0f07';
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  // newest first, as the server lists them
  const list = ZConferenceList.parse({
    items: [
      {
        id: CONF_ID,
        title: '王阿姨家的困难一起商量',
        startsAt: at(2),
        place: null,
        online: true,
        caseCount: 2,
        decisionCount: 0,
      },
      {
        id: PAST_ID,
        title: '李大爷住房问题',
        startsAt: at(-3),
        place: '翠苑街道会议室',
        online: false,
        caseCount: 1,
        decisionCount: 1,
      },
      {
        id: OLD_ID,
        title: '张阿姨就业问题',
        startsAt: at(-9),
        place: '翠苑街道会议室',
        online: true,
        caseCount: 1,
        decisionCount: 0,
      },
    ],
  });

  it('lists upcoming and past conferences with place, cases and status; a card opens the conference', async () => {
    setSession(staffSession(['resident', 'point_staff']));
    openPage('/packages/meet/pages/conferences/index');
    mockApi({ 'conferences.list': () => ok(list) });
    render(<ConferencesPage />);
    const upcoming = (await screen.findByText('王阿姨家的困难一起商量')).closest('.meet__card') as HTMLElement;
    expect(upcoming).toHaveTextContent('地点：线上');
    expect(upcoming).toHaveTextContent('商量 2 件事 · 还没开始');
    const past = screen.getByText('李大爷住房问题').closest('.meet__card') as HTMLElement;
    expect(past).toHaveTextContent('地点：翠苑街道会议室');
    expect(past).toHaveTextContent('已开完，结论已记录');
    const old = screen.getByText('张阿姨就业问题').closest('.meet__card') as HTMLElement;
    expect(old).toHaveTextContent('翠苑街道会议室（也可以线上参加）');
    expect(old).toHaveTextContent('已开完，还没记录结论');
    // upcoming under its own heading, before the past ones
    const order = [...document.querySelectorAll('.meet__section, .meet__strong')].map((e) => e.textContent);
    expect(order).toEqual(['还没开的会商', '王阿姨家的困难一起商量', '开过的会商', '李大爷住房问题', '张阿姨就业问题']);
    await act(async () => fireEvent.click(past));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/meet/pages/conference/index?id=${PAST_ID}` });
  });

  it('says so when nothing is planned, and 我的待办 links to the list', async () => {
    setSession(staffSession(['resident', 'point_staff']));
    openPage('/packages/meet/pages/conferences/index');
    mockApi({ 'conferences.list': () => ok({ items: [] }) });
    const { unmount } = render(<ConferencesPage />);
    expect(await screen.findByText('现在没有要开的会商')).toBeInTheDocument();
    expect(screen.queryByText('开过的会商')).toBeNull();
    unmount();

    openPage('/packages/meet/pages/tasks/index');
    mockApi({ 'tasks.mine': () => ok({ items: [], escalated: [] }) });
    render(<TasksPage />);
    expect(await screen.findByText('现在没有待办，辛苦了')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByText('会商安排 ›')));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/meet/pages/conferences/index' });
  });
});
