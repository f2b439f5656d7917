/**
 * The 12 departments of the 幸福联盟. Public reports name 民政 (lead), 人社、农业农村、应急、卫健、教育 and 残联;
 * the other five are our assumption of the usual partners and must be confirmed by the district.
 */
export const DEPARTMENTS = [
  { code: 'civil_affairs', name: '区民政局', isLead: true },
  { code: 'hrss', name: '区人力社保局', isLead: false },
  { code: 'agriculture', name: '区农业农村局', isLead: false },
  { code: 'emergency', name: '区应急管理局', isLead: false },
  { code: 'health', name: '区卫生健康局', isLead: false },
  { code: 'education', name: '区教育局', isLead: false },
  { code: 'disabled', name: '区残联', isLead: false },
  { code: 'medical_security', name: '区医疗保障局', isLead: false },
  { code: 'housing', name: '区住房和城乡建设局', isLead: false },
  { code: 'justice', name: '区司法局', isLead: false },
  { code: 'trade_union', name: '区总工会', isLead: false },
  { code: 'womens_federation', name: '区妇联', isLead: false },
] as const;
