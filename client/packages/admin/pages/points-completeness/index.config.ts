export default definePageConfig({
  navigationBarTitleText: '服务点资料完整度',
});
