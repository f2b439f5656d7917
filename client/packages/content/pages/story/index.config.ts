export default definePageConfig({
  navigationBarTitleText: '身边的故事',
  enableShareAppMessage: true,
});
