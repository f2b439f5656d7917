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
import {
  ZCompleteness,
  ZCompletenessRequest,
  ZContactPlan,
  ZPointContactRequest,
  ZPointImportRequest,
  ZPointImportResult,
  ZPointSelfUpdate,
} from '../schemas/points';
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
  'servicePoints.contact': def({
    access: 'public',
    tag: 'org',
    summary: '找谁、去哪：服务点电话缺失时依次用服务站、助联体、12345 的电话，并说明是谁的电话',
    input: ZPointContactRequest,
    output: ZContactPlan,
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
  'org.points.mine': def({
    access: ['point_staff', 'station_staff', 'hub_staff', 'admin'],
    tag: 'org',
    summary: '我能维护的服务点（服务点：本点；服务站：本街道各点；助联体和管理员：全部）',
    input: ZEmpty,
    output: ZServicePointList,
  }),
  'org.points.update': def({
    access: ['point_staff', 'station_staff', 'hub_staff', 'admin'],
    tag: 'org',
    summary: '服务点工作人员修改本点地址、电话、开放时间和位置（留痕，马上生效）',
    input: ZPointSelfUpdate,
    output: ZServicePoint,
  }),
  'admin.points.import': def({
    access: ['admin', 'hub_staff'],
    tag: 'admin',
    summary: '管理：从 CSV 或 Excel 批量导入服务点的地址、电话、位置、开放时间（可先试导入）',
    input: ZPointImportRequest,
    output: ZPointImportResult,
  }),
  'admin.points.completeness': def({
    access: ['admin', 'hub_staff', 'station_staff'],
    tag: 'admin',
    summary: '管理：各街道服务点缺电话、地址、位置、开放时间的情况',
    input: ZCompletenessRequest,
    output: ZCompleteness,
  }),
} as const satisfies Record<string, EndpointDef>;
