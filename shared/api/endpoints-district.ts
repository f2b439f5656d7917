/** Endpoints of the district review (issue 12): unclassified needs, gap report, household merge, audit review. */
import { def, type EndpointDef } from './define';
import {
  ZAuditExport,
  ZAuditExportRequest,
  ZAuditReview,
  ZAuditReviewRequest,
  ZGapReport,
  ZGapReportRequest,
  ZHousehold,
  ZHouseholdMergeRequest,
  ZHouseholdProposals,
  ZHouseholdRef,
  ZUnclassified,
  ZUnclassifiedRequest,
} from '../schemas/district';
import { ZEmpty } from '../schemas/common';

const STAFF = ['point_staff', 'station_staff', 'hub_staff'] as const;
const REVIEWERS = ['hub_staff', 'admin'] as const;

export const districtEndpoints = {
  'needs.unclassified': def({
    access: STAFF,
    tag: 'cases',
    summary: '仍未归类的需求（原话，相似的归成一组；只看本辖区）',
    input: ZUnclassifiedRequest,
    output: ZUnclassified,
  }),
  'needs.gapReport': def({
    access: ['station_staff', 'hub_staff'],
    tag: 'cases',
    summary: '月度缺口报告：哪些需求没有对应的政策或服务（按组计数）',
    input: ZGapReportRequest,
    output: ZGapReport,
  }),
  'households.proposals': def({
    access: STAFF,
    tag: 'cases',
    summary: '可能是同一人或同一户的申请（身份证号、电话、姓名加地址）',
    input: ZEmpty,
    output: ZHouseholdProposals,
  }),
  'households.merge': def({
    access: STAFF,
    tag: 'cases',
    summary: '把几份申请归为同一户（各自的进度和申请人视图不变）',
    input: ZHouseholdMergeRequest,
    output: ZHousehold,
  }),
  'households.unmerge': def({
    access: STAFF,
    tag: 'cases',
    summary: '把一份申请移出所在的户（撤销合并）',
    input: ZHouseholdRef,
    output: ZHousehold,
  }),
  'households.ofCase': def({
    access: STAFF,
    tag: 'cases',
    summary: '这份申请所在的户（本辖区内可见的申请）',
    input: ZHouseholdRef,
    output: ZHousehold,
  }),
  'audit.review': def({
    access: REVIEWERS,
    tag: 'admin',
    summary: '查看记录：谁在什么时候查看、显示了哪份申请（可筛选，标出异常次数）',
    input: ZAuditReviewRequest,
    output: ZAuditReview,
  }),
  'audit.export': def({
    access: REVIEWERS,
    tag: 'admin',
    summary: '导出查看记录（CSV）',
    input: ZAuditExportRequest,
    output: ZAuditExport,
  }),
} as const satisfies Record<string, EndpointDef>;
