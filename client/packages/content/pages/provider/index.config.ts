export default definePageConfig({
  navigationBarTitleText: '服务力量',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
