/** Endpoints of proactive discovery (主动发现); merged into the contract by endpoints.ts. */
import {
  ZHandover,
  ZHandoverClaimRequest,
  ZHandoverCreateRequest,
  ZHandoverDraft,
  ZOpenRiskList,
  ZPolicyFindList,
  ZPolicyFindRef,
  ZRiskClearRequest,
  ZRiskCleared,
  ZVisit,
  ZVisitCount,
  ZVisitCountRequest,
  ZVisitCreateRequest,
} from '../schemas/discovery';
import { ZEmpty, ZOk } from '../schemas/common';
import { def, type EndpointDef } from './define';

/** Visits are logged by point staff (grid workers are invited as point staff) and stations; the hub reads. */
const VISITORS = ['point_staff', 'station_staff'] as const;
const READERS = ['point_staff', 'station_staff', 'hub_staff'] as const;
const tag = 'discovery';

export const discoveryEndpoints = {
  'discovery.visits.create': def({
    access: VISITORS,
    tag,
    summary: '登记一次入户走访（经济、健康、教育、住房、就业、需要的帮助，各有风险等级）',
    input: ZVisitCreateRequest,
    output: ZVisit,
  }),
  'discovery.visits.count': def({
    access: READERS,
    tag,
    summary: '一个月走访了多少户（同一户一个月内多次走访只算一户）',
    input: ZVisitCountRequest,
    output: ZVisitCount,
  }),
  'discovery.risks.list': def({
    access: READERS,
    tag,
    summary: '待清零风险：走访发现、还没解决的情况',
    input: ZEmpty,
    output: ZOpenRiskList,
  }),
  'discovery.risks.clear': def({
    access: VISITORS,
    tag,
    summary: '风险清零（写明怎么解决的）',
    input: ZRiskClearRequest,
    output: ZRiskCleared,
  }),
  'discovery.finds.list': def({
    access: READERS,
    tag,
    summary: '政策找人：政策或标准变化后，同意联系的住户中新符合条件的人和理由（不会自动通知任何人）',
    input: ZEmpty,
    output: ZPolicyFindList,
  }),
  'discovery.finds.done': def({
    access: VISITORS,
    tag,
    summary: '政策找人：已经联系过了',
    input: ZPolicyFindRef,
    output: ZOk,
  }),
  'discovery.handover.create': def({
    access: VISITORS,
    tag,
    summary: '走访时替本人开始一份申请（记录本人怎样同意），生成让本人在自己手机上核对提交的一次性二维码',
    input: ZHandoverCreateRequest,
    output: ZHandover,
  }),
  'discovery.handover.claim': def({
    access: 'user',
    tag,
    summary: '本人扫码领取工作人员代为开始的申请（一次有效），核对后自己提交',
    input: ZHandoverClaimRequest,
    output: ZHandoverDraft,
  }),
} as const satisfies Record<string, EndpointDef>;
