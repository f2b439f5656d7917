export default definePageConfig({
  navigationBarTitleText: '未归类需求',
});
