export default definePageConfig({ navigationBarTitleText: '入户走访' });
