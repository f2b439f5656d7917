export default definePageConfig({ navigationBarTitleText: '服务单详情', enablePullDownRefresh: true });
