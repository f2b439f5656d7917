export default definePageConfig({ navigationBarTitleText: '开服务单' });
