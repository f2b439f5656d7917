/** Endpoints of community events and 十二春风 service days; merged into the contract by endpoints.ts. */
import { ZEmpty } from '../schemas/common';
import { EVENT_PUBLISHER_ROLES } from '../domain/events';
import { def, type EndpointDef } from './define';
import {
  ZAttendeeList,
  ZCheckInRequest,
  ZCheckInResult,
  ZEvent,
  ZEventCreateRequest,
  ZEventGetRequest,
  ZEventList,
  ZEventListRequest,
  ZEventQr,
  ZEventQrRequest,
  ZEventRef,
  ZEventUpdateRequest,
  ZPersonTimes,
  ZPersonTimesRequest,
  ZSignUpRequest,
  ZSignup,
  ZSignupList,
  ZSignupRef,
} from '../schemas/events';

const STAFF = EVENT_PUBLISHER_ROLES;
const tag = 'events';

export const eventsEndpoints = {
  'events.list': def({
    access: 'public',
    tag,
    summary: '近期活动（十二春风等）：按街道、社区或离我远近',
    input: ZEventListRequest,
    output: ZEventList,
  }),
  'events.get': def({ access: 'public', tag, summary: '活动详情', input: ZEventGetRequest, output: ZEvent }),
  'events.signUp': def({
    access: 'user',
    tag,
    summary: '报名活动（本人或家人）；名额满了排队候补',
    input: ZSignUpRequest,
    output: ZSignup,
  }),
  'events.cancelSignup': def({
    access: 'user',
    tag,
    summary: '取消报名；空出的名额自动给排在第一位的候补',
    input: ZSignupRef,
    output: ZSignup,
  }),
  'events.mine': def({ access: 'user', tag, summary: '我的报名', input: ZEmpty, output: ZSignupList }),
  'events.qr': def({
    access: 'user',
    tag,
    summary: '活动二维码（报名用）或报名码（现场签到用）',
    input: ZEventQrRequest,
    output: ZEventQr,
  }),
  'events.create': def({ access: STAFF, tag, summary: '发布活动', input: ZEventCreateRequest, output: ZEvent }),
  'events.update': def({ access: STAFF, tag, summary: '修改活动', input: ZEventUpdateRequest, output: ZEvent }),
  'events.cancel': def({ access: STAFF, tag, summary: '取消活动（通知已报名的人）', input: ZEventRef, output: ZEvent }),
  'events.manage': def({ access: STAFF, tag, summary: '本部门或本服务点的活动', input: ZEmpty, output: ZEventList }),
  'events.attendees': def({
    access: STAFF,
    tag,
    summary: '报名名单与候补名单',
    input: ZEventRef,
    output: ZAttendeeList,
  }),
  'events.checkIn': def({
    access: STAFF,
    tag,
    summary: '现场签到（从名单点选或扫报名码）；每次签到计一人次',
    input: ZCheckInRequest,
    output: ZCheckInResult,
  }),
  'events.personTimes': def({
    access: ['dept_officer', 'hub_staff', 'admin'],
    tag,
    summary: '服务人次（送达、没有送达的办结、活动签到，与数据看板同一口径）',
    input: ZPersonTimesRequest,
    output: ZPersonTimes,
  }),
} as const satisfies Record<string, EndpointDef>;
