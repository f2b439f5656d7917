export default definePageConfig({ navigationBarTitleText: '需求侧清单', enablePullDownRefresh: true });
