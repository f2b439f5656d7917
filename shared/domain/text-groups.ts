/**
 * Groups similar free texts by character bigrams (issue 12.2). Descriptions are stored encrypted, so the database
 * cannot compare them (pg_trgm would need the plain text): the server opens them and groups here. Dice similarity of
 * the bigram sets; a text joins the group whose member it resembles most, above the threshold (single link).
 */

/** Function words and pronouns: pairs made only of these say nothing about the need. */
const STOP = new Set([...'的了我是在有和就都也很一个这那他她它们家里想要能不没人说到给把被还再吗呢吧啊呀']);
const DROP = /[\s\p{P}\p{S}0-9a-zA-Z]/gu;
const DROP_KEEP_DIGITS = /[\s\p{P}\p{S}a-zA-Z]/gu;

/**
 * The text's distinct character pairs, without punctuation, Latin letters, stop-word-only pairs and (unless kept, as
 * for addresses) digits.
 */
export function bigrams(text: string, options: { keepDigits?: boolean } = {}): Set<string> {
  const chars = [...text.replace(options.keepDigits ? DROP_KEEP_DIGITS : DROP, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    if (!(STOP.has(chars[i]!) && STOP.has(chars[i + 1]!))) out.add(pair);
  }
  return out;
}

/**
 * Dice coefficient of two bigram sets, 0…1; 0 when they share fewer than `minShared` pairs (one shared pair in two
 * short texts is chance, e.g. 老人).
 */
export function similarity(a: Set<string>, b: Set<string>, minShared = 2): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared < minShared ? 0 : (2 * shared) / (a.size + b.size);
}

/** Short needs share few pairs: 耳朵听不见了，想配一个助听器 / 听力不好，想申请助听器补贴 score 0.17. */
export const GROUP_THRESHOLD = 0.15;

export type TextGroup<T> = { keywords: string[]; items: T[] };

/**
 * Groups items by the similarity of `textOf(item)`, keeping the input order inside each group; groups come largest
 * first. Keywords: pairs found in at least half of the group's texts and in at least two (a group of one has none,
 * so no single person's words name a group).
 */
export function groupTexts<T>(items: readonly T[], textOf: (item: T) => string, threshold = GROUP_THRESHOLD) {
  const groups: { members: { item: T; grams: Set<string> }[] }[] = [];
  for (const item of items) {
    const grams = bigrams(textOf(item));
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const g of groups) {
      const score = Math.max(...g.members.map((m) => similarity(m.grams, grams)));
      if (score >= bestScore) [best, bestScore] = [g, score];
    }
    if (best) best.members.push({ item, grams });
    else groups.push({ members: [{ item, grams }] });
  }
  return groups
    .map((g): TextGroup<T> => ({
      keywords: keywordsOf(g.members.map((m) => m.grams)),
      items: g.members.map((m) => m.item),
    }))
    .sort((a, b) => b.items.length - a.items.length);
}

function keywordsOf(sets: Set<string>[], max = 4): string[] {
  if (sets.length < 2) return [];
  const counts = new Map<string, number>();
  for (const s of sets) for (const g of s) counts.set(g, (counts.get(g) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(sets.length / 2));
  return [...counts.entries()]
    .filter(([, n]) => n >= need)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([g]) => g);
}
