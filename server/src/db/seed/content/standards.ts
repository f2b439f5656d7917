/**
 * Stored thresholds the self-check rules refer to by key (`standard` in a rule condition).
 * Every value here is a SAMPLE for the demo: the district must confirm each one before go-live,
 * and admins can change them without touching the rules.
 */
export type SeedStandard = { key: string; label: string; value: number; unit: string; isSample: boolean; note: string };

export const STANDARDS: SeedStandard[] = [
  {
    key: 'dibao_monthly',
    label: '最低生活保障标准（低保标准）',
    value: 1240,
    unit: '元/月',
    isSample: true,
    note: '示例值，仅用于演示。杭州市区低保标准每年可能调整，上线前请区民政局按最新公布的标准核实修改。',
  },
  {
    key: 'dibian_monthly',
    label: '低保边缘家庭认定标准（低边标准）',
    value: 2480,
    unit: '元/月',
    isSample: true,
    note: '示例值：按杭州2022年起“低边标准为低保标准的2倍”的做法，由上面的低保示例值乘2得出。低保标准调整后请同步修改。',
  },
  {
    key: 'tekun_monthly',
    label: '特困人员基本生活标准',
    value: 1612,
    unit: '元/月',
    isSample: true,
    note: '示例值：按“不低于低保标准的1.3倍”的常见做法推算，仅用于演示，须由区民政局确认。',
  },
  {
    key: 'senior_age',
    label: '老年人年龄起点',
    value: 60,
    unit: '周岁',
    isSample: true,
    note: '居家养老、探访关爱等服务通常从60周岁起。具体服务的年龄要求以区里公布为准。',
  },
  {
    key: 'elderly_checkup_age',
    label: '老年人免费健康体检年龄起点',
    value: 65,
    unit: '周岁',
    isSample: true,
    note: '国家基本公共卫生服务一般为65周岁及以上老人提供健康体检。请区卫生健康局确认本区做法。',
  },
  {
    key: 'high_age_allowance_age',
    label: '高龄津贴年龄起点',
    value: 80,
    unit: '周岁',
    isSample: true,
    note: '示例值，仅用于演示。各地高龄津贴的起始年龄和档次不同，须由区民政局按本区现行规定核实。',
  },
  {
    key: 'working_age_max',
    label: '就业帮扶年龄上限（法定劳动年龄）',
    value: 60,
    unit: '周岁',
    isSample: true,
    note: '示例值：就业援助一般面向法定劳动年龄内的人员，男女及退休政策调整后的具体年龄请区人力社保局确认。',
  },
];
