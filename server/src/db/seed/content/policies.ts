/**
 * Demo policy list (政策清单) for Xihu District, written in our own words for the seed.
 * Plain language for elderly readers; amounts and thresholds live in STANDARDS (sample values) or are
 * marked 示例. Time limits are phrased as typical ("一般") unless a law states them clearly.
 * Contacts name the office only; no phone numbers are invented here.
 */
import type { TEligibilityRule, TPolicyInput, TRuleCondition } from '../../../../../shared/schemas/content';

type CondOpts = Partial<Pick<TRuleCondition, 'value' | 'standard' | 'factor' | 'required'>>;

/** One rule condition; required unless `required: false` is passed. */
const c = (
  field: TRuleCondition['field'],
  op: TRuleCondition['op'],
  reason: string,
  opts: CondOpts = {},
): TRuleCondition => ({
  field,
  op,
  reason,
  ...opts,
  required: opts.required ?? true,
});
const rule = (conditions: TRuleCondition[], anyOf: TRuleCondition[][] = []): TEligibilityRule => ({
  conditions,
  anyOf,
});

// Frequently used conditions.
const incomeBelowDibao = (required = true) =>
  c('monthlyIncomePerPerson', 'lt', '家庭人均月收入低于本区低保标准', { standard: 'dibao_monthly', required });
const incomeBelowDibian = (required = true) =>
  c('monthlyIncomePerPerson', 'lt', '家庭人均月收入低于本区低边标准', { standard: 'dibian_monthly', required });
const assetsOk = (required = true) => c('assetsBelowLimit', 'isTrue', '家庭存款和财产在规定范围内', { required });

/** Where to go, used in most policies. */
const POINT = '所在社区（村）服务点';
const STATION = '所在街道（镇）服务站';

/** Categories are added from matching-facts.ts (index.ts). */
export const POLICIES: Omit<TPolicyInput, 'categories'>[] = [
  // ───────────── 民政：基本生活 ─────────────
  {
    slug: 'minimum-living-allowance',
    title: '最低生活保障（低保）',
    summary: '家里收入太低、日子过不下去时，可以申请最低生活保障（简称低保），每月领一笔生活补助。',
    body: [
      '最低生活保障，大家常叫“低保”，是给收入很低的家庭的一份每月生活补助，帮助一家人吃得上饭、穿得暖、住得下。',
      '能不能申请，主要看两点：一是全家每人每月平均收入低于本区低保标准；二是家里的存款、房产、车辆等财产在规定范围内。户籍在西湖区、或者符合条件的常住家庭都可以来问。',
      '补助金额不是统一的，而是按“低保标准减去家庭人均收入”来补差额。家里有老人、重病或重度残疾的成员，还可能适当多给一些。',
      '申请时，可以本人去，也可以请家人代办。到社区（村）服务点说明情况就行，工作人员会帮您填表，并在您同意后查询家庭收入和财产情况，不用自己到处开证明。',
      '批下来以后，一般每月按时打到您的银行卡上。家里情况有变化，比如找到工作、收入增加，请及时告诉社区，以免日后多退少补。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['dibao'],
    departmentCode: 'civil_affairs',
    eligibilityText:
      '家庭人均月收入低于本区低保标准，且家庭存款、房产、车辆等财产符合规定。以共同生活的家庭为单位申请。',
    eligibilityRule: rule([incomeBelowDibao(), assetsOk()]),
    materials: [
      '全家人的身份证和户口簿',
      '家庭经济状况核对授权书（在服务点现场签字）',
      '收入情况说明（没有固定收入的可以口头说明）',
      '残疾证、病历等（家里有残疾或重病成员时提供）',
      '本人银行卡或存折',
    ],
    steps: [
      { title: `到${POINT}提出申请，或由家人代办` },
      { title: '签字授权，核对家庭收入和财产', timeLimit: '一般受理后几个工作日内启动' },
      { title: '工作人员上门了解情况' },
      { title: '街道（镇）审核确认', timeLimit: '一般受理后30个工作日内' },
      { title: '在社区公示，没有异议后开始发放', timeLimit: '公示一般7天' },
    ],
    contacts: [{ name: POINT }, { name: STATION }, { name: '区民政局社会救助科' }],
  },
  {
    slug: 'low-income-marginal-family',
    title: '低保边缘家庭救助（低边）',
    summary:
      '收入比低保标准稍高一点、但生活仍然紧张的家庭，可以申请低保边缘家庭认定，享受看病、上学、住房等方面的帮助。',
    body: [
      '有的家庭收入比最低生活保障（低保）标准高一点，但日子仍然紧巴巴。这样的家庭可以认定为低保边缘家庭，简称“低边”。杭州从2022年起把低边标准定为低保标准的2倍，让更多家庭能得到帮助。',
      '认定为低边家庭后，一般不是每月领钱，而是在看病报销、孩子上学、租房、取暖等方面享受专门的帮助，遇到大的变故时申请临时救助也更方便。家里有重病、重度残疾或年老无人照顾的成员，有的还可以单独纳入低保。',
      '申请条件：全家每人每月平均收入低于本区低边标准，家庭财产符合规定。',
      '怎么申请：到社区（村）服务点，或在本小程序里点“申请帮助”。工作人员会帮您一起准备材料。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['dibian'],
    departmentCode: 'civil_affairs',
    eligibilityText: '家庭人均月收入低于本区低边标准（示例：低保标准的2倍），且家庭财产符合规定。',
    eligibilityRule: rule([incomeBelowDibian(), assetsOk()]),
    materials: [
      '全家人的身份证和户口簿',
      '家庭经济状况核对授权书（现场签字）',
      '收入情况说明',
      '残疾证、病历等（如有）',
    ],
    steps: [
      { title: `到${POINT}提出申请` },
      { title: '核对家庭收入和财产，上门了解情况' },
      { title: '街道（镇）审核确认', timeLimit: '一般受理后30个工作日内' },
      { title: '公示无异议后认定，开始享受相关帮助', timeLimit: '公示一般7天' },
    ],
    contacts: [{ name: POINT }, { name: STATION }, { name: '区民政局社会救助科' }],
  },
  {
    slug: 'extreme-hardship-support',
    title: '特困人员救助供养',
    summary: '年老、残疾或未成年，又没有收入、没有家人可以依靠的人，可以申请特困供养，由政府保障基本生活和照料。',
    body: [
      '特困人员救助供养，是给“没有劳动能力、没有生活来源、没有人赡养或抚养”的人的一份长期保障。老人、残疾人和未满16周岁的孩子都可以申请。',
      '批准后，每月发放基本生活费；生活不能自理的，还会按照料程度给护理补贴，或者安排上门照料。本人愿意的，也可以到养老机构集中供养。',
      '看病时，按规定可以享受医疗救助；去世后，丧葬事宜也会有人帮忙办理。',
      '有子女但子女自己也很困难、确实没能力照顾的，也可以来问一问，工作人员会按实际情况判断。',
      '申请可以本人去，也可以请亲戚、邻居或社区工作人员代为提出。',
    ].join('\n\n'),
    needTiers: ['survival', 'care'],
    targetGroups: ['tekun'],
    departmentCode: 'civil_affairs',
    eligibilityText:
      '老年人、残疾人或未满16周岁的未成年人，同时没有劳动能力、没有生活来源、没有法定赡养抚养扶养义务人（或义务人没有能力履行）。',
    eligibilityRule: rule(
      [incomeBelowDibao(), assetsOk(), c('livesAlone', 'isTrue', '独自生活，身边没有家人照顾', { required: false })],
      [
        [
          c('age', 'gte', '已满60周岁', { standard: 'senior_age' }),
          c('hasDisability', 'isTrue', '有残疾，劳动能力受限'),
          c('age', 'lt', '未满16周岁', { value: 16 }),
        ],
      ],
    ),
    materials: [
      '身份证和户口簿',
      '家庭经济状况核对授权书',
      '残疾证或医院诊断证明（如有）',
      '法定义务人情况说明（由社区协助填写）',
    ],
    steps: [
      { title: `本人或他人代为向${POINT}提出` },
      { title: '上门调查，评估生活自理能力' },
      { title: '街道（镇）审核确认', timeLimit: '一般受理后30个工作日内' },
      { title: '公示后开始供养，按意愿选择在家或到机构', timeLimit: '公示一般7天' },
    ],
    contacts: [{ name: POINT }, { name: '区民政局社会救助科' }],
  },
  {
    slug: 'temporary-assistance',
    title: '临时救助',
    summary: '遇到火灾、车祸、突发重病等意外，一时生活过不下去，可以申请临时救助，先解决眼前的难处。',
    body: [
      '临时救助是给“突然遇到难事”的家庭的帮助。比如家里失火、家人突发重病、遭遇意外，或者因为其他原因一下子生活没了着落。',
      '救助方式有发钱、发实物（如米油、衣被），也可以帮您联系住处、转介医院或其他部门。不论户籍在哪里，在西湖区遇到急事都可以求助。',
      '一般情况按正常流程审核；情况紧急的，街道（镇）可以先给予救助，事后再补办手续。',
      '您可以自己申请，也可以由家人、邻居、社区或网格员帮您反映。在本小程序里点“申请帮助”，选择“突发困难”，我们会尽快联系您。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['emergency'],
    departmentCode: 'civil_affairs',
    eligibilityText:
      '因火灾、交通事故、突发重病等意外事件，或者生活必需支出突然增加，导致基本生活暂时出现严重困难的家庭或个人。',
    eligibilityRule: rule([c('suddenEmergency', 'isTrue', '家里最近遇到突发的困难或意外'), incomeBelowDibian(false)]),
    materials: ['身份证', '能说明困难情况的材料（如医院票据、火灾证明等，一时没有可以后补）', '银行卡或存折'],
    steps: [
      { title: `向${POINT}或街道（镇）提出，也可在小程序里申请` },
      { title: '工作人员核实情况', timeLimit: '紧急情况一般当天响应' },
      { title: '街道（镇）审批并发放救助', timeLimit: '一般情况下受理后15个工作日内' },
    ],
    contacts: [{ name: POINT }, { name: STATION }, { name: '区民政局社会救助科' }],
  },
  {
    slug: 'urgent-hardship-first-aid',
    title: '急难救助“先救后审”',
    summary: '情况特别紧急时，街道（镇）可以先救助，手续后补，让人不因为等材料而耽误。',
    body: [
      '有些事等不得：人在医院等着交押金、家里突然没了住处、身边的人突然离世没钱办后事。这时候可以走“先救后审”。',
      '意思是：街道（镇）服务站确认情况属实、确实紧急后，先把钱或物送到您手里，审核材料之后再补齐。',
      '如果一次救助解决不了，服务站还会牵头请民政、医保、人社等部门一起商量（小型议事会商），给出一揽子办法。',
      '发现身边有人遇到急事，也可以帮他反映。在本小程序里点“帮别人反映”就行。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['emergency'],
    departmentCode: 'civil_affairs',
    eligibilityText: '因突发意外或重大变故，基本生活面临严重困难、需要马上得到帮助的家庭或个人，不限户籍。',
    eligibilityRule: rule([c('suddenEmergency', 'isTrue', '遇到了需要马上处理的急事')]),
    materials: ['身份证（一时没有可以先说明情况）', '事后补交能说明困难的材料'],
    steps: [
      { title: '本人、家人或邻居向社区、街道（镇）反映' },
      { title: '服务站核实紧急情况', timeLimit: '一般24小时内' },
      { title: '先行发放救助' },
      { title: '补齐材料，完成审批', timeLimit: '一般救助后10个工作日内' },
    ],
    contacts: [{ name: STATION }, { name: '区民政局社会救助科' }],
  },
  {
    slug: 'high-medical-cost-family-assistance',
    title: '看病支出大的家庭救助',
    summary: '收入不算最低，但因为看病花钱太多、生活变得紧张的家庭，可以申请专门的生活救助。',
    body: [
      '有的家庭平时收入还可以，但家人一旦得了大病，自付的医药费一下子把积蓄花光，生活就难以为继了。',
      '这类家庭可以来申请。工作人员会把一段时间内自付的医疗费用从家庭收入中扣除后再计算，符合条件的，可以给予临时救助，或者按规定纳入最低生活保障（低保）、低保边缘家庭（低边）。',
      '请把医院的费用清单、发票尽量留好，申请时带上。记不清的也别担心，工作人员会帮您在医保系统里查询。',
      '同时，您还可以问一问医疗救助和大病保险，几项帮助可以一起用。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['medical', 'dibian', 'emergency'],
    departmentCode: 'civil_affairs',
    eligibilityText: '因家庭成员患重病，自付医疗费用较高，扣除后家庭人均收入低于相应标准，基本生活出现困难的家庭。',
    eligibilityRule: rule([c('heavyMedicalCosts', 'isTrue', '家里看病自付的费用很高'), incomeBelowDibian(false)]),
    materials: ['全家人的身份证和户口簿', '医院费用清单和发票', '病历或诊断证明', '家庭经济状况核对授权书'],
    steps: [
      { title: `到${POINT}申请` },
      { title: '核对收入和医疗支出' },
      { title: '街道（镇）审核确认', timeLimit: '一般受理后30个工作日内' },
    ],
    contacts: [{ name: POINT }, { name: '区民政局社会救助科' }],
  },
  {
    slug: 'home-care-service-subsidy',
    title: '居家养老服务补贴',
    summary: '家里的老人需要有人上门帮忙做饭、打扫、助浴，符合条件的可以领居家养老服务补贴，用来购买这些服务。',
    body: [
      '居家养老服务补贴，是让老人在自己家里也能得到照顾的一项帮助。补贴一般不发现金，而是以服务券或账户的形式，用来购买助餐、助洁、助浴、陪同就医等服务。',
      '享受最低生活保障（低保）、低保边缘（低边）或特困供养的老人，以及年纪大、失能失智的老人，是主要的补贴对象。具体档次会根据老人的身体情况评估后确定。',
      '服务由街道养老服务中心或签约的服务机构上门提供，您可以在本小程序的“服务清单”里看看附近有哪些。',
      '申请时，老人本人或子女到社区（村）服务点提出，工作人员会安排评估员上门看看老人的情况。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: ['dibao', 'dibian', 'tekun'],
    departmentCode: 'civil_affairs',
    eligibilityText:
      '本区户籍的60周岁及以上老人，其中低保、低边、特困老人和失能失智、高龄老人优先。具体档次以评估结果为准。',
    eligibilityRule: rule([
      c('age', 'gte', '已满60周岁', { standard: 'senior_age' }),
      incomeBelowDibian(false),
      c('livesAlone', 'isTrue', '独自生活，更需要上门照顾', { required: false }),
    ]),
    materials: ['老人身份证和户口簿', '低保、低边或特困证明（如有，工作人员可代查）', '残疾证或病历（如有）'],
    steps: [
      { title: `老人或家属向${POINT}申请` },
      { title: '评估员上门评估老人身体情况', timeLimit: '一般受理后15个工作日内' },
      { title: '确定补贴档次，选择服务机构' },
      { title: '按月享受上门服务' },
    ],
    contacts: [{ name: POINT }, { name: '区民政局养老服务科' }],
  },
  {
    slug: 'high-age-allowance',
    title: '高龄津贴',
    summary: '年满一定岁数的本区户籍老人，可以按月领取高龄津贴，表达对长寿老人的关心。',
    body: [
      '高龄津贴是给年纪大的老人的一份关心，不看收入，到了年龄就可以申请。',
      '本小程序里写的起始年龄是示例数字，实际年龄和每月金额请以区民政局公布的为准，也可以直接问社区。',
      '很多地方已经做到“到龄自动发放”，不用老人自己跑。如果到了年龄还没有收到，请子女帮忙到社区（村）服务点问一问。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: [],
    departmentCode: 'civil_affairs',
    eligibilityText: '本区户籍、达到规定年龄的老人（示例：80周岁及以上，以区里现行规定为准）。',
    eligibilityRule: rule([c('age', 'gte', '已达到高龄津贴的年龄', { standard: 'high_age_allowance_age' })]),
    materials: ['老人身份证和户口簿', '老人本人银行卡或存折'],
    steps: [
      { title: `到龄后由系统核对，或到${POINT}登记` },
      { title: '审核后按月发放', timeLimit: '一般登记后次月起发放' },
    ],
    contacts: [{ name: POINT }, { name: '区民政局养老服务科' }],
  },
  {
    slug: 'lonely-elderly-visits',
    title: '独居老人探访关爱',
    summary: '一个人生活的老人，可以登记探访关爱服务，社工和志愿者定期上门或打电话问候。',
    body: [
      '一个人住，最怕的是有事没人知道。登记探访关爱后，社区会安排社工、网格员或志愿者定期上门看看，平时打电话问个好。',
      '遇到天气特别热、特别冷，或者老人生病时，会增加探访次数。需要的话，还可以帮忙联系助餐、助医、维修等服务。',
      '这项服务不看收入，也不收费。老人自己或子女、邻居都可以帮忙登记。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: ['tekun', 'dibao', 'dibian'],
    departmentCode: 'civil_affairs',
    eligibilityText: '独自生活的60周岁及以上老人；子女不在身边、只有老两口一起生活的高龄老人也可以登记。',
    eligibilityRule: rule([
      c('age', 'gte', '已满60周岁', { standard: 'senior_age' }),
      c('livesAlone', 'isTrue', '独自生活'),
    ]),
    materials: ['老人身份证', '一位紧急联系人的姓名和电话'],
    steps: [
      { title: `向${POINT}登记` },
      { title: '社区安排探访人员', timeLimit: '一般登记后7天内首次上门' },
      { title: '定期探访，有需要时转介服务' },
    ],
    contacts: [{ name: POINT }],
  },
  {
    slug: 'children-in-difficult-situations',
    title: '困境儿童保障',
    summary: '父母重病、重残、服刑或者家里特别难的孩子，可以申请困境儿童保障，按月领生活费，还有专人关心。',
    body: [
      '每个孩子都应该被好好照顾。当孩子的父母生了重病、重度残疾，或者不能履行抚养责任时，孩子可以申请困境儿童保障。',
      '符合条件的孩子每月可以领取基本生活费；没有人照顾的孩子（事实无人抚养儿童），还会有儿童主任定期上门，关心孩子的生活、学习和心理。',
      '社区里的儿童主任是孩子和家庭的联系人，有困难可以直接找他们。孩子的信息会严格保密。',
      '申请由孩子的监护人，或者受委托的亲属到社区（村）服务点提出。',
    ].join('\n\n'),
    needTiers: ['care', 'survival'],
    targetGroups: ['dibao', 'dibian', 'tekun', 'education'],
    departmentCode: 'civil_affairs',
    eligibilityText:
      '未满18周岁，因父母双方或一方重病、重残、服刑、失联等原因得不到妥善抚养，或家庭经济特别紧张的儿童。',
    materials: ['孩子和监护人的身份证、户口簿', '父母重病、残疾等情况的证明', '家庭经济状况核对授权书'],
    steps: [
      { title: `监护人向${POINT}申请` },
      { title: '儿童主任上门了解情况' },
      { title: '街道（镇）审核，区民政局确认', timeLimit: '一般受理后30个工作日内' },
      { title: '按月发放生活费，定期探访' },
    ],
    contacts: [{ name: POINT }, { name: '区民政局儿童福利科' }],
  },
  {
    slug: 'basic-funeral-fee-waiver',
    title: '基本殡葬服务费用减免',
    summary: '家里有亲人去世，生活又比较紧张的，可以申请减免遗体接运、火化等基本殡葬服务费用。',
    body: [
      '亲人离世本就让人难过，基本的殡葬费用不应该再成为负担。',
      '享受最低生活保障（低保）、低边、特困供养的家庭，以及其他符合条件的家庭，遗体接运、暂存、火化、骨灰寄存等基本服务的费用可以减免。',
      '办理时，家属带上证明材料到殡仪馆，或先问社区（村）服务点，工作人员会告诉您怎么办、带什么。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['dibao', 'dibian', 'tekun'],
    departmentCode: 'civil_affairs',
    eligibilityText: '去世的人或其家庭属于低保、低边、特困供养等情况，或符合本区其他减免规定。',
    materials: ['去世者的身份证和死亡证明', '经办家属的身份证', '低保、低边或特困证明（工作人员可代查）'],
    steps: [
      { title: `咨询${POINT}，了解办理方式` },
      { title: '在殡仪馆办理时出示材料' },
      { title: '直接减免，不用先垫付' },
    ],
    contacts: [{ name: POINT }, { name: '区民政局社会事务科' }],
  },
  {
    slug: 'charity-assistance',
    title: '慈善救助',
    summary: '政府的救助覆盖不到、或者帮助之后仍有困难的，慈善组织可以再帮一把。',
    body: [
      '有些困难，政府政策一时管不到，比如收入只比标准高一点点、或者看病的自付部分仍然很重。这时候可以申请慈善救助。',
      '区里的慈善组织和爱心企业会根据情况提供助医、助学、助困等帮助，也可能是一批米油、一次上门维修。',
      '在社区（村）服务点提出后，工作人员会把您的情况转给合适的慈善项目，不用您自己一家一家去找。',
      '慈善救助的金额和名额每年不同，以项目当年公布的为准。',
    ].join('\n\n'),
    needTiers: ['survival', 'development'],
    targetGroups: ['dibao', 'dibian', 'emergency', 'medical'],
    departmentCode: 'civil_affairs',
    eligibilityText:
      '经政府救助后仍有较大困难，或暂时不符合政府救助条件但生活确实困难的家庭。具体以各慈善项目的要求为准。',
    eligibilityRule: rule(
      [],
      [
        [
          incomeBelowDibian(),
          c('heavyMedicalCosts', 'isTrue', '看病自付费用很高'),
          c('suddenEmergency', 'isTrue', '最近遇到突发困难'),
        ],
      ],
    ),
    materials: ['身份证和户口簿', '能说明困难情况的材料'],
    steps: [
      { title: `向${POINT}提出` },
      { title: '服务点转介给合适的慈善项目' },
      { title: '项目方审核后提供帮助', timeLimit: '一般受理后20个工作日内答复' },
    ],
    contacts: [{ name: POINT }, { name: '区慈善总会' }],
  },

  // ───────────── 医保 ─────────────
  {
    slug: 'medical-assistance',
    title: '医疗救助',
    summary: '看病后医保报销完，自己还要付的部分，符合条件的可以再报一部分，减轻看病负担。',
    body: [
      '医疗救助是医保报销之后的“再帮一把”。基本医保和大病保险报完后，剩下自己要付的钱，符合条件的可以再按比例救助一部分。',
      '享受最低生活保障（低保）、低保边缘（低边）、特困供养的人是主要对象；因为看病花钱太多、生活陷入困难的家庭，经认定后也可以享受。',
      '在定点医院看病时，很多情况下出院结算就能“一站式”直接减免，不用自己先垫钱再来回跑。',
      '如果没能在医院直接结算，可以带着票据到社区（村）服务点或医保经办窗口补申请。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['medical', 'dibao', 'dibian', 'tekun'],
    departmentCode: 'medical_security',
    eligibilityText:
      '低保、低边、特困供养人员，以及因病自付医疗费用过高、经认定生活困难的人员。参加了本地基本医疗保险。',
    eligibilityRule: rule(
      [c('heavyMedicalCosts', 'isTrue', '看病自付的费用较高')],
      [[incomeBelowDibian(), c('assetsBelowLimit', 'isTrue', '家庭财产在规定范围内')]],
    ),
    materials: ['身份证和医保卡（社保卡）', '医院费用清单和发票（未能直接结算时）', '出院小结或诊断证明'],
    steps: [
      { title: '在定点医院看病，出院时一站式结算' },
      { title: `未直接结算的，到${POINT}或医保窗口申请` },
      { title: '审核后打到本人账户', timeLimit: '一般受理后20个工作日内' },
    ],
    contacts: [{ name: '区医疗保障局经办窗口' }, { name: POINT }],
  },
  {
    slug: 'critical-illness-insurance-tilt',
    title: '大病保险倾斜报销',
    summary: '得了大病、自付费用高的低保、低边、特困人员，大病保险的起付线更低、报销比例更高。',
    body: [
      '大病保险是基本医保之外的又一道保障，医药费用超过一定金额后，还能再报销一部分。',
      '享受最低生活保障（低保）、低边、特困供养的人，大病保险会“倾斜”：起付线降低、报销比例提高、有的不设封顶线。',
      '这项倾斜一般不需要单独申请，只要身份已经认定，出院结算时系统会自动计算。',
      '如果您刚认定了低保或低边，但结算时没有享受到，请带着票据到医保窗口或社区问一问。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['medical', 'dibao', 'dibian', 'tekun'],
    departmentCode: 'medical_security',
    eligibilityText: '参加本地基本医疗保险的低保、低边、特困供养人员，年度自付医疗费用达到大病保险起付标准。',
    eligibilityRule: rule([c('heavyMedicalCosts', 'isTrue', '看病自付的费用较高'), incomeBelowDibian()]),
    materials: ['身份证和医保卡（社保卡）'],
    steps: [{ title: '出院结算时系统自动计算' }, { title: '未享受到的，带票据到医保窗口核对' }],
    contacts: [{ name: '区医疗保障局经办窗口' }],
  },
  {
    slug: 'medical-insurance-premium-subsidy',
    title: '城乡居民医保个人缴费资助',
    summary: '低保、低边、特困等人员参加城乡居民医保，个人要交的钱可以由政府全额或部分资助。',
    body: [
      '看病有医保才安心。为了让生活紧张的家庭也能参保，政府会帮他们交城乡居民医保的个人缴费部分。',
      '特困供养人员一般全额资助；享受最低生活保障（低保）、低边的人员按规定资助全部或一部分。',
      '已经认定身份的，一般由系统自动办理，不用自己申请。每年参保缴费期间，可以在社区确认一下自己是否已经参保。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['medical', 'dibao', 'dibian', 'tekun'],
    departmentCode: 'medical_security',
    eligibilityText: '已认定的低保、低边、特困供养人员等，参加本地城乡居民基本医疗保险。',
    eligibilityRule: rule([incomeBelowDibian()]),
    materials: ['身份证（一般无需另交材料）'],
    steps: [{ title: '身份认定后系统自动资助' }, { title: `每年缴费期可到${POINT}确认参保情况` }],
    contacts: [{ name: '区医疗保障局经办窗口' }, { name: POINT }],
  },

  // ───────────── 卫健 ─────────────
  {
    slug: 'family-doctor-home-visits',
    title: '家庭医生签约与上门服务',
    summary: '老人、残疾人和行动不便的人，可以签约家庭医生，平时有医生管健康，必要时上门看看。',
    body: [
      '家庭医生是社区卫生服务中心的医生团队，签约后会帮您建健康档案、定期随访、指导用药，有需要时帮您转诊到大医院。',
      '行动不便、卧床在家的老人和残疾人，可以按规定申请上门服务，如测血压、换药、健康指导。',
      '享受最低生活保障（低保）、特困供养等的人员签约，个人一般不用付签约费。',
      '到附近的社区卫生服务中心，或请社区（村）服务点帮您联系就可以签约。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: ['tekun', 'dibao', 'medical'],
    departmentCode: 'health',
    eligibilityText: '本区常住居民都可以签约；65周岁及以上老人、残疾人、慢性病患者和生活困难家庭优先。',
    eligibilityRule: rule(
      [],
      [
        [
          c('age', 'gte', '已满65周岁，属于优先签约对象', { standard: 'elderly_checkup_age' }),
          c('hasDisability', 'isTrue', '有残疾，属于优先签约对象'),
          c('heavyMedicalCosts', 'isTrue', '长期看病，需要医生跟进'),
        ],
      ],
    ),
    materials: ['身份证和医保卡（社保卡）'],
    steps: [
      { title: '到社区卫生服务中心或请服务点联系' },
      { title: '签订协议，建立健康档案' },
      { title: '定期随访，需要时上门' },
    ],
    contacts: [{ name: '所在地社区卫生服务中心' }, { name: POINT }],
  },
  {
    slug: 'elderly-free-health-checkup',
    title: '老年人免费健康体检',
    summary: '65周岁及以上的老人，每年可以在社区卫生服务中心免费做一次健康体检。',
    body: [
      '年纪大了，定期体检很重要。本区65周岁及以上的常住老人，每年可以免费体检一次。',
      '体检一般包括量血压、测血糖、血常规、心电图、B超等项目，结果会由家庭医生解读，有问题会提醒您复查。',
      '行动不便的老人，可以请社区帮忙联系上门或安排接送。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: [],
    departmentCode: 'health',
    eligibilityText: '在本区居住的65周岁及以上老人。',
    eligibilityRule: rule([c('age', 'gte', '已满65周岁', { standard: 'elderly_checkup_age' })]),
    materials: ['身份证和医保卡（社保卡）'],
    steps: [
      { title: '预约社区卫生服务中心体检时间' },
      { title: '空腹按时到场体检' },
      { title: '家庭医生解读结果', timeLimit: '一般体检后1个月内' },
    ],
    contacts: [{ name: '所在地社区卫生服务中心' }],
  },

  // ───────────── 教育 ─────────────
  {
    slug: 'student-financial-aid',
    title: '学生资助（从幼儿园到大学）',
    summary: '家里经济紧张的孩子，从上幼儿园到读大学，都可以按规定申请免学费、助学金等资助。',
    body: [
      '不让一个孩子因为家里经济紧张而上不了学。从幼儿园、小学初中、高中到大学，各个阶段都有相应的资助。',
      '常见的有：学前教育资助、义务教育阶段的生活补助、高中和中职的免学费与助学金、大学的新生入学资助和国家助学金。',
      '享受最低生活保障（低保）、低边、特困供养家庭的孩子，以及残疾学生、困境儿童等，一般会被优先资助。',
      '申请一般通过孩子就读的学校办理，每学期开学后学校会通知。也可以先到社区（村）服务点问问需要准备什么。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['education', 'dibao', 'dibian', 'tekun'],
    departmentCode: 'education',
    eligibilityText:
      '在校学生，家庭经济比较紧张，特别是低保、低边、特困供养家庭的子女以及残疾学生。具体以各学段规定为准。',
    eligibilityRule: rule([c('studentsInSchool', 'gte', '家里有孩子在上学', { value: 1 }), incomeBelowDibian(false)]),
    materials: ['学生和监护人身份证、户口簿', '学生证或在读证明（学校可直接出具）', '低保、低边等证明（如有，可代查）'],
    steps: [
      { title: '关注学校开学后的资助通知' },
      { title: '向学校提交申请' },
      { title: '学校评议公示后发放', timeLimit: '一般在当学期内发放' },
    ],
    contacts: [{ name: '孩子就读的学校' }, { name: '区教育局学生资助管理中心' }],
  },
  {
    slug: 'student-loan-origin-based',
    title: '生源地信用助学贷款',
    summary: '考上大学但学费一时凑不齐的，可以在户籍所在地申请助学贷款，在校期间不用还利息。',
    body: [
      '孩子考上了大学，学费和住宿费一时拿不出来，可以申请生源地信用助学贷款。',
      '贷款不需要抵押，由学生和家长共同申请。读书期间的利息由财政补贴，毕业后再按约定慢慢还款。',
      '每年暑假是集中办理时间，录取后就可以开始准备。区教育局学生资助管理中心会具体指导。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['education'],
    departmentCode: 'education',
    eligibilityText: '被全日制普通高校录取或正在就读、户籍在本区、家庭经济比较紧张的学生。',
    eligibilityRule: rule([c('studentsInSchool', 'gte', '家里有孩子在上学', { value: 1 }), incomeBelowDibian(false)]),
    materials: ['学生和共同借款人（家长）身份证、户口簿', '录取通知书或学生证'],
    steps: [
      { title: '暑期在线提交贷款申请' },
      { title: '到区学生资助管理中心现场签约' },
      { title: '银行审核放款到学校', timeLimit: '一般在开学前后' },
    ],
    contacts: [{ name: '区教育局学生资助管理中心' }],
  },

  // ───────────── 住房 ─────────────
  {
    slug: 'rental-housing-subsidy',
    title: '住房租赁补贴',
    summary: '在西湖区没有自己的房、租房住又比较吃力的家庭，可以申请住房租赁补贴，按月贴补一部分房租。',
    body: [
      '住房租赁补贴是帮您交一部分房租的钱。补贴按家庭人口和困难程度计算，每月或按季度发放。',
      '享受最低生活保障（低保）、低边的家庭，以及收入、住房都符合本市住房保障条件的家庭，可以申请。',
      '补贴期间要如实报告收入和住房变化。买了房、收入明显提高后，补贴会相应调整或停止。',
      '到社区（村）服务点或街道（镇）住房保障窗口申请，工作人员会帮您核对条件。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['housing', 'dibao', 'dibian'],
    departmentCode: 'housing',
    eligibilityText:
      '本区户籍家庭在本市无自有住房或人均住房面积低于规定标准，家庭收入和财产符合住房保障条件（低保、低边家庭优先）。',
    eligibilityRule: rule([incomeBelowDibian(), assetsOk()]),
    materials: ['全家人的身份证和户口簿', '家庭住房情况说明', '租房合同', '家庭经济状况核对授权书'],
    steps: [
      { title: `向${POINT}或街道（镇）住房保障窗口申请` },
      { title: '街道（镇）初审，区住建局复核', timeLimit: '一般受理后30个工作日内' },
      { title: '公示无异议后发放补贴', timeLimit: '公示一般7天' },
    ],
    contacts: [{ name: '街道（镇）住房保障窗口' }, { name: '区住房和城乡建设局住房保障科' }],
  },
  {
    slug: 'public-rental-housing',
    title: '公共租赁住房（公租房）',
    summary: '住房困难的家庭可以申请公租房，以低于市场的租金租住政府提供的房子。',
    body: [
      '公共租赁住房，简称“公租房”，是政府筹集的、租给住房困难家庭的房子，租金比市场上便宜。',
      '享受最低生活保障（低保）、低边的家庭，以及收入和住房符合条件的家庭都可以申请。符合条件的，也可以选择领租赁补贴而不是住公租房。',
      '房源有限，一般要排队轮候。排到后会通知您选房、签合同。',
      '家里有老人、残疾人的，可以在申请时说明，尽量安排低楼层或有电梯的房子。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['housing', 'dibao', 'dibian'],
    departmentCode: 'housing',
    eligibilityText: '在本市无自有住房或住房面积低于规定标准，家庭收入和财产符合本市公租房条件。',
    eligibilityRule: rule([incomeBelowDibian(false), assetsOk()]),
    materials: ['全家人的身份证和户口簿', '住房情况说明', '家庭经济状况核对授权书', '残疾证等（如需照顾）'],
    steps: [
      { title: '到街道（镇）住房保障窗口申请' },
      { title: '审核并公示', timeLimit: '一般受理后30个工作日内' },
      { title: '进入轮候名单，排到后选房签约' },
    ],
    contacts: [{ name: '街道（镇）住房保障窗口' }, { name: '区住房和城乡建设局住房保障科' }],
  },
  {
    slug: 'rural-dilapidated-house-renovation',
    title: '农村危房改造',
    summary: '住在村里、房子老旧不安全，家里又拿不出钱修的，可以申请危房改造补助。',
    body: [
      '房子是安身的地方，住得安全最重要。村里的老房子如果墙体开裂、屋顶漏雨、经鉴定属于危房，家里又比较紧张的，可以申请改造补助。',
      '主要对象是享受最低生活保障（低保）、低边、特困供养的农户，以及残疾人家庭等。',
      '申请后，会有专业人员上门鉴定房屋安全等级，再确定是加固还是重建，补助按规定分阶段发放。',
      '西湖区的双浦镇、转塘街道等有村的地方，可以先向村里的服务点反映。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['housing', 'dibao', 'dibian', 'tekun'],
    departmentCode: 'housing',
    eligibilityText: '居住在本区农村、住房经鉴定为危房，且属于低保、低边、特困供养或其他住房困难的农户。',
    materials: ['户主身份证和户口簿', '房屋产权或宅基地证明', '房屋现状照片（可由村里帮忙拍）'],
    steps: [
      { title: '向村服务点提出申请' },
      { title: '上门鉴定房屋安全等级' },
      { title: '镇（街道）审核，确定改造方式' },
      { title: '施工完成验收后发放补助', timeLimit: '一般验收合格后按阶段拨付' },
    ],
    contacts: [{ name: '所在村服务点' }, { name: '区住房和城乡建设局村镇建设科' }],
  },

  // ───────────── 人社 ─────────────
  {
    slug: 'employment-assistance',
    title: '就业援助',
    summary: '找工作困难的人，可以申请认定为就业困难人员，得到一对一的找工作帮助和相关补贴。',
    body: [
      '失业了、年纪偏大、身体有残疾，或者家里享受最低生活保障（低保）的人，找工作往往更难。就业援助就是来帮这部分人的。',
      '认定为就业困难人员后，会有工作人员一对一帮您分析适合做什么、推荐岗位，还可以享受社保补贴、免费培训等。',
      '社区（村）服务点和街道（镇）的就业服务窗口都能办理。第一次来，带上身份证就行。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment', 'dibao', 'dibian'],
    departmentCode: 'hrss',
    eligibilityText:
      '在法定劳动年龄内、有劳动能力和就业意愿、目前没有工作，且属于大龄、残疾、低保低边家庭成员等就业困难情形的人员。',
    eligibilityRule: rule([
      c('unemployed', 'isTrue', '目前没有工作，想找工作'),
      c('age', 'lt', '在劳动年龄内', { standard: 'working_age_max' }),
      c('age', 'gte', '已满16周岁', { value: 16 }),
      incomeBelowDibian(false),
    ]),
    materials: ['身份证', '就业失业登记（可现场办理）', '残疾证、低保低边证明等（如有）'],
    steps: [
      { title: '到街道（镇）就业服务窗口登记' },
      { title: '认定就业困难人员身份', timeLimit: '一般受理后10个工作日内' },
      { title: '一对一推荐岗位、安排培训' },
    ],
    contacts: [{ name: '街道（镇）就业服务窗口' }, { name: '区人力社保局就业服务中心' }],
  },
  {
    slug: 'public-welfare-jobs',
    title: '公益性岗位安置',
    summary: '实在难找工作的人，可以申请社区保洁、治安巡逻、助老服务等公益性岗位，就近上班。',
    body: [
      '公益性岗位是政府开发的、离家近的工作，比如社区保洁、绿化养护、停车管理、助老陪护等。',
      '优先安排年龄偏大、残疾、家里享受最低生活保障（低保）或低边的就业困难人员，工作时间相对固定。',
      '岗位数量有限，需要先认定为就业困难人员，再按顺序安排。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment', 'dibao', 'dibian'],
    departmentCode: 'hrss',
    eligibilityText: '已认定为就业困难人员、有劳动能力、能胜任岗位工作的人员。',
    eligibilityRule: rule([
      c('unemployed', 'isTrue', '目前没有工作'),
      c('age', 'lt', '在劳动年龄内', { standard: 'working_age_max' }),
      c('age', 'gte', '年龄偏大，找工作较难', { value: 40, required: false }),
    ]),
    materials: ['身份证', '就业困难人员认定结果'],
    steps: [{ title: '向街道（镇）就业服务窗口报名' }, { title: '按岗位要求匹配' }, { title: '签订协议上岗' }],
    contacts: [{ name: '街道（镇）就业服务窗口' }, { name: '区人力社保局就业服务中心' }],
  },
  {
    slug: 'gig-work-market',
    title: '零工市场：家门口找零活',
    summary: '想打零工、做临时工的，可以到零工市场登记，就近找到家政、搬运、维修等短期活计。',
    body: [
      '零工市场是帮找零活的人和需要临时帮手的雇主对上号的地方。家政保洁、搬运、维修、餐饮帮工等活计都有。',
      '登记后，工作人员会根据您的技能和时间推荐活计，结算方式和报酬在接活前讲清楚。不收中介费。',
      '没有手机或不会用手机的，也可以到现场看招工信息，工作人员会帮您打电话联系。',
      '想学一门手艺再去接活的，还可以报名免费的技能培训。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment'],
    departmentCode: 'hrss',
    eligibilityText: '有劳动能力、想找零活或灵活就业的人都可以登记，不限户籍。',
    eligibilityRule: rule([
      c('unemployed', 'isTrue', '目前没有固定工作'),
      c('age', 'gte', '已满16周岁', { value: 16 }),
    ]),
    materials: ['身份证', '技能证书（如有）'],
    steps: [
      { title: '到零工市场或线上登记' },
      { title: '工作人员推荐活计', timeLimit: '一般登记后当天即可看岗' },
      { title: '与雇主确认报酬后上岗' },
    ],
    contacts: [{ name: '区零工市场服务台' }, { name: '区人力社保局就业服务中心' }],
  },
  {
    slug: 'vocational-training-subsidy',
    title: '职业技能培训补贴',
    summary: '想学一门手艺，比如家政、养老护理、电工、烹饪，可以参加免费或有补贴的技能培训。',
    body: [
      '有一技之长，找工作更容易。区里定期开设家政服务、养老护理、育婴、电工、中式烹调、电商等培训班。',
      '就业困难人员、失业人员、家里享受最低生活保障（低保）或低边的成员参加培训，一般可以免费，考到证书的还可能有补贴。',
      '开班时间和课程会在零工市场、街道就业服务窗口和本小程序的直播里通知。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment', 'dibao', 'dibian'],
    departmentCode: 'hrss',
    eligibilityText:
      '在法定劳动年龄内、有培训意愿的人员；就业困难人员、失业人员和低保低边家庭成员优先并按规定享受补贴。',
    eligibilityRule: rule([
      c('age', 'gte', '已满16周岁', { value: 16 }),
      c('age', 'lt', '在劳动年龄内', { standard: 'working_age_max' }),
      c('unemployed', 'isTrue', '目前没有工作，学技能有助于就业', { required: false }),
    ]),
    materials: ['身份证', '学历证明（部分课程需要）'],
    steps: [
      { title: '选择课程并报名' },
      { title: '参加培训和考核' },
      { title: '取得证书后申请补贴', timeLimit: '一般取证后按规定时限内申请' },
    ],
    contacts: [{ name: '街道（镇）就业服务窗口' }, { name: '区人力社保局职业能力建设科' }],
  },

  // ───────────── 农业农村 ─────────────
  {
    slug: 'rural-low-income-household-support',
    title: '农村低收入农户帮促',
    summary: '村里收入较低的农户，可以得到产业、就业、技能等方面的帮促，一起想办法多挣钱。',
    body: [
      '对于收入偏低的农户，村里和镇（街道）会一户一户了解情况，帮着想增收的办法。',
      '常见的帮促方式有：茶叶、果蔬等种养殖技术指导，来料加工等家门口的活计，帮助销售农产品，以及就业推荐。',
      '家里享受最低生活保障（低保）、低边的农户是重点帮促对象，其他生活比较紧张的农户也可以提出。',
      '向村服务点说明您的想法，工作人员会联系农技人员或合作社上门。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['dibao', 'dibian', 'employment'],
    departmentCode: 'agriculture',
    eligibilityText: '居住在本区农村、家庭人均收入较低的农户，低保、低边农户优先。',
    materials: ['户主身份证和户口簿'],
    steps: [
      { title: '向村服务点提出帮促需求' },
      { title: '农技人员或帮扶干部上门' },
      { title: '制定增收计划，定期回访', timeLimit: '一般每季度回访一次' },
    ],
    contacts: [{ name: '所在村服务点' }, { name: '区农业农村局' }],
  },
  {
    slug: 'rural-farming-skills-guidance',
    title: '农业生产技能指导与补助',
    summary: '在村里种茶、种菜、养殖的农户，可以免费得到技术指导，按规定申请农资等补助。',
    body: [
      '西湖区的茶园和农田多在龙井、梅家坞、双浦一带。种茶、种菜遇到病虫害、不会用新机器，都可以请农技人员来帮忙。',
      '技术指导免费。生活比较紧张的农户，还可以按当年政策申请农资、农机等方面的补助。',
      '村服务点会定期组织田间课堂，也可以在本小程序里看回放。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment'],
    departmentCode: 'agriculture',
    eligibilityText: '在本区从事农业生产的农户；补助项目的条件以当年公布为准。',
    materials: ['户主身份证', '土地承包或流转情况说明（申请补助时）'],
    steps: [{ title: '向村服务点预约技术指导' }, { title: '农技人员上门或田间授课' }, { title: '按当年政策申请补助' }],
    contacts: [{ name: '所在村服务点' }, { name: '区农业农村局' }],
  },

  // ───────────── 应急 ─────────────
  {
    slug: 'natural-disaster-relief',
    title: '自然灾害生活救助',
    summary: '遇到台风、暴雨、洪水等自然灾害，家里受了损失、生活有困难的，可以得到应急生活救助和过渡安置。',
    body: [
      '台风、暴雨、山体滑坡等灾害来时，首先要保住人身安全，听从社区和村里的转移安排。',
      '灾害发生后，区里会给受灾家庭提供吃的、喝的、衣被等基本生活用品，房子住不了的，安排临时住处。',
      '房屋倒塌或严重损坏的，还可以申请恢复重建补助；冬天和春天青黄不接时，生活仍困难的家庭可以申请冬春生活救助。',
      '灾后请及时向社区（村）服务点报告损失情况，工作人员会上门核实登记。',
    ].join('\n\n'),
    needTiers: ['survival'],
    targetGroups: ['emergency', 'housing'],
    departmentCode: 'emergency',
    eligibilityText: '因自然灾害造成住房损坏、财产损失或生活暂时困难的本区家庭。',
    eligibilityRule: rule([c('suddenEmergency', 'isTrue', '家里因灾害或意外遭受了损失')]),
    materials: ['户主身份证', '受灾情况照片或说明（工作人员也会上门核实）'],
    steps: [
      { title: `向${POINT}报告受灾情况` },
      { title: '工作人员上门核实登记', timeLimit: '一般灾后尽快上门' },
      { title: '发放应急生活物资或安排过渡安置', timeLimit: '应急救助一般在灾后较短时间内' },
      { title: '需要时申请恢复重建或冬春救助' },
    ],
    contacts: [{ name: POINT }, { name: '区应急管理局' }],
  },
  {
    slug: 'household-safety-check-for-vulnerable',
    title: '老人和残疾人居家安全检查',
    summary: '老人、残疾人独自在家，家里的电线、燃气、消防有隐患的，可以免费上门检查，帮忙装烟感、换老旧线路。',
    body: [
      '老房子电线老化、燃气管没人检查，对独自在家的老人和残疾人来说是很大的风险。',
      '应急管理部门会同社区和志愿者，上门免费检查用电、用气和消防安全，给需要的家庭安装独立式烟感报警器、燃气报警器等。',
      '享受最低生活保障（低保）、低边、特困供养的家庭和独居老人优先安排。',
      '可以在社区（村）服务点登记，也可以由子女帮忙预约。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: ['dibao', 'dibian', 'tekun'],
    departmentCode: 'emergency',
    eligibilityText: '独居或行动不便的老人、残疾人家庭，以及低保、低边、特困供养家庭优先。',
    eligibilityRule: rule(
      [],
      [
        [
          c('livesAlone', 'isTrue', '独自生活，更需要居家安全检查'),
          c('hasDisability', 'isTrue', '有残疾，行动不便'),
          c('age', 'gte', '已满60周岁', { standard: 'senior_age' }),
        ],
      ],
    ),
    materials: ['户主身份证'],
    steps: [
      { title: `在${POINT}登记` },
      { title: '预约上门检查', timeLimit: '一般登记后15天内上门' },
      { title: '免费安装报警器或整改隐患' },
    ],
    contacts: [{ name: POINT }, { name: '区应急管理局' }],
  },

  // ───────────── 残联 ─────────────
  {
    slug: 'disability-two-subsidies',
    title: '残疾人两项补贴',
    summary: '生活紧张的残疾人可以领生活补贴；重度残疾、需要长期照护的，可以领护理补贴。',
    body: [
      '“两项补贴”指困难残疾人生活补贴和重度残疾人护理补贴，是专门给残疾人的每月补助。',
      '生活补贴：主要给享受最低生活保障（低保）、低边等家庭中的残疾人，帮补日常生活开支。',
      '护理补贴：给残疾等级为一、二级等重度、需要长期照护的残疾人，不看家庭收入。',
      '两项补贴可以同时享受。持有第二代残疾人证的，到社区（村）服务点申请，也可以在“浙里办”上办。',
    ].join('\n\n'),
    needTiers: ['survival', 'care'],
    targetGroups: ['dibao', 'dibian'],
    departmentCode: 'disabled',
    eligibilityText:
      '持有第二代残疾人证的本区户籍残疾人：生活补贴面向低保、低边等家庭中的残疾人；护理补贴面向重度残疾、需要长期照护的残疾人。',
    eligibilityRule: rule(
      [c('hasDisability', 'isTrue', '持有残疾人证')],
      [
        [
          incomeBelowDibian(),
          c('disabilityGrade', 'lte', '残疾等级为一级或二级（重度），可申请护理补贴', { value: 2 }),
        ],
      ],
    ),
    materials: ['残疾人证', '身份证和户口簿', '本人银行卡或存折'],
    steps: [
      { title: `向${POINT}申请，或在线申请` },
      { title: '街道（镇）审核', timeLimit: '一般受理后15个工作日内' },
      { title: '区残联、区民政局确认后按月发放' },
    ],
    contacts: [{ name: POINT }, { name: '区残联' }],
  },
  {
    slug: 'disability-assistive-devices',
    title: '残疾人辅助器具适配与居家无障碍改造',
    summary: '轮椅、助行器、助听器等辅助器具可以按规定免费或补贴适配；家里有台阶、扶手不方便的，可以申请无障碍改造。',
    body: [
      '合适的辅助器具能让生活方便很多。区残联可以为有需要的残疾人评估、适配轮椅、拐杖、助听器、坐便椅等。',
      '家里门槛太高、卫生间没有扶手的，可以申请居家无障碍改造，如装扶手、平整地面、改造淋浴。',
      '享受最低生活保障（低保）、低边家庭的残疾人和重度残疾人优先，费用按规定减免或补贴。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: ['dibao', 'dibian'],
    departmentCode: 'disabled',
    eligibilityText: '持有残疾人证的本区残疾人，经评估确有需要；低保低边家庭和重度残疾人优先。',
    eligibilityRule: rule([c('hasDisability', 'isTrue', '持有残疾人证'), incomeBelowDibian(false)]),
    materials: ['残疾人证', '身份证'],
    steps: [
      { title: `向${POINT}或区残联申请` },
      { title: '专业人员上门评估' },
      { title: '适配器具或施工改造', timeLimit: '一般评估后60天内完成' },
    ],
    contacts: [{ name: POINT }, { name: '区残联' }],
  },
  {
    slug: 'disability-employment-support',
    title: '残疾人就业创业扶持',
    summary: '有劳动能力的残疾人想工作、想自己开个小店，可以得到岗位推荐、培训和创业补助。',
    body: [
      '残疾人也可以靠自己的本事过日子。区残联和就业部门会为想工作的残疾人推荐合适的岗位，组织免费技能培训。',
      '想自主创业、开小店的，可以按规定申请创业补助和场地支持。在家就业、辅助性就业的机会也在逐步增加。',
      '到社区（村）服务点登记您的想法和能做的事，我们帮您一起找路子。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment'],
    departmentCode: 'disabled',
    eligibilityText: '持有残疾人证、在劳动年龄内、有就业或创业意愿的本区残疾人。',
    eligibilityRule: rule([
      c('hasDisability', 'isTrue', '持有残疾人证'),
      c('unemployed', 'isTrue', '目前没有工作，想就业或创业'),
      c('age', 'lt', '在劳动年龄内', { standard: 'working_age_max' }),
    ]),
    materials: ['残疾人证', '身份证'],
    steps: [
      { title: `向${POINT}或区残联登记` },
      { title: '评估能力和意愿' },
      { title: '推荐岗位、安排培训或创业辅导' },
    ],
    contacts: [{ name: '区残联' }, { name: '区人力社保局就业服务中心' }],
  },

  // ───────────── 司法 ─────────────
  {
    slug: 'legal-aid',
    title: '法律援助',
    summary: '遇到讨薪、工伤、赡养、家庭纠纷等法律问题又请不起律师的，可以申请免费的法律援助。',
    body: [
      '法律援助，就是由政府安排律师或法律工作者免费帮您打官司、写文书、提供法律意见。',
      '常见的事情有：被拖欠工资、工伤赔偿、老人要不到赡养费、家庭暴力、交通事故赔偿等。',
      '享受最低生活保障（低保）、特困供养的人，以及经济比较紧张的人可以申请。追讨劳动报酬、工伤赔偿等情况，有时不审查经济状况。',
      '只是想先问问的，可以到社区的公共法律服务点免费咨询，或者打12348公共法律服务热线。',
    ].join('\n\n'),
    needTiers: ['care', 'development'],
    targetGroups: ['dibao', 'dibian', 'tekun', 'employment'],
    departmentCode: 'justice',
    eligibilityText:
      '因经济原因请不起律师的人，低保、特困供养人员等一般可免于经济状况审查；讨薪、工伤等特定事项按规定放宽。',
    eligibilityRule: rule([incomeBelowDibian()]),
    materials: ['身份证', '与案件有关的材料（合同、欠条、病历等）', '经济状况说明（低保、特困人员可提供证明代替）'],
    steps: [
      { title: '到区法律援助中心或社区法律服务点申请' },
      { title: '法律援助机构审查并决定', timeLimit: '一般收到完整申请后7日内作出决定' },
      { title: '指派律师，提供帮助' },
    ],
    contacts: [{ name: '区法律援助中心' }, { name: '公共法律服务热线', phone: '12348' }],
  },

  // ───────────── 工会 ─────────────
  {
    slug: 'worker-hardship-support',
    title: '职工遇到困难帮扶',
    summary: '在职或下岗的职工，家里因病、因灾或收入太低生活紧张的，可以找工会申请帮扶。',
    body: [
      '工会是职工自己的“娘家”。职工家里遇到大病、意外、收入太低等困难，可以向所在单位工会或街道工会提出帮扶。',
      '帮扶方式有：生活救助、医疗救助、节日慰问，以及帮职工和家属找工作、参加培训。',
      '没有单位工会的，可以找街道（镇）的职工服务站。所在单位已建工会的，由单位工会帮您整理材料上报。',
    ].join('\n\n'),
    needTiers: ['survival', 'development'],
    targetGroups: ['dibao', 'dibian', 'medical', 'employment'],
    departmentCode: 'trade_union',
    eligibilityText: '本区工会会员职工，家庭人均收入较低，或因重病、意外等原因生活明显紧张。',
    eligibilityRule: rule(
      [c('age', 'lt', '在职职工一般在劳动年龄内', { standard: 'working_age_max' })],
      [
        [
          incomeBelowDibian(),
          c('heavyMedicalCosts', 'isTrue', '家里看病自付费用很高'),
          c('suddenEmergency', 'isTrue', '最近遇到突发困难'),
        ],
      ],
    ),
    materials: ['身份证', '工会会员证明（单位工会出具）', '能说明困难情况的材料'],
    steps: [
      { title: '向单位工会或街道（镇）职工服务站申请' },
      { title: '工会核实情况' },
      { title: '审批后发放帮扶', timeLimit: '一般受理后20个工作日内' },
    ],
    contacts: [{ name: '单位工会或街道（镇）职工服务站' }, { name: '区总工会' }],
  },
  {
    slug: 'worker-children-study-aid',
    title: '工会“金秋助学”',
    summary: '职工家庭的孩子考上大学或正在读书，家里又比较紧张的，可以申请工会的助学金。',
    body: [
      '每年夏秋开学前后，工会会开展“金秋助学”，帮职工家庭的孩子顺利入学。',
      '主要面向家庭比较紧张的工会会员子女，特别是享受最低生活保障（低保）或低边的职工家庭。',
      '申请通过单位工会或街道（镇）职工服务站提交，一般在暑假期间集中受理。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['education', 'dibao', 'dibian'],
    departmentCode: 'trade_union',
    eligibilityText: '工会会员职工的在读子女，家庭经济比较紧张。具体以当年通知为准。',
    eligibilityRule: rule([c('studentsInSchool', 'gte', '家里有孩子在上学', { value: 1 }), incomeBelowDibian(false)]),
    materials: ['职工和学生身份证', '录取通知书或在读证明', '工会会员证明'],
    steps: [
      { title: '关注暑期工会通知' },
      { title: '向单位工会或职工服务站申请' },
      { title: '审核公示后发放', timeLimit: '一般在开学前后' },
    ],
    contacts: [{ name: '单位工会或街道（镇）职工服务站' }, { name: '区总工会' }],
  },

  // ───────────── 妇联 ─────────────
  {
    slug: 'women-children-care',
    title: '妇女儿童关爱帮扶',
    summary: '单亲妈妈、患病妇女和家里紧张的女孩，可以得到妇联的关爱帮扶，包括助学、心理支持和家庭服务。',
    body: [
      '妇联为家里有难处的妇女和孩子提供关爱。比如独自带孩子的妈妈、患重病的妇女、家庭经济紧张的女孩等。',
      '帮扶内容包括：女童助学、妇女“两癌”（宫颈癌、乳腺癌）救助、心理疏导、家庭教育指导，以及遭遇家庭暴力时的庇护和法律支持。',
      '每个社区都有妇联执委，可以直接找她们，也可以在社区（村）服务点提出。您的情况会严格保密。',
    ].join('\n\n'),
    needTiers: ['care'],
    targetGroups: ['education', 'medical', 'dibao', 'dibian'],
    departmentCode: 'womens_federation',
    eligibilityText: '家里经济紧张或遇到特殊困难的妇女和儿童，如单亲母亲、患重病妇女、经济紧张家庭的女童等。',
    eligibilityRule: rule(
      [incomeBelowDibian(false)],
      [
        [
          c('sex', 'eq', '需要帮助的是妇女', { value: 'female' }),
          c('age', 'lt', '需要帮助的是未成年的孩子', { value: 18 }),
          c('studentsInSchool', 'gte', '家里有孩子在上学', { value: 1 }),
        ],
        [
          c('studentsInSchool', 'gte', '家里有孩子在上学', { value: 1 }),
          c('heavyMedicalCosts', 'isTrue', '看病花费较大'),
        ],
      ],
    ),
    materials: ['身份证', '能说明困难情况的材料（如病历、在读证明）'],
    steps: [
      { title: `向社区妇联执委或${POINT}提出` },
      { title: '妇联核实并对接项目' },
      { title: '提供帮扶，定期回访' },
    ],
    contacts: [{ name: '社区妇联执委' }, { name: '区妇联' }],
  },
  {
    slug: 'women-employment-skills',
    title: '巾帼就业：家政与手工技能培训',
    summary: '想出来工作的妇女，可以参加家政、育婴、手工等免费培训，培训后推荐就业。',
    body: [
      '孩子大了想出来工作、或者需要在家附近找份活的妇女，可以报名妇联的巾帼就业培训。',
      '课程有家政保洁、育婴、养老护理、手工编织、直播带货等，大多在街道或社区就近开班，时间照顾到接送孩子。',
      '培训结束后，会推荐到家政公司或零工市场，也可以接手工活在家做。',
    ].join('\n\n'),
    needTiers: ['development'],
    targetGroups: ['employment'],
    departmentCode: 'womens_federation',
    eligibilityText: '在劳动年龄内、有就业意愿的妇女，家庭经济紧张的优先。',
    eligibilityRule: rule([
      c('sex', 'eq', '这项培训面向妇女', { value: 'female' }),
      c('unemployed', 'isTrue', '目前没有工作，想出来工作'),
      c('age', 'lt', '在劳动年龄内', { standard: 'working_age_max' }),
    ]),
    materials: ['身份证'],
    steps: [{ title: '向社区妇联执委或服务点报名' }, { title: '参加培训' }, { title: '推荐就业或接手工活' }],
    contacts: [{ name: '社区妇联执委' }, { name: '区妇联' }],
  },
];
