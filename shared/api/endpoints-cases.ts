/** Endpoints of the staff workbench (cases) area; merged into the contract by endpoints.ts. */
import { def, type EndpointDef } from './define';
import {
  ZCaseAcceptRequest,
  ZCaseAskInfoRequest,
  ZCaseCloseRequest,
  ZCaseContactRequest,
  ZCaseDetail,
  ZCaseEscalateRequest,
  ZCaseQueue,
  ZCaseQueueRequest,
  ZCaseRecordConsentRequest,
  ZCaseRef,
  ZCaseReferRequest,
  ZCaseReopenRequest,
  ZCaseResolveRequest,
  ZCaseReveal,
  ZCaseRevealRequest,
  ZCaseTransferRequest,
  ZCaseVisitRequest,
  ZOfficerCaseView,
  ZReferralRespondRequest,
  ZRevealAnomalies,
  ZRevealAnomaliesRequest,
  ZStaffCaseDetail,
  ZSubjectCode,
  ZSubjectCodeRequest,
} from '../schemas/cases';

/** Staff who work cases at a service point of one of the three tiers. */
const STAFF = ['point_staff', 'station_staff', 'hub_staff'] as const;
/** Staff plus department officers (who see only cases referred to their department). */
const READERS = [...STAFF, 'dept_officer'] as const;
const tag = 'cases';

export const casesEndpoints = {
  'cases.queue': def({ access: READERS, tag, summary: '工作台待办队列(按办理期限排序,分页)', input: ZCaseQueueRequest, output: ZCaseQueue }),
  'cases.get': def({ access: READERS, tag, summary: '案件详情(个人信息默认打码,查看留痕)', input: ZCaseRef, output: ZCaseDetail }),
  'cases.reveal': def({ access: STAFF, tag, summary: '查看完整身份证号或手机号(须填写原因,留痕)', input: ZCaseRevealRequest, output: ZCaseReveal }),
  'cases.revealAnomalies': def({
    access: ['station_staff', 'hub_staff'],
    tag,
    summary: '近 24 小时查看完整号码次数异常的工作人员（区级看全区，镇街看本街道）',
    input: ZRevealAnomaliesRequest,
    output: ZRevealAnomalies,
  }),
  'cases.recordConsent': def({ access: STAFF, tag, summary: '记录邻里线索当事人本人同意接受帮助(留痕)', input: ZCaseRecordConsentRequest, output: ZStaffCaseDetail }),
  'cases.accept': def({ access: STAFF, tag, summary: '受理案件(由本人负责)', input: ZCaseAcceptRequest, output: ZStaffCaseDetail }),
  'cases.contact': def({ access: STAFF, tag, summary: '记录一次电话联系', input: ZCaseContactRequest, output: ZStaffCaseDetail }),
  'cases.visit': def({ access: STAFF, tag, summary: '记录一次上门走访', input: ZCaseVisitRequest, output: ZStaffCaseDetail }),
  'cases.askInfo': def({ access: STAFF, tag, summary: '请申请人补充材料(期限暂停)', input: ZCaseAskInfoRequest, output: ZStaffCaseDetail }),
  'cases.referDepartment': def({ access: STAFF, tag, summary: '转介给幸福联盟成员部门', input: ZCaseReferRequest, output: ZStaffCaseDetail }),
  'cases.transfer': def({ access: STAFF, tag, summary: '转给其他服务站点办理', input: ZCaseTransferRequest, output: ZStaffCaseDetail }),
  'cases.escalate': def({ access: STAFF, tag, summary: '上报镇街服务站或区级助联体', input: ZCaseEscalateRequest, output: ZStaffCaseDetail }),
  'cases.resolve': def({ access: STAFF, tag, summary: '办结(不符合条件须写明原因并提供其他途径)', input: ZCaseResolveRequest, output: ZStaffCaseDetail }),
  'cases.close': def({ access: STAFF, tag, summary: '归档已办结的案件', input: ZCaseCloseRequest, output: ZStaffCaseDetail }),
  'cases.reopen': def({ access: STAFF, tag, summary: '办结 30 天内重新办理', input: ZCaseReopenRequest, output: ZStaffCaseDetail }),
  'cases.subjectCode': def({ access: STAFF, tag, summary: '为家人代办的申请生成本人确认码（一次性，24 小时内有效，留痕）', input: ZSubjectCodeRequest, output: ZSubjectCode }),
  'cases.referralRespond': def({ access: ['dept_officer'], tag, summary: '部门联络员反馈转介办理情况', input: ZReferralRespondRequest, output: ZOfficerCaseView }),
} as const satisfies Record<string, EndpointDef>;
