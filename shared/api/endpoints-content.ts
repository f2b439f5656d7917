/** Endpoints of content: livestreams and replays, stories (典型案例); merged into the contract by endpoints.ts. */
import { ZSlugRequest } from '../schemas/common';
import {
  ZAdminListRequest,
  ZLivestreamAdmin,
  ZLivestreamAdminList,
  ZLivestreamDetail,
  ZLivestreamInput,
  ZLivestreamList,
  ZLivestreamListRequest,
  ZReminder,
  ZSetStatusRequest,
  ZStatusResult,
  ZStoryAdmin,
  ZStoryAdminList,
  ZStoryDetail,
  ZStoryInput,
  ZStoryList,
  ZStoryListRequest,
  ZViewCount,
} from '../schemas/content';
import { def, type EndpointDef } from './define';

const admin = ['admin'] as const;

export const contentEndpoints = {
  'livestreams.list': def({
    access: 'public',
    tag: 'content',
    summary: '政策直播与回放列表（按状态筛选）',
    input: ZLivestreamListRequest,
    output: ZLivestreamList,
  }),
  'livestreams.get': def({
    access: 'public',
    tag: 'content',
    summary: '直播详情：章节、视频号信息、回放地址',
    input: ZSlugRequest,
    output: ZLivestreamDetail,
  }),
  'livestreams.view': def({
    access: 'public',
    tag: 'content',
    summary: '记一次观看',
    input: ZSlugRequest,
    output: ZViewCount,
  }),
  'livestreams.remind': def({
    access: 'user',
    tag: 'content',
    summary: '预约开播提醒',
    input: ZSlugRequest,
    output: ZReminder,
  }),
  'livestreams.cancelReminder': def({
    access: 'user',
    tag: 'content',
    summary: '取消开播提醒',
    input: ZSlugRequest,
    output: ZReminder,
  }),
  'stories.list': def({
    access: 'public',
    tag: 'content',
    summary: '典型案例列表',
    input: ZStoryListRequest,
    output: ZStoryList,
  }),
  'stories.get': def({
    access: 'public',
    tag: 'content',
    summary: '典型案例详情',
    input: ZSlugRequest,
    output: ZStoryDetail,
  }),

  'admin.livestreams.list': def({
    access: admin,
    tag: 'admin',
    summary: '管理：全部直播',
    input: ZAdminListRequest,
    output: ZLivestreamAdminList,
  }),
  'admin.livestreams.create': def({
    access: admin,
    tag: 'admin',
    summary: '管理：新建直播',
    input: ZLivestreamInput,
    output: ZLivestreamAdmin,
  }),
  'admin.livestreams.update': def({
    access: admin,
    tag: 'admin',
    summary: '管理：修改直播（按标识）',
    input: ZLivestreamInput,
    output: ZLivestreamAdmin,
  }),
  'admin.livestreams.setStatus': def({
    access: admin,
    tag: 'admin',
    summary: '管理：发布、撤回或归档直播',
    input: ZSetStatusRequest,
    output: ZStatusResult,
  }),
  'admin.stories.list': def({
    access: admin,
    tag: 'admin',
    summary: '管理：全部案例',
    input: ZAdminListRequest,
    output: ZStoryAdminList,
  }),
  'admin.stories.create': def({
    access: admin,
    tag: 'admin',
    summary: '管理：新建案例',
    input: ZStoryInput,
    output: ZStoryAdmin,
  }),
  'admin.stories.update': def({
    access: admin,
    tag: 'admin',
    summary: '管理：修改案例（按标识）',
    input: ZStoryInput,
    output: ZStoryAdmin,
  }),
  'admin.stories.setStatus': def({
    access: admin,
    tag: 'admin',
    summary: '管理：发布、撤回或归档案例',
    input: ZSetStatusRequest,
    output: ZStatusResult,
  }),
} as const satisfies Record<string, EndpointDef>;
