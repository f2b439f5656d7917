export default defineAppConfig({
  // Main package: the four tab pages only. Every other page lives in a subpackage (weapp main package ≤ 1 MB).
  pages: ['pages/index/index', 'pages/policies/index', 'pages/live/index', 'pages/mine/index'],
  subPackages: [
    // Policies, self-check, stories, livestream replays; the service list (服务清单) and provider list (力量清单).
    {
      root: 'packages/content',
      pages: [
        'pages/policy/index',
        'pages/self-check/index',
        'pages/story/index',
        'pages/replay/index',
        'pages/services/index',
        'pages/service/index',
        'pages/providers/index',
        'pages/provider/index',
      ],
    },
    // Service points: by street, near me, one point.
    { root: 'packages/org', pages: ['pages/street/index', 'pages/near/index', 'pages/point/index'] },
    // Apply wizard and receipt.
    { root: 'packages/apply', pages: ['pages/wizard/index', 'pages/receipt/index'] },
    // My applications (as applicant, proxy, subject or referrer).
    { root: 'packages/mine', pages: ['pages/applications/index', 'pages/application/index', 'pages/claim/index'] },
    // Staff workbench: queue and case; the point's own details; service orders (open one, the receivers' workbench, one order).
    {
      root: 'packages/staff',
      pages: [
        'pages/queue/index',
        'pages/case/index',
        'pages/point/index',
        'pages/order-new/index',
        'pages/orders/index',
        'pages/order/index',
      ],
    },
    // The district's view (issue 12, H5-first): dashboard, demand-side list (需求侧清单), unclassified needs and the gap
    // report, household merge, audit review.
    {
      root: 'packages/district',
      pages: [
        'pages/dashboard/index',
        'pages/demand/index',
        'pages/unclassified/index',
        'pages/merge/index',
        'pages/audit/index',
      ],
    },
    // Outreach (issue 13): printable outreach codes, household visits (主动发现), open risks (待清零风险), 政策找人,
    // hand-over of an application started at a visit (staff makes the code, the resident opens it).
    {
      root: 'packages/outreach',
      pages: [
        'pages/codes/index',
        'pages/visit/index',
        'pages/risks/index',
        'pages/finds/index',
        'pages/handover-new/index',
        'pages/handover/index',
      ],
    },
    // Community events and 十二春风 days: list, detail and sign-up, my sign-ups and code; staff: publish, list and check-in.
    {
      root: 'packages/events',
      pages: [
        'pages/index/index',
        'pages/detail/index',
        'pages/mine/index',
        'pages/code/index',
        'pages/checkin/index',
        'pages/manage/index',
        'pages/attendees/index',
      ],
    },
    // Case conferences (会商), the follow-up tasks of conferences and meetings (我的待办), the monthly joint meeting.
    {
      root: 'packages/meet',
      pages: [
        'pages/convene/index',
        'pages/conference/index',
        'pages/tasks/index',
        'pages/meetings/index',
        'pages/meeting/index',
        'pages/conferences/index',
      ],
    },
    // District admin (H5-first).
    {
      root: 'packages/admin',
      pages: ['pages/index/index', 'pages/edit/index', 'pages/points-import/index', 'pages/points-completeness/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#0b6e4f',
    navigationBarTitleText: '助联',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#4e5865',
    selectedColor: '#0b6e4f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/policies/index',
        text: '政策',
        iconPath: 'assets/tabbar/policies.png',
        selectedIconPath: 'assets/tabbar/policies-active.png',
      },
      {
        pagePath: 'pages/live/index',
        text: '直播',
        iconPath: 'assets/tabbar/live.png',
        selectedIconPath: 'assets/tabbar/live-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
  // WeChat: location is used only for "service points near me" and the address step of the apply wizard.
  permission: { 'scope.userLocation': { desc: '用于查找离您最近的服务站点' } },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  __usePrivacyCheck__: true,
  // Only the components a page renders are injected when it opens (WeChat review recommends it; faster start-up).
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
});
