/** Endpoints of the media area; merged into the contract by endpoints.ts. */
import { ZLivestreamInput, ZProviderInput, ZServiceInput, ZStoryInput } from '../schemas/content';
import {
  ZAdminListRequest, ZLivestreamAdmin, ZLivestreamAdminList, ZLivestreamDetail, ZLivestreamList, ZLivestreamListRequest,
  ZNearRequest, ZNearResult, ZProviderAdmin, ZProviderAdminList, ZProviderList, ZProviderListRequest, ZReminder,
  ZServiceAdmin, ZServiceAdminList, ZServiceDetail, ZServiceList, ZServiceListRequest, ZServicePointDetail,
  ZServicePointGetRequest, ZServicePointUpdate, ZSetStatusRequest, ZSlugRequest, ZStatusResult, ZStoryAdmin,
  ZStoryAdminList, ZStoryDetail, ZStoryList, ZStoryListRequest, ZViewCount,
} from '../schemas/media';
import { ZServicePoint } from '../schemas/org';
import { def, type EndpointDef } from './define';

const admin = ['admin'] as const;

export const mediaEndpoints = {
  'livestreams.list': def({ access: 'public', tag: 'media', summary: '政策直播与回放列表(按状态筛选)', input: ZLivestreamListRequest, output: ZLivestreamList }),
  'livestreams.get': def({ access: 'public', tag: 'media', summary: '直播详情:章节、视频号信息、回放地址', input: ZSlugRequest, output: ZLivestreamDetail }),
  'livestreams.view': def({ access: 'public', tag: 'media', summary: '记一次观看', input: ZSlugRequest, output: ZViewCount }),
  'livestreams.remind': def({ access: 'user', tag: 'media', summary: '预约开播提醒', input: ZSlugRequest, output: ZReminder }),
  'livestreams.cancelReminder': def({ access: 'user', tag: 'media', summary: '取消开播提醒', input: ZSlugRequest, output: ZReminder }),
  'stories.list': def({ access: 'public', tag: 'media', summary: '典型案例列表', input: ZStoryListRequest, output: ZStoryList }),
  'stories.get': def({ access: 'public', tag: 'media', summary: '典型案例详情', input: ZSlugRequest, output: ZStoryDetail }),
  'providers.list': def({ access: 'public', tag: 'media', summary: '力量清单', input: ZProviderListRequest, output: ZProviderList }),
  'services.list': def({ access: 'public', tag: 'media', summary: '服务清单(筛选与搜索)', input: ZServiceListRequest, output: ZServiceList }),
  'services.get': def({ access: 'public', tag: 'media', summary: '服务详情', input: ZSlugRequest, output: ZServiceDetail }),
  'servicePoints.get': def({ access: 'public', tag: 'media', summary: '服务站点详情:地址、电话、开放时间、可办服务', input: ZServicePointGetRequest, output: ZServicePointDetail }),
  'servicePoints.near': def({ access: 'public', tag: 'media', summary: '附近的服务站点(十分钟救助服务圈)', input: ZNearRequest, output: ZNearResult }),

  'livestreams.adminList': def({ access: admin, tag: 'admin', summary: '管理:全部直播', input: ZAdminListRequest, output: ZLivestreamAdminList }),
  'livestreams.create': def({ access: admin, tag: 'admin', summary: '管理:新建直播', input: ZLivestreamInput, output: ZLivestreamAdmin }),
  'livestreams.update': def({ access: admin, tag: 'admin', summary: '管理:修改直播(按标识)', input: ZLivestreamInput, output: ZLivestreamAdmin }),
  'livestreams.setStatus': def({ access: admin, tag: 'admin', summary: '管理:发布、撤回或归档直播', input: ZSetStatusRequest, output: ZStatusResult }),
  'stories.adminList': def({ access: admin, tag: 'admin', summary: '管理:全部案例', input: ZAdminListRequest, output: ZStoryAdminList }),
  'stories.create': def({ access: admin, tag: 'admin', summary: '管理:新建案例', input: ZStoryInput, output: ZStoryAdmin }),
  'stories.update': def({ access: admin, tag: 'admin', summary: '管理:修改案例(按标识)', input: ZStoryInput, output: ZStoryAdmin }),
  'stories.setStatus': def({ access: admin, tag: 'admin', summary: '管理:发布、撤回或归档案例', input: ZSetStatusRequest, output: ZStatusResult }),
  'providers.adminList': def({ access: admin, tag: 'admin', summary: '管理:全部服务力量', input: ZAdminListRequest, output: ZProviderAdminList }),
  'providers.create': def({ access: admin, tag: 'admin', summary: '管理:新建服务力量', input: ZProviderInput, output: ZProviderAdmin }),
  'providers.update': def({ access: admin, tag: 'admin', summary: '管理:修改服务力量(按标识)', input: ZProviderInput, output: ZProviderAdmin }),
  'providers.setStatus': def({ access: admin, tag: 'admin', summary: '管理:发布、撤回或归档服务力量', input: ZSetStatusRequest, output: ZStatusResult }),
  'services.adminList': def({ access: admin, tag: 'admin', summary: '管理:全部服务', input: ZAdminListRequest, output: ZServiceAdminList }),
  'services.create': def({ access: admin, tag: 'admin', summary: '管理:新建服务', input: ZServiceInput, output: ZServiceAdmin }),
  'services.update': def({ access: admin, tag: 'admin', summary: '管理:修改服务(按标识)', input: ZServiceInput, output: ZServiceAdmin }),
  'services.setStatus': def({ access: admin, tag: 'admin', summary: '管理:发布、撤回或归档服务', input: ZSetStatusRequest, output: ZStatusResult }),
  'servicePoints.update': def({ access: admin, tag: 'admin', summary: '管理:修改站点地址、电话、开放时间、坐标', input: ZServicePointUpdate, output: ZServicePoint }),
} as const satisfies Record<string, EndpointDef>;
