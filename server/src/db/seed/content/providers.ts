/**
 * Demo provider list (力量清单): the departments of the 幸福联盟, social-work stations, social organisations,
 * volunteer teams and caring enterprises. Names are generic or descriptive; organisations that are not
 * government offices are fictional examples. No phone numbers are invented except the clearly fake
 * 0571-00000000 on a few entries marked isSampleContact; addresses only say where the office sits.
 */
import type { TProviderInput } from '../../../../../shared/schemas/services';

/** A number nobody can reach, for entries that must show the phone field in the demo. */
export const SAMPLE_PHONE = '0571-00000000';

export const PROVIDERS: TProviderInput[] = [
  // ───────────── 政府部门（幸福联盟）─────────────
  {
    slug: 'civil-affairs-assistance-office',
    kind: 'department',
    name: '区民政局社会救助科',
    description:
      '牵头全区的社会救助工作，负责低保、低边、特困供养、临时救助等的政策解释和审核确认，也是“幸福联盟”12个部门联席会议的召集方。',
    departmentCode: 'civil_affairs',
    address: '区级助联体（区民生综合体内）',
    isSampleContact: true,
  },
  {
    slug: 'hrss-employment-center',
    kind: 'department',
    name: '区人力社保局就业服务中心',
    description: '提供就业登记、就业困难人员认定、岗位推荐、公益性岗位安置和职业技能培训补贴等服务。',
    departmentCode: 'hrss',
    isSampleContact: true,
  },
  {
    slug: 'agriculture-rural-office',
    kind: 'department',
    name: '区农业农村局',
    description: '负责农村低收入农户的增收帮促，组织农技人员为茶农、菜农、养殖户上门指导。',
    departmentCode: 'agriculture',
    isSampleContact: true,
  },
  {
    slug: 'emergency-management-office',
    kind: 'department',
    name: '区应急管理局',
    description: '负责自然灾害的应急救助和受灾群众的过渡安置，组织居家消防和用电用气安全检查。',
    departmentCode: 'emergency',
    isSampleContact: true,
  },
  {
    slug: 'community-health-centers',
    kind: 'department',
    name: '区卫生健康局（各社区卫生服务中心）',
    description: '通过各街道（镇）的社区卫生服务中心，提供家庭医生签约、老年人健康体检、慢性病随访和上门医疗服务。',
    departmentCode: 'health',
    isSampleContact: true,
  },
  {
    slug: 'student-aid-center',
    kind: 'department',
    name: '区教育局学生资助管理中心',
    description: '负责从幼儿园到高中各学段的学生资助，以及生源地信用助学贷款的办理和咨询。',
    departmentCode: 'education',
    isSampleContact: true,
  },
  {
    slug: 'disabled-persons-federation',
    kind: 'department',
    name: '区残联',
    description: '为残疾人办理残疾人证和两项补贴，提供辅助器具适配、居家无障碍改造、康复和就业扶持。',
    departmentCode: 'disabled',
    isSampleContact: true,
  },
  {
    slug: 'medical-security-window',
    kind: 'department',
    name: '区医疗保障局经办窗口',
    description: '办理医疗救助、大病保险倾斜报销和城乡居民医保参保资助，解答看病报销问题。',
    departmentCode: 'medical_security',
    isSampleContact: true,
  },
  {
    slug: 'housing-security-office',
    kind: 'department',
    name: '区住房和城乡建设局住房保障科',
    description: '负责住房租赁补贴、公共租赁住房的受理和轮候，以及农村危房的鉴定和改造。',
    departmentCode: 'housing',
    isSampleContact: true,
  },
  {
    slug: 'legal-aid-center',
    kind: 'department',
    name: '区法律援助中心',
    description: '为请不起律师的人免费提供法律咨询、代写文书和代理诉讼，并在各街道（镇）设有公共法律服务点。',
    departmentCode: 'justice',
    isSampleContact: true,
  },
  {
    slug: 'trade-union-worker-service',
    kind: 'department',
    name: '区总工会职工服务中心',
    description: '为遇到困难的职工和家属提供生活帮扶、医疗帮扶、子女助学和就业培训。',
    departmentCode: 'trade_union',
    isSampleContact: true,
  },
  {
    slug: 'womens-federation',
    kind: 'department',
    name: '区妇联',
    description: '关爱遇到难处的妇女和儿童：女童助学、妇女“两癌”救助、家庭教育指导、反家暴支持和巾帼就业培训。',
    departmentCode: 'womens_federation',
    isSampleContact: true,
  },

  // ───────────── 社工站 ─────────────
  {
    slug: 'cuiyuan-social-work-station',
    kind: 'social_work_station',
    name: '翠苑街道社工站',
    description:
      '驻街道的专业社工团队，为辖区家庭提供个案帮扶、上门探访、政策代办和资源转介，是翠苑街道服务站的主要力量。',
    address: '翠苑街道服务站内',
    phone: SAMPLE_PHONE,
    isSampleContact: true,
  },
  {
    slug: 'gudang-social-work-station',
    kind: 'social_work_station',
    name: '古荡街道社工站',
    description: '为古荡街道的老人、残疾人和有难处的家庭提供探访关爱、家庭支持和志愿服务对接。',
    address: '古荡街道服务站内',
    isSampleContact: true,
  },
  {
    slug: 'sandun-social-work-station',
    kind: 'social_work_station',
    name: '三墩镇社工站',
    description: '服务三墩镇的社区和村，重点做儿童关爱、外来务工家庭支持和就业信息对接。',
    address: '三墩镇服务站内',
    isSampleContact: true,
  },
  {
    slug: 'shuangpu-social-work-station',
    kind: 'social_work_station',
    name: '双浦镇社工站',
    description: '扎根双浦镇各村，为留守老人、独居老人和农户家庭提供探访、助医陪同和生产生活帮扶。',
    address: '双浦镇服务站内',
    isSampleContact: true,
  },
  {
    slug: 'liuxia-social-work-station',
    kind: 'social_work_station',
    name: '留下街道社工站',
    description: '为留下街道的家庭提供综合帮扶，包括政策代办、心理支持和社区互助小组。',
    address: '留下街道服务站内',
    isSampleContact: true,
  },

  // ───────────── 社会组织 ─────────────
  {
    slug: 'district-charity-federation',
    kind: 'social_org',
    name: '区慈善总会',
    description: '汇集企业和市民的爱心捐赠，开展助医、助学、助困等慈善项目，对政府救助之后仍有困难的家庭再帮一把。',
    isSampleContact: true,
  },
  {
    slug: 'cuiyuan-home-care-center',
    kind: 'social_org',
    name: '翠苑街道居家养老服务中心',
    description: '由专业养老服务机构运营，为老人提供助餐、助洁、助浴、日间照料和康复训练，可使用居家养老服务补贴。',
    address: '翠苑街道内（以街道公布为准）',
    isSampleContact: true,
  },
  {
    slug: 'heart-care-counselling-org',
    kind: 'social_org',
    name: '心晴心理关爱服务社（示例）',
    description: '示例机构：由心理咨询师和社工组成，为遭遇变故、长期照顾病人或情绪低落的居民提供免费心理疏导和陪伴。',
    isSampleContact: true,
  },
  {
    slug: 'child-growth-companion-org',
    kind: 'social_org',
    name: '童伴成长服务中心（示例）',
    description: '示例机构：为父母不在身边或家庭遇到难处的孩子提供课后陪伴、心理支持和暑期活动，配合社区儿童主任工作。',
    isSampleContact: true,
  },

  // ───────────── 志愿服务队 ─────────────
  {
    slug: 'cuiyuan1-neighbour-watch-team',
    kind: 'volunteer_team',
    name: '翠苑一区“邻里守望”志愿服务队',
    description: '由社区党员、楼道长和热心居民组成，每天留意独居老人家中的情况，帮忙买菜、取药、陪同就医。',
    address: '翠苑一区社区服务点',
    isSampleContact: true,
  },
  {
    slug: 'elderly-home-repair-volunteers',
    kind: 'volunteer_team',
    name: '助老“小修小补”志愿服务队',
    description: '由退休电工、水暖工和物业师傅组成，免费为老人、残疾人家庭修水龙头、换灯泡、通下水道。',
    isSampleContact: true,
  },
  {
    slug: 'youth-tutoring-volunteers',
    kind: 'volunteer_team',
    name: '高校青年课业辅导志愿队',
    description: '由辖区高校学生志愿者组成，每周为需要帮助的中小学生免费辅导功课、陪伴阅读。',
    isSampleContact: true,
  },

  // ───────────── 爱心企业 ─────────────
  {
    slug: 'shanliang-food-bank',
    kind: 'enterprise',
    name: '善粮公社',
    description:
      '区级助联体里的爱心食物站：接收企业和市民捐赠的米、油、面和日用品，按月为有需要的家庭分发，也为突发困难的家庭应急供应。',
    address: '区级助联体（区民生综合体内）',
    phone: SAMPLE_PHONE,
    isSampleContact: true,
  },
  {
    slug: 'gig-work-market',
    kind: 'enterprise',
    name: '零工市场',
    description:
      '区级助联体里的找零活服务点：发布家政、搬运、维修、餐饮帮工等短期用工信息，现场帮忙对接雇主，不收中介费。',
    address: '区级助联体（区民生综合体内）',
    phone: SAMPLE_PHONE,
    isSampleContact: true,
  },
  {
    slug: 'caring-canteen-operator',
    kind: 'enterprise',
    name: '社区老年食堂（爱心企业运营）',
    description:
      '由爱心餐饮企业运营的社区老年食堂，为老人提供价格实惠的午餐和晚餐，低保、低边和高龄老人可享受用餐优惠。',
    isSampleContact: true,
  },
  {
    slug: 'caring-housekeeping-company',
    kind: 'enterprise',
    name: '爱心家政企业联盟（示例）',
    description: '示例：几家家政企业每月拿出一部分工时，为独居老人和重度残疾人家庭免费上门保洁。',
    isSampleContact: true,
  },
];
