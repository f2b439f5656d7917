/**
 * What each demo service costs the resident and how to get it (plain steps), by service slug. Written from
 * the service descriptions; costs say 免费 only where the service is free by its nature or by policy, and
 * otherwise point to where the amount is decided. No phone numbers: steps name the place or the person to ask.
 */
export type ServiceAccess = { cost: string; howToApply: string[] };

const FREE = '免费';
const ASK_POINT = '到所在社区（村）服务点或街道（镇）服务站说明情况';

export const SERVICE_ACCESS: Record<string, ServiceAccess> = {
  'dibao-application-intake': {
    cost: FREE,
    howToApply: [
      '带上全家人的身份证、户口簿和银行卡，到社区（村）服务点提出申请',
      '行动不便的，可以请家人代办，或约工作人员上门受理',
      '签字同意核对家庭收入和财产',
      '等待入户调查和审核，结果会告诉您',
    ],
  },
  'dibian-recognition-intake': {
    cost: FREE,
    howToApply: [ASK_POINT, '填写申请表，签字同意核对家庭经济状况', '等待审核，认定结果会告诉您'],
  },
  'tekun-care-arrangement': {
    cost: FREE,
    howToApply: ['由社区（村）或家人提出', '工作人员上门评估生活自理能力', '商量选择上门照料或入住养老机构'],
  },
  'temporary-assistance-fast-track': {
    cost: FREE,
    howToApply: ['遇到急事，直接到社区（村）服务点或街道（镇）服务站求助', '情况紧急的，核实后先救助，材料之后补齐'],
  },
  'children-care-director-visits': {
    cost: FREE,
    howToApply: ['告诉社区儿童主任或社区工作人员孩子的情况', '儿童主任会约时间上门看看'],
  },
  'employment-one-to-one': {
    cost: FREE,
    howToApply: [
      '带身份证到街道（镇）服务站登记求职意愿',
      '认定为就业困难人员后，安排专人对接',
      '一起看岗位、准备面试',
    ],
  },
  'public-welfare-job-signup': {
    cost: FREE,
    howToApply: ['带身份证到街道（镇）服务站报名', '有岗位空缺时按顺序通知您'],
  },
  'free-skills-training-classes': {
    cost: '免费参加；考证合格可申请培训补贴',
    howToApply: ['到街道（镇）服务站或区就业服务中心报名', '按开班通知按时上课', '考证合格后带证书申请补贴'],
  },
  'medical-assistance-one-stop': {
    cost: '免费办理；减免金额按医疗救助规定计算',
    howToApply: [
      '在定点医院出院结算时，出示身份证，救助部分直接减免',
      '没能直接结算的，带发票、费用清单和出院小结到窗口补办',
    ],
  },
  'insurance-enrolment-check': {
    cost: FREE,
    howToApply: ['带身份证到窗口或社区服务点', '工作人员帮您查今年参保和资助情况', '没办好的当场补办'],
  },
  'family-doctor-home-visit': {
    cost: '签约免费；上门服务是否收费以社区卫生服务中心说明为准',
    howToApply: ['到附近的社区卫生服务中心（站）签约家庭医生', '卧床或行动不便的，向家庭医生预约上门'],
  },
  'elderly-annual-checkup': {
    cost: FREE,
    howToApply: ['带身份证到附近的社区卫生服务中心预约体检', '按约定时间空腹去体检', '家庭医生会给您解读结果'],
  },
  'student-aid-guidance': {
    cost: FREE,
    howToApply: ['到街道（镇）服务站或学生资助管理中心咨询', '按孩子所在学段准备材料', '向学校或资助中心递交申请'],
  },
  'student-loan-signing': {
    cost: '办理免费；贷款要按合同归还，在校期间利息由财政补贴',
    howToApply: ['先在网上提交贷款申请', '按通知时间，学生和家长带身份证、户口簿和录取通知书到现场签约'],
  },
  'disability-subsidy-intake': {
    cost: FREE,
    howToApply: ['带残疾人证和身份证到社区服务点提交，也可以线上提交', '等待审核，补贴按月发放'],
  },
  'assistive-device-fitting': {
    cost: '按规定减免，个人要付的部分评估时说明',
    howToApply: ['带残疾人证到社区服务点或区残联提出申请', '专业人员评估需要哪种器具', '适配后教您使用'],
  },
  'home-accessibility-renovation': {
    cost: '按规定补助，个人要付的部分上门评估时说明',
    howToApply: ['到社区服务点或区残联提出申请', '工作人员上门看家里要改哪里', '确认方案后安排施工'],
  },
  'disability-job-support': {
    cost: FREE,
    howToApply: ['带残疾人证到区残联或街道（镇）服务站登记', '根据身体情况推荐岗位或培训', '想开店的，预约创业辅导'],
  },
  'legal-aid-application': {
    cost: '经审查符合条件的免费',
    howToApply: ['带身份证和与案件有关的材料到区法律援助中心或街道服务站', '说明经济困难情况', '审查通过后指派律师'],
  },
  'community-lawyer-sessions': {
    cost: FREE,
    howToApply: ['在律师坐诊时间到街道服务站', '带上与问题有关的材料，当面咨询'],
  },
  'worker-hardship-intake': {
    cost: FREE,
    howToApply: ['向单位工会或街道（镇）工会说明困难', '填写帮扶申请，附上相关证明', '等待审核'],
  },
  'golden-autumn-study-aid': {
    cost: FREE,
    howToApply: ['每年暑期向单位工会或街道（镇）工会申请', '附上录取通知书或在读证明', '审核通过后发放助学金'],
  },
  'women-two-cancers-aid': {
    cost: FREE,
    howToApply: ['带诊断证明和身份证到社区妇联或街道（镇）服务站申请', '等待审核，通过后发放救助金'],
  },
  'women-home-economics-training': {
    cost: FREE,
    howToApply: ['到社区妇联或街道（镇）服务站报名', '按开班时间上课', '结业后推荐就业'],
  },
  'rental-subsidy-intake': {
    cost: '申请免费；补贴金额按规定核定',
    howToApply: [
      '带全家身份证、户口簿和租房合同到街道（镇）服务站申请',
      '核对住房和收入条件',
      '审核通过后按月或按季度发放',
    ],
  },
  'public-rental-queue': {
    cost: '申请免费；房租按公租房标准收取',
    howToApply: ['带全家身份证和户口簿到街道（镇）服务站申请', '审核通过后进入轮候', '排到时通知您选房'],
  },
  'rural-house-safety-renovation': {
    cost: '鉴定免费；改造按规定补助',
    howToApply: ['向村委会或镇服务站提出', '工作人员上门做安全鉴定', '属于危房的，指导加固或重建并申请补助'],
  },
  'farming-tech-home-guidance': {
    cost: FREE,
    howToApply: ['向村委会说明要指导的作物或问题', '农技人员约时间上门或在田间课堂讲解'],
  },
  'low-income-farmer-pairing': {
    cost: FREE,
    howToApply: ['向村委会或镇服务站提出', '安排帮扶干部或合作社结对', '一起商量增收门路'],
  },
  'home-safety-check-and-alarms': {
    cost: FREE,
    howToApply: ['向社区（村）服务点预约', '工作人员上门检查并安装报警器'],
  },
  'disaster-relief-supplies': {
    cost: FREE,
    howToApply: ['受灾后向社区（村）或街道（镇）报告', '工作人员核实后发放物资，房子不能住的安排临时住处'],
  },
  'cuiyuan-case-support': {
    cost: FREE,
    howToApply: ['到翠苑街道社工站或社区服务点说一说家里的情况', '社工约时间上门，一起理清需要的帮助'],
  },
  'gudang-elderly-visits': {
    cost: FREE,
    howToApply: ['老人本人、家人或邻居向古荡街道社工站或社区登记', '社工安排电话问候和上门探访'],
  },
  'sandun-after-school-class': {
    cost: FREE,
    howToApply: ['家长到三墩镇社工站或所在社区报名', '按约定时间送孩子到课堂'],
  },
  'shuangpu-rural-elderly-care': {
    cost: FREE,
    howToApply: ['向双浦镇社工站或村委会登记', '需要陪同看病的，提前两天预约'],
  },
  'liuxia-family-support': {
    cost: FREE,
    howToApply: ['到留下街道社工站说明情况', '社工一起理清需求、对接政策和服务', '想参加互助小组的，报名即可'],
  },
  'charity-medical-and-living-aid': {
    cost: FREE,
    howToApply: ['先申请政府救助', '仍有较大困难的，由服务点转介到区慈善总会', '金额和名额以当年项目为准'],
  },
  'cuiyuan-meal-assistance': {
    cost: '按助餐点价格付费，可用居家养老服务补贴；低保、低边、特困和高龄老人有优惠',
    howToApply: ['到翠苑街道的助餐点登记', '午餐时间到助餐点吃饭', '要送餐的，提前一天预订'],
  },
  'cuiyuan-bathing-cleaning': {
    cost: '按服务价格付费，可用居家养老服务补贴',
    howToApply: ['向翠苑街道居家养老服务中心预约', '护理员按约定时间上门'],
  },
  'free-counselling': {
    cost: FREE,
    howToApply: ['到社区服务点说一声，或请社工帮您转介', '和心理咨询师约时间，当面、电话或视频都可以'],
  },
  'child-companion-program': {
    cost: FREE,
    howToApply: ['家长或社区儿童主任向服务点提出', '安排固定的陪伴志愿者'],
  },
  'cuiyuan1-neighbour-watch': {
    cost: FREE,
    howToApply: ['老人本人或家人向社区登记', '楼道志愿者每天留意问候，需要时帮忙'],
  },
  'elderly-home-small-repairs': {
    cost: '上门维修免费；材料费较高的会提前说明',
    howToApply: ['向社区服务点登记要修的东西', '志愿者约时间上门'],
  },
  'volunteer-homework-tutoring': {
    cost: FREE,
    howToApply: ['家长向社区服务点或社区儿童主任报名', '安排大学生志愿者每周辅导'],
  },
  'shanliang-monthly-food-parcel': {
    cost: FREE,
    howToApply: [ASK_POINT, '确认后每月到助联体领取', '行动不便的，由志愿者送上门'],
  },
  'shanliang-emergency-food': {
    cost: FREE,
    howToApply: ['家里一时断粮的，到社区（村）服务点说明', '服务点确认后，当天就可以领应急食物包'],
  },
  'gig-market-job-matching': {
    cost: '登记免费；报酬由用工方事先讲清楚',
    howToApply: ['到零工市场登记能做的活和方便的时间', '有合适的零活时工作人员联系您'],
  },
  'gig-market-hiring-day': {
    cost: FREE,
    howToApply: ['在招工日带身份证到零工市场', '和用工单位当场面谈'],
  },
  'caring-canteen-discount': {
    cost: '优惠价；低保、低边和高龄老人凭身份享受',
    howToApply: ['带身份证和低保、低边证明到社区老年食堂登记', '用餐时出示即可享受优惠'],
  },
  'caring-housekeeping-free-hours': {
    cost: FREE,
    howToApply: ['向社区服务点登记', '家政企业按月安排免费上门保洁'],
  },
};
