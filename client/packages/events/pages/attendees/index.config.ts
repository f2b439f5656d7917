export default definePageConfig({ navigationBarTitleText: '报名名单', enablePullDownRefresh: true });
