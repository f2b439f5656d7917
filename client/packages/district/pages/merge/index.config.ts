export default definePageConfig({
  navigationBarTitleText: '合并同户',
});
