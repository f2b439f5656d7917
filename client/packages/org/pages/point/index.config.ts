export default definePageConfig({
  navigationBarTitleText: '服务点',
  enablePullDownRefresh: true,
});
