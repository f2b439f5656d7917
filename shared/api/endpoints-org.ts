/** Endpoints of the organisation: divisions, service points, departments; merged into the contract by endpoints.ts. */
import { ZEmpty } from '../schemas/common';
import {
  ZDepartmentList,
  ZDistrictOverview,
  ZDivisionList,
  ZDivisionListRequest,
  ZNearRequest,
  ZNearResult,
  ZServicePoint,
  ZServicePointDetail,
  ZServicePointGetRequest,
  ZServicePointList,
  ZServicePointListRequest,
  ZServicePointUpdate,
} from '../schemas/org';
import { def, type EndpointDef } from './define';

export const orgEndpoints = {
  'org.overview': def({
    access: 'public',
    tag: 'org',
    summary: '全区概览：街道、镇与各级服务站点',
    input: ZEmpty,
    output: ZDistrictOverview,
  }),
  'divisions.list': def({
    access: 'public',
    tag: 'org',
    summary: '行政区划列表',
    input: ZDivisionListRequest,
    output: ZDivisionList,
  }),
  'servicePoints.list': def({
    access: 'public',
    tag: 'org',
    summary: '服务站点列表',
    input: ZServicePointListRequest,
    output: ZServicePointList,
  }),
  'servicePoints.get': def({
    access: 'public',
    tag: 'org',
    summary: '服务站点详情：地址、电话、开放时间、可办服务',
    input: ZServicePointGetRequest,
    output: ZServicePointDetail,
  }),
  'servicePoints.near': def({
    access: 'public',
    tag: 'org',
    summary: '附近的服务站点（十分钟救助服务圈）',
    input: ZNearRequest,
    output: ZNearResult,
  }),
  'departments.list': def({
    access: 'public',
    tag: 'org',
    summary: '幸福联盟成员部门',
    input: ZEmpty,
    output: ZDepartmentList,
  }),

  'admin.servicePoints.update': def({
    access: ['admin'],
    tag: 'admin',
    summary: '管理：修改站点地址、电话、开放时间、坐标',
    input: ZServicePointUpdate,
    output: ZServicePoint,
  }),
} as const satisfies Record<string, EndpointDef>;
