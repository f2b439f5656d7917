export default definePageConfig({
  navigationBarTitleText: '助联',
  enablePullDownRefresh: true,
});
