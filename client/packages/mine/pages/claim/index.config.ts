export default definePageConfig({
  navigationBarTitleText: '输入确认码',
});
