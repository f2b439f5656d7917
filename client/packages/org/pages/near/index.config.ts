export default definePageConfig({
  navigationBarTitleText: '附近的服务点',
  enablePullDownRefresh: true,
});
