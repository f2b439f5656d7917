/** Endpoints of the policies area; merged into the contract by endpoints.ts. */
import { def, type EndpointDef } from './define';
import { ZEmpty } from '../schemas/common';
import { ZPolicyInput } from '../schemas/content';
import {
  ZAdminPolicy,
  ZAdminPolicyDetail,
  ZAdminPolicyList,
  ZAdminPolicyListRequest,
  ZPolicyDetail,
  ZPolicyListRequest,
  ZPolicyPage,
  ZPolicySetRuleRequest,
  ZPolicySetStatusRequest,
  ZPolicyUpdateRequest,
  ZSelfCheckQuestions,
  ZSelfCheckQuestionsRequest,
  ZSelfCheckResult,
  ZSelfCheckRunRequest,
  ZSlugRequest,
  ZStandard,
  ZStandardList,
  ZStandardUpdateRequest,
} from '../schemas/policies';

const admin = ['admin'] as const;

export const policiesEndpoints = {
  'policies.list': def({
    access: 'public',
    tag: 'policies',
    summary: '政策清单：按需求类型、对象、部门筛选，支持中文搜索',
    input: ZPolicyListRequest,
    output: ZPolicyPage,
  }),
  'policies.get': def({
    access: 'public',
    tag: 'policies',
    summary: '政策详情：条件、材料、流程、联系方式和相关内容',
    input: ZSlugRequest,
    output: ZPolicyDetail,
  }),
  'selfCheck.questions': def({
    access: 'public',
    tag: 'policies',
    summary: '自测问卷：我能申请什么（只列出回答后会影响结果的问题；可带上已答的部分）',
    input: ZSelfCheckQuestionsRequest,
    output: ZSelfCheckQuestions,
  }),
  'selfCheck.run': def({
    access: 'public',
    tag: 'policies',
    summary: '自测结果：可能符合的政策和服务（不保存答案）',
    input: ZSelfCheckRunRequest,
    output: ZSelfCheckResult,
  }),
  'admin.policies.create': def({
    access: admin,
    tag: 'admin',
    summary: '新建政策（草稿）',
    input: ZPolicyInput,
    output: ZAdminPolicy,
  }),
  'admin.policies.update': def({
    access: admin,
    tag: 'admin',
    summary: '修改政策内容',
    input: ZPolicyUpdateRequest,
    output: ZAdminPolicy,
  }),
  'admin.policies.setStatus': def({
    access: admin,
    tag: 'admin',
    summary: '发布、撤回或归档政策',
    input: ZPolicySetStatusRequest,
    output: ZAdminPolicy,
  }),
  'admin.policies.setRule': def({
    access: admin,
    tag: 'admin',
    summary: '修改自测规则（生成新版本，旧版本保留）',
    input: ZPolicySetRuleRequest,
    output: ZAdminPolicy,
  }),
  'admin.policies.get': def({
    access: admin,
    tag: 'admin',
    summary: '一项政策（含草稿和已归档）的全部内容，供编辑',
    input: ZSlugRequest,
    output: ZAdminPolicyDetail,
  }),
  'admin.policies.list': def({
    access: admin,
    tag: 'admin',
    summary: '全部政策（含草稿和已归档）',
    input: ZAdminPolicyListRequest,
    output: ZAdminPolicyList,
  }),
  'admin.standards.list': def({
    access: admin,
    tag: 'admin',
    summary: '救助标准（如低保标准）',
    input: ZEmpty,
    output: ZStandardList,
  }),
  'admin.standards.update': def({
    access: admin,
    tag: 'admin',
    summary: '修改救助标准的数值',
    input: ZStandardUpdateRequest,
    output: ZStandard,
  }),
} as const satisfies Record<string, EndpointDef>;
