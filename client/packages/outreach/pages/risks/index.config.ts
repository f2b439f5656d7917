export default definePageConfig({ navigationBarTitleText: '待清零风险', enablePullDownRefresh: true });
