/** Endpoints of case conferences, follow-up tasks and the monthly joint meeting (issue 13.1–13.2). */
import { ZEmpty } from '../schemas/common';
import {
  ZConference,
  ZConferenceCreateRequest,
  ZConferenceList,
  ZConferenceRef,
  ZDecisionRequest,
  ZTask,
  ZTaskDoneRequest,
  ZTaskList,
  ZTaskRequest,
} from '../schemas/conferences';
import {
  ZMeeting,
  ZMeetingActionRequest,
  ZMeetingCreateRequest,
  ZMeetingDecisionRequest,
  ZMeetingList,
  ZMeetingProposal,
  ZMeetingProposalRequest,
  ZMeetingRef,
} from '../schemas/meetings';
import { def, type EndpointDef } from './define';

/** Staff who work cases at a service point convene conferences. */
const CONVENERS = ['point_staff', 'station_staff', 'hub_staff'] as const;
/** Everyone who can take part in a conference or own a task. */
const PARTICIPANTS = [...CONVENERS, 'dept_officer', 'provider_staff'] as const;
/** The hub (the consortium's office) and admins keep the joint meeting; department officers attend it. */
const MEETING_KEEPERS = ['hub_staff', 'admin'] as const;
const MEETING_READERS = [...MEETING_KEEPERS, 'dept_officer'] as const;

export const conferencesEndpoints = {
  'conferences.create': def({
    access: CONVENERS,
    tag: 'conferences',
    summary: '召集小型议事会商（一个或多个案件；通知每个参会方）',
    input: ZConferenceCreateRequest,
    output: ZConference,
  }),
  'conferences.list': def({
    access: PARTICIPANTS,
    tag: 'conferences',
    summary: '我召集或参加的会商',
    input: ZEmpty,
    output: ZConferenceList,
  }),
  'conferences.get': def({
    access: PARTICIPANTS,
    tag: 'conferences',
    summary: '会商详情：案件、参会方、决定和待办',
    input: ZConferenceRef,
    output: ZConference,
  }),
  'conferences.decide': def({
    access: CONVENERS,
    tag: 'conferences',
    summary: '记录对一个案件的会商决定（进入案件时间线，居民只看到简短说明）',
    input: ZDecisionRequest,
    output: ZConference,
  }),
  'conferences.addTask': def({
    access: CONVENERS,
    tag: 'conferences',
    summary: '布置会后待办（负责人和完成日期）',
    input: ZTaskRequest,
    output: ZConference,
  }),
  'tasks.mine': def({
    access: [...PARTICIPANTS, 'admin'],
    tag: 'conferences',
    summary: '我的待办（本人、本部门或本服务点负责的会商和联席会议事项）',
    input: ZEmpty,
    output: ZTaskList,
  }),
  'tasks.done': def({
    access: [...PARTICIPANTS, 'admin'],
    tag: 'conferences',
    summary: '标记待办已完成',
    input: ZTaskDoneRequest,
    output: ZTask,
  }),
  'meetings.proposal': def({
    access: MEETING_KEEPERS,
    tag: 'meetings',
    summary: '联席会议建议议题：上次会议事项、超期案件、未归类的求助',
    input: ZMeetingProposalRequest,
    output: ZMeetingProposal,
  }),
  'meetings.create': def({
    access: MEETING_KEEPERS,
    tag: 'meetings',
    summary: '建立本月联席会议记录（参会部门、议题）',
    input: ZMeetingCreateRequest,
    output: ZMeeting,
  }),
  'meetings.list': def({
    access: MEETING_READERS,
    tag: 'meetings',
    summary: '联席会议记录列表',
    input: ZEmpty,
    output: ZMeetingList,
  }),
  'meetings.get': def({
    access: MEETING_READERS,
    tag: 'meetings',
    summary: '联席会议详情（先看上次会议事项的办理情况）',
    input: ZMeetingRef,
    output: ZMeeting,
  }),
  'meetings.addDecision': def({
    access: MEETING_KEEPERS,
    tag: 'meetings',
    summary: '记录会议决定',
    input: ZMeetingDecisionRequest,
    output: ZMeeting,
  }),
  'meetings.addAction': def({
    access: MEETING_KEEPERS,
    tag: 'meetings',
    summary: '布置会议事项（责任部门和完成日期）',
    input: ZMeetingActionRequest,
    output: ZMeeting,
  }),
} as const satisfies Record<string, EndpointDef>;
