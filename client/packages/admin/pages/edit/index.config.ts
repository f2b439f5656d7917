export default definePageConfig({
  navigationBarTitleText: '编辑内容',
});
