/** Endpoints of the district statistics (issue 12); merged into the contract by endpoints.ts. */
import { def, type EndpointDef } from './define';
import {
  ZDashboard,
  ZDashboardRequest,
  ZDemandCases,
  ZDemandCasesRequest,
  ZDemandList,
  ZDemandRequest,
  ZReportFile,
  ZReportRequest,
} from '../schemas/stats';

/** Points see their point, stations their street, the hub and admins the district, a department its referrals. */
const VIEWERS = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer', 'admin'] as const;
const tag = 'stats';

export const statsEndpoints = {
  'stats.demand': def({
    access: VIEWERS,
    tag,
    summary: '需求侧清单：按救助对象、需求层次、类别、镇街、村社或月份统计人数和在办、办结件数',
    input: ZDemandRequest,
    output: ZDemandList,
  }),
  'stats.demandCases': def({
    access: VIEWERS,
    tag,
    summary: '需求侧清单明细：符合条件、本人可查看的案件（只有编号和类别，不含个人信息）',
    input: ZDemandCasesRequest,
    output: ZDemandCases,
  }),
  'stats.dashboard': def({
    access: VIEWERS,
    tag,
    summary: '数据看板：逐月的服务人次、帮助人数、申请渠道、受理和办结用时、时限达标、升级和未分类，各村社宣传码触达',
    input: ZDashboardRequest,
    output: ZDashboard,
  }),
  'stats.monthlyReport': def({
    access: VIEWERS,
    tag,
    summary: '联席会议月报：导出 Excel（每部分一张表）或 CSV，数字与看板一致',
    input: ZReportRequest,
    output: ZReportFile,
  }),
} as const satisfies Record<string, EndpointDef>;
