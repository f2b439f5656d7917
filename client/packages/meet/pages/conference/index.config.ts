export default definePageConfig({ navigationBarTitleText: '会商详情', enablePullDownRefresh: true });
