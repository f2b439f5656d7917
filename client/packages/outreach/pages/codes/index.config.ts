export default definePageConfig({ navigationBarTitleText: '宣传码', enablePullDownRefresh: true });
