/**
 * Everyday search queries: a query is segmented into terms (dictionary words, else character bigrams), stop
 * phrases such as 怎么申请 are dropped, and each term matches any of its forms (the term and its synonyms).
 * Terms are ORed; the server ranks by how much of the query a row covers (search-score.repo.ts). Pure, so the
 * client could use it for highlights too.
 */
import { DICTIONARY, NOT_THE_SAME, STOP_CHARS, STOP_PHRASE_SET, formsOf } from './search-synonyms';
import { indexTokens, quoteLexeme, splitRuns } from './search-tokens';

export type QueryTerm = {
  /** The part of the query this term stands for (lowercase). */
  term: string;
  /** What counts as a match: the term itself first, then its synonyms. */
  forms: string[];
  /** How much of the query the term covers (characters). */
  weight: number;
  /** Longer words whose occurrences of a form do not count as a title hit (低保 inside 低保边缘). */
  notInside: string[];
};

const MAX_TERMS = 12;
const LONGEST_WORD = Math.max(...[...DICTIONARY].map((w) => Array.from(w).length));

function termOf(term: string, weight: number): QueryTerm {
  const forms = formsOf(term);
  // e.g. 最低生活保障 has the form 低保, which must not count inside 低保边缘 either
  const notInside = [...new Set(forms.flatMap((f) => NOT_THE_SAME[f] ?? []))].filter((w) => !forms.includes(w));
  return { term, forms, weight, notInside };
}

/** Splits one Han run: longest dictionary word at each position; unknown stretches become bigram terms. */
function segmentHan(text: string, out: QueryTerm[]): void {
  const chars = Array.from(text);
  let unknown: string[] = [];
  const flush = () => {
    if (unknown.length === 1) out.push(termOf(unknown[0]!, 1));
    else
      for (let i = 0; i + 1 < unknown.length; i++)
        out.push(termOf(unknown[i]! + unknown[i + 1]!, unknown.length / (unknown.length - 1)));
    unknown = [];
  };
  for (let i = 0; i < chars.length;) {
    let word: string | null = null;
    for (let len = Math.min(LONGEST_WORD, chars.length - i); len >= 2 && !word; len--) {
      const candidate = chars.slice(i, i + len).join('');
      if (DICTIONARY.has(candidate)) word = candidate;
    }
    if (word) {
      flush();
      if (!STOP_PHRASE_SET.has(word)) out.push(termOf(word, Array.from(word).length));
      i += Array.from(word).length;
    } else {
      const ch = chars[i++]!;
      // particles and pronouns separate unknown stretches ("房子的事" is not about "子的")
      if (STOP_CHARS.has(ch)) {
        flush();
        out.push(termOf(ch, 0));
      } else unknown.push(ch);
    }
  }
  flush();
}

/**
 * The terms of a query. Single characters only count when nothing longer is left to match on, and
 * particles never do. Empty when there is nothing to search for (punctuation, or only stop phrases).
 */
export function parseQuery(q: string): QueryTerm[] {
  const raw: QueryTerm[] = [];
  for (const run of splitRuns(q)) {
    if (run.kind === 'word') raw.push(termOf(run.text, Math.min(run.text.length, 4)));
    else segmentHan(run.text, raw);
  }
  const meaningful = raw.filter((t) => t.weight > 0);
  const hasLonger = meaningful.some((t) => t.term.length > 1);
  const kept = hasLonger ? meaningful.filter((t) => t.term.length > 1) : meaningful;
  const seen = new Set<string>();
  return kept.filter((t) => !seen.has(t.term) && seen.add(t.term)).slice(0, MAX_TERMS);
}

/** The lexemes of one form's phrase, in index positions (bigram where there is one); empty when none. */
export function formLexemes(form: string): string[] {
  const atPos = new Map<number, string>();
  for (const { lexeme, pos } of indexTokens(form)) {
    const current = atPos.get(pos);
    // prefer the bigram (2 Han chars) over the unigram at the same position
    if (!current || Array.from(lexeme).length > Array.from(current).length) atPos.set(pos, lexeme);
  }
  const lexemes = [...atPos.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
  // the last character is already in the bigram before it
  const [prev, last] = lexemes.slice(-2);
  if (prev && last && Array.from(prev).length === 2 && prev.endsWith(last)) lexemes.pop();
  return lexemes;
}

/** A tsquery phrase for one form: its lexemes (formLexemes) joined by <->. */
export function formTsquery(form: string): string | null {
  const lexemes = formLexemes(form);
  return lexemes.length === 0 ? null : lexemes.map(quoteLexeme).join(' <-> ');
}

/** The tsquery of one term: any of its forms. */
export function termTsquery(term: QueryTerm): string {
  const parts = term.forms.map(formTsquery).filter((p): p is string => p !== null);
  return parts.map((p) => `(${p})`).join(' | ');
}

/** The tsquery of the whole query (any term), or null when there is nothing to search for. */
export function queryTsquery(terms: QueryTerm[]): string | null {
  const parts = terms.map(termTsquery).filter((p) => p !== '');
  return parts.length === 0 ? null : parts.map((p) => `(${p})`).join(' | ');
}

/** Every form of every term, for highlighting matches in the text shown. */
export function highlightTerms(terms: QueryTerm[]): string[] {
  return [...new Set(terms.flatMap((t) => t.forms.map((f) => f.toLowerCase())))];
}

/** Whether `text` holds `form` outside every word in `notInside` (lowercased). */
function holds(text: string, form: string, notInside: string[]): boolean {
  const clean = notInside.reduce((t, w) => t.split(w).join(''), text.toLowerCase());
  return clean.includes(form.toLowerCase());
}

/**
 * The search score of a short row scored in the app (providers: name and description), on the same scale as
 * the SQL score (search-score.repo.ts): 100 × title coverage (0.7 for a synonym) + 10 × text coverage. 0 when
 * nothing matches.
 */
export function scoreText(terms: QueryTerm[], title: string, text: string): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0) || 1;
  let titleCover = 0;
  let textCover = 0;
  for (const t of terms) {
    const [typed, ...synonyms] = t.forms;
    if (holds(title, typed!, t.notInside)) titleCover += t.weight;
    else if (synonyms.some((f) => holds(title, f, t.notInside))) titleCover += 0.7 * t.weight;
    if (t.forms.some((f) => holds(`${title} ${text}`, f, []))) textCover += t.weight;
  }
  return (100 * titleCover + 10 * textCover) / total;
}
