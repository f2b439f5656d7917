/** Endpoints of providers (力量清单) and services (服务清单); merged into the contract by endpoints.ts. */
import { ZSlugRequest } from '../schemas/common';
import { ZAdminListRequest, ZSetStatusRequest, ZStatusResult } from '../schemas/content';
import {
  ZProviderAdmin,
  ZProviderAdminList,
  ZProviderDetail,
  ZProviderInput,
  ZProviderList,
  ZProviderListRequest,
  ZServiceAdmin,
  ZServiceAdminList,
  ZServiceDetail,
  ZServiceInput,
  ZServiceList,
  ZServiceListRequest,
} from '../schemas/services';
import { def, type EndpointDef } from './define';

const admin = ['admin'] as const;

export const servicesEndpoints = {
  'providers.list': def({
    access: 'public',
    tag: 'services',
    summary: '力量清单（按类型、地区筛选与搜索）',
    input: ZProviderListRequest,
    output: ZProviderList,
  }),
  'providers.get': def({
    access: 'public',
    tag: 'services',
    summary: '服务力量详情：联系方式和提供的服务',
    input: ZSlugRequest,
    output: ZProviderDetail,
  }),
  'services.list': def({
    access: 'public',
    tag: 'services',
    summary: '服务清单（筛选与搜索）',
    input: ZServiceListRequest,
    output: ZServiceList,
  }),
  'services.get': def({
    access: 'public',
    tag: 'services',
    summary: '服务详情',
    input: ZSlugRequest,
    output: ZServiceDetail,
  }),

  'admin.providers.list': def({
    access: admin,
    tag: 'admin',
    summary: '管理：全部服务力量',
    input: ZAdminListRequest,
    output: ZProviderAdminList,
  }),
  'admin.providers.create': def({
    access: admin,
    tag: 'admin',
    summary: '管理：新建服务力量',
    input: ZProviderInput,
    output: ZProviderAdmin,
  }),
  'admin.providers.update': def({
    access: admin,
    tag: 'admin',
    summary: '管理：修改服务力量（按标识）',
    input: ZProviderInput,
    output: ZProviderAdmin,
  }),
  'admin.providers.setStatus': def({
    access: admin,
    tag: 'admin',
    summary: '管理：发布、撤回或归档服务力量',
    input: ZSetStatusRequest,
    output: ZStatusResult,
  }),
  'admin.services.list': def({
    access: admin,
    tag: 'admin',
    summary: '管理：全部服务',
    input: ZAdminListRequest,
    output: ZServiceAdminList,
  }),
  'admin.services.create': def({
    access: admin,
    tag: 'admin',
    summary: '管理：新建服务',
    input: ZServiceInput,
    output: ZServiceAdmin,
  }),
  'admin.services.update': def({
    access: admin,
    tag: 'admin',
    summary: '管理：修改服务（按标识）',
    input: ZServiceInput,
    output: ZServiceAdmin,
  }),
  'admin.services.setStatus': def({
    access: admin,
    tag: 'admin',
    summary: '管理：发布、撤回或归档服务',
    input: ZSetStatusRequest,
    output: ZStatusResult,
  }),
} as const satisfies Record<string, EndpointDef>;
