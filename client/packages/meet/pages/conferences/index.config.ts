export default definePageConfig({ navigationBarTitleText: '会商安排', enablePullDownRefresh: true });
