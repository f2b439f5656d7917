/** Endpoints of the applicant side: intake (self / proxy / referral), my applications, withdraw, add information, consent. */
import { z } from 'zod';
import {
  ZApplicationDetail,
  ZApplicationRef,
  ZClaimSubjectRequest,
  ZConfirmResolutionRequest,
  ZMyApplications,
  ZProvideInfoRequest,
  ZSubmitApplication,
  ZSubmitResult,
  ZWithdrawRequest,
} from '../schemas/applications';
import { ZEmpty } from '../schemas/common';
import { ZSuggestions } from '../schemas/matching';
import { def, type EndpointDef } from './define';

export const ZRoutingRulesView = z.object({ version: z.number().int(), rules: z.unknown() });

export const applicationsEndpoints = {
  'applications.submit': def({
    access: 'user',
    tag: 'applications',
    summary: '提交求助申请（本人、为家人或帮邻居反映）；需要请求头 Idempotency-Key',
    input: ZSubmitApplication,
    output: ZSubmitResult,
  }),
  'applications.mine': def({
    access: 'user',
    tag: 'applications',
    summary: '我的申请（含家人为我提交的）',
    input: ZEmpty,
    output: ZMyApplications,
  }),
  'applications.get': def({
    access: 'user',
    tag: 'applications',
    summary: '申请详情与进度',
    input: ZApplicationRef,
    output: ZApplicationDetail,
  }),
  'applications.withdraw': def({
    access: 'user',
    tag: 'applications',
    summary: '在办结前撤回申请',
    input: ZWithdrawRequest,
    output: ZApplicationDetail,
  }),
  'applications.confirmResolution': def({
    access: 'user',
    tag: 'applications',
    summary: '办结后回答“问题解决了吗？”：解决了就结案，还没有就申请重新办理',
    input: ZConfirmResolutionRequest,
    output: ZApplicationDetail,
  }),
  'applications.provideInfo': def({
    access: 'user',
    tag: 'applications',
    summary: '按工作人员要求补充情况',
    input: ZProvideInfoRequest,
    output: ZApplicationDetail,
  }),
  'applications.revokeConsent': def({
    access: 'user',
    tag: 'applications',
    summary: '被申请人撤回对家人代办的授权',
    input: ZApplicationRef,
    output: ZApplicationDetail,
  }),
  'applications.suggestions': def({
    access: 'user',
    tag: 'applications',
    summary: '您可能还可以申请：适合这份申请的政策和服务（带理由），只限申请人和被申请人本人',
    input: ZApplicationRef,
    output: ZSuggestions,
  }),
  'applications.claimSubject': def({
    access: 'user',
    tag: 'applications',
    summary: '本人输入工作人员告知的确认码，确认家人代办的申请是自己的',
    input: ZClaimSubjectRequest,
    output: ZApplicationDetail,
  }),
  'admin.routing.get': def({
    access: ['admin'],
    tag: 'admin',
    summary: '当前分派规则及版本',
    input: ZEmpty,
    output: ZRoutingRulesView,
  }),
  'admin.routing.set': def({
    access: ['admin'],
    tag: 'admin',
    summary: '发布新版分派规则',
    input: z.strictObject({ rules: z.unknown() }),
    output: ZRoutingRulesView,
  }),
} as const satisfies Record<string, EndpointDef>;
