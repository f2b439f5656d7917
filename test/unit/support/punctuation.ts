/**
 * Finds ASCII punctuation where Chinese text should have full-width punctuation (，。：；？！“”（）): in the string
 * literals, template text and JSX text of TypeScript sources (comments and code are not read), and in CSV cells.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const HAN = String.raw`\p{Script=Han}`;
/** Each rule: a pattern over one piece of text, and what it means. */
export const RULES: { pattern: RegExp; says: string }[] = [
  { pattern: new RegExp(`${HAN}[ \\t]*[,;?!]`, 'u'), says: 'ASCII , ; ? ! after Chinese' },
  { pattern: new RegExp(`[,:;?!][ \\t]*${HAN}`, 'u'), says: 'ASCII , : ; ? ! before Chinese' },
  { pattern: new RegExp(`${HAN}:`, 'u'), says: 'ASCII colon after Chinese' },
  {
    pattern: new RegExp(`${HAN}[ \\t]*\\(|\\([ \\t]*${HAN}|${HAN}[ \\t]*\\)|\\)[ \\t]*${HAN}`, 'u'),
    says: 'ASCII ( ) next to Chinese',
  },
  { pattern: new RegExp(`${HAN}"|"${HAN}`, 'u'), says: 'ASCII " next to Chinese' },
];

export type Finding = { file: string; line: number; text: string; says: string };

/** Addresses keep their ASCII characters. */
const URL = /https?:\/\/\S+/g;

export function punctuationProblems(text: string): string[] {
  const prose = text.replace(URL, ' ');
  return RULES.filter((r) => r.pattern.test(prose)).map((r) => r.says);
}

/** The text pieces of a TypeScript/TSX source with their line numbers. */
export function textPieces(file: string, source: string): { line: number; text: string }[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function scanFile(file: string, cells?: (content: string) => string[]): Finding[] {
  const content = fs.readFileSync(file, 'utf8');
  const pieces = cells ? cells(content).map((text) => ({ line: 0, text })) : textPieces(file, content);
  return pieces.flatMap(({ line, text }) =>
    punctuationProblems(text).map((says) => ({ file, line, text: text.slice(0, 80), says })),
  );
}

export function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(p, test);
    return test(e.name) ? [p] : [];
  });
}
