/**
 * The everyday vocabulary of policy and service search: what residents type, and the words the lists use.
 * Each entry maps a query word to the forms that count as a match for it (the word itself is always one).
 * Every key and form is also a dictionary word for segmenting a query. Keep it small and reviewed: a wrong
 * synonym silently changes what residents find.
 */

/** Words that mean the same thing both ways (a query for any one finds all). */
const EQUIVALENT: readonly (readonly string[])[] = [
  ['低保', '最低生活保障'],
  ['低边', '低保边缘'],
  ['特困', '特困供养', '特困人员'],
  ['残疾', '残疾人', '残障'],
  ['公租房', '公共租赁住房'],
  ['医保', '医疗保险'],
  ['老人', '老年人', '老年'],
  ['孩子', '儿童'],
  ['补贴', '补助', '津贴'],
  ['律师', '法律援助'],
  ['吃饭', '助餐', '用餐'],
  ['急难', '急难救助'],
];

/** One-way expansions: a query for the key also finds the forms (not the other way round). */
const EXPANSIONS: Record<string, readonly string[]> = {
  看病: ['医疗', '就医', '医院'],
  生病: ['医疗', '大病'],
  报销: ['医疗救助', '大病保险'],
  住房: ['住房救助', '租房', '房租', '租赁住房', '公租房'],
  租房: ['住房租赁', '房租', '公租房'],
  房租: ['住房租赁', '租房'],
  房子: ['住房', '危房'],
  上学: ['教育', '助学', '学生资助', '学费'],
  读书: ['教育', '助学', '学生资助'],
  学费: ['助学', '学生资助'],
  找工作: ['就业', '岗位', '零工'],
  工作: ['就业', '岗位'],
  失业: ['就业', '就业援助'],
  打工: ['就业', '零工', '零活'],
  零活: ['零工'],
  培训: ['技能培训', '职业技能'],
  养老: ['居家养老', '老年人'],
  照顾: ['照料', '护理', '照护'],
  没钱: ['救助', '困难'],
  困难: ['救助'],
  着火: ['火灾', '急难'],
  受灾: ['灾害', '自然灾害'],
  台风: ['灾害', '自然灾害'],
  打官司: ['法律援助', '律师'],
  讨薪: ['法律援助'],
  农民: ['农户', '农村'],
  去世: ['殡葬', '丧葬'],
  丧葬: ['殡葬'],
  轮椅: ['辅助器具'],
  心理: ['心理疏导', '心理咨询'],
};

/**
 * Phrases that carry no subject (how/where/I want…): removed from a query before matching. Longer phrases
 * first is not required; segmentation takes the longest dictionary word at each position.
 */
export const STOP_PHRASES: readonly string[] = [
  '怎么申请',
  '如何申请',
  '怎样申请',
  '怎么办理',
  '如何办理',
  '怎么办',
  '怎么样',
  '怎么',
  '如何',
  '怎样',
  '我想',
  '我要',
  '想要',
  '想问',
  '请问',
  '哪里',
  '在哪',
  '去哪',
  '哪些',
  '什么',
  '可以',
  '能不能',
  '能否',
  '有没有',
  '需要',
  '申请',
  '办理',
  '政策',
  '一下',
  '问一下',
  '想问一下',
  '帮我',
  '我家',
  '我们',
];

/** Single characters dropped when the query has anything else to match on (particles, pronouns). */
export const STOP_CHARS = new Set(Array.from('的了吗呢吧啊呀么我你他她它要想问在有和或是给去到请帮就都也还很'));

const synonymMap = new Map<string, Set<string>>();
const add = (key: string, forms: readonly string[]) => {
  const set = synonymMap.get(key) ?? new Set([key]);
  for (const f of forms) set.add(f);
  synonymMap.set(key, set);
};
for (const group of EQUIVALENT) for (const word of group) add(word, group);
for (const [key, forms] of Object.entries(EXPANSIONS)) add(key, forms);

/** The forms that match a query word: the word itself first, then its synonyms. */
export function formsOf(word: string): string[] {
  return [...(synonymMap.get(word) ?? [word])];
}

/** Every word the search knows: segmentation dictionary (synonym keys and forms, stop phrases). */
export const DICTIONARY: ReadonlySet<string> = new Set([
  ...synonymMap.keys(),
  ...[...synonymMap.values()].flatMap((s) => [...s]),
  ...STOP_PHRASES,
  // words that should stay whole even without synonyms
  '临时',
  '临时救助',
  '救助',
  '医疗救助',
  '住房救助',
  '教育',
  '就业',
  '医疗',
  '养老服务',
  '家政',
  '保洁',
  '维修',
  '体检',
  '家庭医生',
  '独居',
  '探访',
  '殡葬',
  '粮油',
  '食品',
  '助学金',
  '助学贷款',
  '危房',
  '改造',
  '无障碍',
]);

/**
 * Longer words that contain a query form but name something else: an occurrence of the form inside one of
 * them does not count as a title hit (低保 inside 低保边缘 is the 低边 policy, not the 低保 one).
 */
export const NOT_THE_SAME: Record<string, readonly string[]> = {
  低保: ['低保边缘'],
};

export const STOP_PHRASE_SET: ReadonlySet<string> = new Set(STOP_PHRASES);
