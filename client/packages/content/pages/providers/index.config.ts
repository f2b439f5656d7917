export default definePageConfig({
  navigationBarTitleText: '力量清单',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
