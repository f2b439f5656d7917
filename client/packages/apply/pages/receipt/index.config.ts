export default definePageConfig({
  navigationBarTitleText: '已提交',
});
