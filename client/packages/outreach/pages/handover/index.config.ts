export default definePageConfig({ navigationBarTitleText: '核对申请' });
