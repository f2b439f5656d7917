export default definePageConfig({
  navigationBarTitleText: '服务站点',
  enablePullDownRefresh: true,
});
