export default definePageConfig({ navigationBarTitleText: '替本人开始申请' });
