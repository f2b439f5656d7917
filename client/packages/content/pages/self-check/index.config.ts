export default definePageConfig({
  navigationBarTitleText: '我能申请什么',
});
