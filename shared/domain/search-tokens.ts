/**
 * Chinese-friendly search tokens, computed in the app so search behaves the same on PGlite and PostgreSQL
 * without extensions. Han runs become character unigrams + bigrams; ASCII letter/digit runs stay whole
 * (lowercased); everything else (punctuation, quotes, tsquery operators, spaces) only separates runs.
 * Pure: used by the server to build tsvector/tsquery literals and highlights, and usable by the client.
 */

/** Longest latin/digit token kept (longer runs are cut, so a pasted blob cannot bloat the index). */
const MAX_WORD = 32;
/** PostgreSQL's highest tsvector position. */
const MAX_POS = 16383;
const HAN = /\p{Script=Han}/u;
const WORD = /[A-Za-z0-9]/;

export type Run = { kind: 'han' | 'word'; text: string; start: number };

/** Splits text into Han runs and ASCII letter/digit runs; `start` is the UTF-16 index in `text`. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current = null as Run | null;
  let index = 0;
  for (const ch of text) {
    const kind = HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : null;
    if (kind && current?.kind === kind) current.text += ch;
    else {
      if (current) runs.push(current);
      current = kind ? { kind, text: ch, start: index } : null;
    }
    index += ch.length;
  }
  if (current) runs.push(current);
  return runs.map((r) => (r.kind === 'word' ? { ...r, text: r.text.toLowerCase().slice(0, MAX_WORD) } : r));
}

/** Index tokens of a text with 1-based positions: every Han char and every Han bigram, every word run. */
export function indexTokens(text: string): { lexeme: string; pos: number }[] {
  const out: { lexeme: string; pos: number }[] = [];
  let pos = 0;
  for (const run of splitRuns(text)) {
    if (run.kind === 'word') {
      out.push({ lexeme: run.text, pos: Math.min(++pos, MAX_POS) });
      continue;
    }
    const chars = Array.from(run.text);
    chars.forEach((ch, i) => {
      const p = Math.min(++pos, MAX_POS);
      out.push({ lexeme: ch, pos: p });
      if (i + 1 < chars.length) out.push({ lexeme: ch + chars[i + 1], pos: p });
    });
  }
  return out;
}

/**
 * Query tokens, all of which must match: a single Han char → itself; a longer Han run → all its bigrams;
 * a word run → itself. Duplicates removed; at most `max` tokens.
 */
export function queryTokens(q: string, max = 40): string[] {
  const tokens = new Set<string>();
  for (const run of splitRuns(q)) {
    const chars = Array.from(run.text);
    if (run.kind === 'word' || chars.length === 1) tokens.add(run.text);
    else for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!);
  }
  return [...tokens].slice(0, max);
}

/** Quotes a lexeme for tsvector/tsquery input: inside single quotes, `'` is doubled and `\` escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** tsvector's limits: positions kept per lexeme. */
const MAX_NUM_POS = 256;

/** The positions of each lexeme of one field, as its tsvector literal stores them (ascending, at most 256). */
export function fieldPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const { lexeme, pos } of indexTokens(text)) {
    const list = positions.get(lexeme) ?? [];
    if (list.length < MAX_NUM_POS && list[list.length - 1] !== pos) list.push(pos);
    positions.set(lexeme, list);
  }
  return positions;
}

/** Weight letters as tsvector numbers them (D = 0 … A = 3). */
export const WEIGHT_INDEX = { A: 3, B: 2, C: 1, D: 0 } as const;

/**
 * The positions of `fields[0] || fields[1] || …` as PostgreSQL's tsvector concatenation builds them from the
 * fields' literals (toTsvectorLiteral): each field's positions are shifted by the highest position before it
 * (capped at 16383), a lexeme keeps at most 256 positions and none after one at 16383. A position is encoded
 * as `pos * 4 + weight index` (fits 16 bits), ascending per lexeme.
 */
export function vectorPositions(fields: { text: string; weight: 'A' | 'B' | 'C' | 'D' }[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let shift = 0;
  for (const { text, weight } of fields) {
    const w = WEIGHT_INDEX[weight];
    for (const [lexeme, ps] of fieldPositions(text)) {
      const list = out.get(lexeme) ?? [];
      for (const p of ps) {
        const last = list[list.length - 1];
        if (list.length >= MAX_NUM_POS || (last !== undefined && last >> 2 === MAX_POS)) break;
        list.push(Math.min(p + shift, MAX_POS) * 4 + w);
      }
      out.set(lexeme, list);
    }
    // the next field is shifted by the highest position of everything before it
    for (const list of out.values()) if (list.length > 0) shift = Math.max(shift, list[list.length - 1]! >> 2);
  }
  return out;
}

/** A tsvector literal of one field with one weight (A–D), e.g. `'低':1A '低保':1A`. Empty text → ''. */
export function toTsvectorLiteral(text: string, weight: 'A' | 'B' | 'C' | 'D'): string {
  const positions = fieldPositions(text);
  return [...positions]
    .map(([lexeme, ps]) => `${quoteLexeme(lexeme)}:${ps.map((p) => `${p}${weight}`).join(',')}`)
    .join(' ');
}

/** A tsquery literal ANDing the tokens, or null when there is nothing to search for. */
export function toTsqueryLiteral(tokens: string[]): string | null {
  return tokens.length === 0 ? null : tokens.map(quoteLexeme).join(' & ');
}

export type Range = [number, number];

/** Ranges [start, end) in `text` where any token occurs (ASCII case-insensitive), merged and sorted. */
export function matchRanges(text: string, tokens: string[]): Range[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const ranges: Range[] = [];
  for (const token of tokens) {
    if (!token) continue;
    const word = WORD.test(token[0]!);
    for (let at = lower.indexOf(token); at !== -1; at = lower.indexOf(token, at + 1)) {
      // a word token only matches a whole word run, as in the index ("60" is not inside "1600")
      const end = at + token.length;
      if (word && (WORD.test(lower[at - 1] ?? '') || WORD.test(lower[end] ?? ''))) continue;
      ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * A window of about `size` characters around the first match, with ranges relative to the window.
 * Returns null when nothing matches. Adds "…" where the text was cut (ranges account for it).
 */
export function snippet(text: string, tokens: string[], size = 60): { text: string; ranges: Range[] } | null {
  const all = matchRanges(text, tokens);
  if (all.length === 0) return null;
  let start = Math.max(0, all[0]![0] - Math.floor(size / 3));
  // never cut a surrogate pair
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  let end = Math.min(text.length, start + size);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end);
  const ranges = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s - start + prefix.length, e - start + prefix.length]);
  return { text: prefix + body + (end < text.length ? '…' : ''), ranges };
}
