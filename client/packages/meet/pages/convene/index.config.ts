export default definePageConfig({ navigationBarTitleText: '召集会商' });
