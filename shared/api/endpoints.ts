/**
 * The API contract: endpoint name → access rule + request/response schemas.
 * Every endpoint is `POST /api/<name>` with a JSON body; successes answer `{ ok: true, data }`.
 * The server mounts exactly these (deny by default), the client calls them by name,
 * and the OpenAPI document is generated from this map.
 */
import { type z } from 'zod';
import { def, type EndpointDef } from './define';
import { accountsEndpoints } from './endpoints-accounts';
import { casesEndpoints } from './endpoints-cases';
import { conferencesEndpoints } from './endpoints-conferences';
import { applicationsEndpoints } from './endpoints-applications';
import { contentEndpoints } from './endpoints-content';
import { discoveryEndpoints } from './endpoints-discovery';
import { districtEndpoints } from './endpoints-district';
import { orgEndpoints } from './endpoints-org';
import { ordersEndpoints } from './endpoints-orders';
import { outreachEndpoints } from './endpoints-outreach';
import { eventsEndpoints } from './endpoints-events';
import { policiesEndpoints } from './endpoints-policies';
import { servicesEndpoints } from './endpoints-services';
import { statsEndpoints } from './endpoints-stats';
import {
  ZDevLoginRequest,
  ZDevUsers,
  ZLogoutRequest,
  ZMe,
  ZPhoneRequest,
  ZPhoneResult,
  ZRefreshRequest,
  ZSession,
  ZWechatLoginRequest,
} from '../schemas/auth';
import { ZEmpty, ZOk } from '../schemas/common';
import { ZInvite, ZInviteCreateRequest } from '../schemas/org';

export type { Access, EndpointDef } from './define';

export const endpoints = {
  'auth.wechat': def({
    access: 'public',
    tag: 'auth',
    summary: '微信登录：用 wx.login 的 code 换取会话',
    input: ZWechatLoginRequest,
    output: ZSession,
  }),
  'auth.devUsers': def({
    access: 'public',
    tag: 'auth',
    summary: '开发登录可选的演示账号（仅开发环境）',
    input: ZEmpty,
    output: ZDevUsers,
  }),
  'auth.devLogin': def({
    access: 'public',
    tag: 'auth',
    summary: '以演示账号登录（仅开发环境且未配置微信）',
    input: ZDevLoginRequest,
    output: ZSession,
  }),
  'auth.refresh': def({
    access: 'public',
    tag: 'auth',
    summary: '轮换刷新令牌，换取新的访问令牌',
    input: ZRefreshRequest,
    output: ZSession,
  }),
  'auth.logout': def({
    access: 'user',
    tag: 'auth',
    summary: '退出登录，作废本次会话的所有令牌',
    input: ZLogoutRequest,
    output: ZOk,
  }),
  'auth.phone': def({
    access: 'user',
    tag: 'auth',
    summary: '用手机号快速验证按钮的 code 绑定手机号',
    input: ZPhoneRequest,
    output: ZPhoneResult,
  }),
  'me.get': def({
    access: 'user',
    tag: 'auth',
    summary: '当前用户与角色（每次从数据库读取）',
    input: ZEmpty,
    output: ZMe,
  }),
  'admin.invites.create': def({
    access: ['admin'],
    tag: 'admin',
    summary: '签发一次性工作人员邀请码',
    input: ZInviteCreateRequest,
    output: ZInvite,
  }),
  ...accountsEndpoints,
  ...orgEndpoints,
  ...policiesEndpoints,
  ...contentEndpoints,
  ...servicesEndpoints,
  ...applicationsEndpoints,
  ...casesEndpoints,
  ...ordersEndpoints,
  ...statsEndpoints,
  ...outreachEndpoints,
  ...discoveryEndpoints,
  ...eventsEndpoints,
  ...districtEndpoints,
  ...conferencesEndpoints,
} as const satisfies Record<string, EndpointDef>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type Input<N extends EndpointName> = z.input<Endpoints[N]['input']>;
export type Output<N extends EndpointName> = z.output<Endpoints[N]['output']>;

/** Successful response envelope. */
export type OkBody<T> = { ok: true; data: T };
