/**
 * Field allow-lists per department (the one place that says what each department may see of a referred case).
 * Every officer sees the base fields; a department listed here sees its extra fields as well. ID numbers are
 * only ever shown masked, and phone numbers to no department.
 */
export const OFFICER_BASE_FIELDS = [
  'subjectName',
  'streetName',
  'communityName',
  'needTier',
  'categories',
  'description',
  'urgency',
] as const;

export const OFFICER_EXTRA_FIELDS = ['targetGroup', 'idNumberMasked', 'address', 'ageYears'] as const;
export type OfficerExtraField = (typeof OFFICER_EXTRA_FIELDS)[number];

/** department code → extra fields. Departments not listed see the base fields and the referral note only. */
export const OFFICER_FIELDS_BY_DEPARTMENT: Record<string, readonly OfficerExtraField[]> = {
  // 民政: income-related eligibility (低保/低边/特困 are the target groups) needs the person identified
  civil_affairs: ['targetGroup', 'idNumberMasked', 'address'],
  // 医保: insurance records are looked up by ID
  medical_security: ['targetGroup', 'idNumberMasked'],
  // 教育: which school stage (age) and whether the family is on assistance
  education: ['targetGroup', 'ageYears'],
  // 人社: working age and assistance status
  hrss: ['targetGroup', 'ageYears'],
  // 残联: disability certificates are looked up by ID
  disabled: ['idNumberMasked', 'ageYears'],
  // 住建: where the housing problem is
  housing: ['targetGroup', 'address'],
  health: ['ageYears'],
};

/** The extra fields `departmentCode` may see. */
export function extraFieldsOf(departmentCode: string): readonly OfficerExtraField[] {
  return OFFICER_FIELDS_BY_DEPARTMENT[departmentCode] ?? [];
}
