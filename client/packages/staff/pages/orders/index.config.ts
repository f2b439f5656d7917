export default definePageConfig({ navigationBarTitleText: '服务单', enablePullDownRefresh: true });
