export default definePageConfig({
  navigationBarTitleText: '导入服务点资料',
});
