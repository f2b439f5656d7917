/** Accounts: staff administration and a user's own login sessions; merged into the contract by endpoints.ts. */
import {
  ZAuthSessionList,
  ZMembershipRevoked,
  ZMembershipRevokeRequest,
  ZSessionEndRequest,
  ZStaffList,
  ZStaffListRequest,
  ZUserIdRequest,
  ZUserState,
} from '../schemas/accounts';
import { ZEmpty, ZOk } from '../schemas/common';
import { def, type EndpointDef } from './define';

const admin = ['admin'] as const;

export const accountsEndpoints = {
  'auth.sessions.list': def({
    access: 'user',
    tag: 'auth',
    summary: '我的登录设备：本人未结束的登录',
    input: ZEmpty,
    output: ZAuthSessionList,
  }),
  'auth.sessions.end': def({
    access: 'user',
    tag: 'auth',
    summary: '结束本人的一个登录（在那台设备上退出）',
    input: ZSessionEndRequest,
    output: ZOk,
  }),
  'admin.staff.list': def({
    access: admin,
    tag: 'admin',
    summary: '管理：工作人员列表（角色、单位、最近登录、停用状态）',
    input: ZStaffListRequest,
    output: ZStaffList,
  }),
  'admin.memberships.revoke': def({
    access: admin,
    tag: 'admin',
    summary: '管理：撤销一项工作人员身份，下一次请求起生效',
    input: ZMembershipRevokeRequest,
    output: ZMembershipRevoked,
  }),
  'admin.users.disable': def({
    access: admin,
    tag: 'admin',
    summary: '管理：停用账号并结束其全部登录',
    input: ZUserIdRequest,
    output: ZUserState,
  }),
  'admin.users.enable': def({
    access: admin,
    tag: 'admin',
    summary: '管理：恢复停用的账号',
    input: ZUserIdRequest,
    output: ZUserState,
  }),
} as const satisfies Record<string, EndpointDef>;
