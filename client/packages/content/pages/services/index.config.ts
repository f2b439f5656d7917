export default definePageConfig({
  navigationBarTitleText: '服务清单',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
