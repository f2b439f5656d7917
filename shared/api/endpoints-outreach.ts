/** Endpoints of outreach codes (宣传码); merged into the contract by endpoints.ts. */
import { ZOk } from '../schemas/common';
import {
  ZOutreachAttributeRequest,
  ZOutreachCode,
  ZOutreachCreateRequest,
  ZOutreachLanding,
  ZOutreachList,
  ZOutreachListRequest,
  ZOutreachPoster,
  ZOutreachPosterRequest,
  ZOutreachReach,
  ZOutreachReachRequest,
  ZOutreachTrackRequest,
} from '../schemas/outreach';
import { def, type EndpointDef } from './define';

/** Staff who publicise: point staff for their community, station staff for their street/town, the hub and admins. */
const STAFF = ['point_staff', 'station_staff', 'hub_staff', 'admin'] as const;
const tag = 'outreach';

export const outreachEndpoints = {
  'outreach.codes.create': def({
    access: STAFF,
    tag,
    summary: '为一个社区制作宣传码（可注明活动或宣传册批次）',
    input: ZOutreachCreateRequest,
    output: ZOutreachCode,
  }),
  'outreach.codes.list': def({
    access: STAFF,
    tag,
    summary: '本辖区的宣传码和扫码、自测、申请次数',
    input: ZOutreachListRequest,
    output: ZOutreachList,
  }),
  'outreach.codes.poster': def({
    access: STAFF,
    tag,
    summary: '下载可打印的宣传码海报（PNG 图片或 A4 PDF）',
    input: ZOutreachPosterRequest,
    output: ZOutreachPoster,
  }),
  'outreach.track': def({
    access: 'public',
    tag,
    summary: '记录一次扫码或扫码后的自测（不记录是谁），返回要预选的社区',
    input: ZOutreachTrackRequest,
    output: ZOutreachLanding,
  }),
  'outreach.attribute': def({
    access: 'user',
    tag,
    summary: '把自己的申请记在来源宣传码下（每份申请一次）',
    input: ZOutreachAttributeRequest,
    output: ZOk,
  }),
  'outreach.reach': def({
    access: STAFF,
    tag,
    summary: '宣传码覆盖情况：各社区的扫码、自测、申请次数',
    input: ZOutreachReachRequest,
    output: ZOutreachReach,
  }),
} as const satisfies Record<string, EndpointDef>;
