/**
 * UI copy and seed content use full-width punctuation between Chinese characters (house style): every string of
 * the client, the shared vocabulary and errors, the server's messages, and the seed data is scanned.
 */
import path from 'node:path';
import { parseCsv } from '../../server/src/db/seed/csv';
import { filesUnder, punctuationProblems, scanFile, textPieces, type Finding } from './support/punctuation';

const ROOT = path.join(__dirname, '../..');
const isSource = (name: string) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts');
const SOURCES = ['client', 'shared', 'server/src'].flatMap((d) => filesUnder(path.join(ROOT, d), isSource));
const CSVS = filesUnder(path.join(ROOT, 'server/src/db/seed'), (n) => n.endsWith('.csv'));

const report = (findings: Finding[]) =>
  findings.map((f) => `${path.relative(ROOT, f.file)}:${f.line} ${f.says}: ${f.text}`);

describe('full-width punctuation in Chinese text', () => {
  it('finds what it is meant to find, and leaves values and Latin text alone', () => {
    for (const bad of [
      '请稍等,马上好',
      '年龄:65',
      '怎么办?',
      '材料(复印件)',
      '点击"提交"',
      '规则内容(JSON)',
      '好的!',
    ]) {
      expect([bad, punctuationProblems(bad).length > 0]).toEqual([bad, true]);
    }
    for (const good of [
      '请稍等，马上好',
      '年龄：65',
      '怎么办？',
      '材料（复印件）',
      '点击“提交”',
      'a, b: c (d)',
      '14:30 开始',
    ]) {
      expect([good, punctuationProblems(good)]).toEqual([good, []]);
    }
  });

  it('reads strings, template text and JSX text, not comments', () => {
    const pieces = textPieces(
      'x.tsx',
      "// 注释,不算\nconst a = '一,二';\nconst b = `三${a}四?`;\nconst c = <Text>五(六)</Text>;\n",
    ).map((p) => p.text);
    expect(pieces).toEqual(expect.arrayContaining(['一,二', '四?', '五(六)']));
    expect(pieces.join('')).not.toContain('注释');
  });

  it(`scans ${SOURCES.length} client, shared and server sources: none has ASCII punctuation in Chinese text`, () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(report(SOURCES.flatMap((f) => scanFile(f)))).toEqual([]);
  });

  it('scans the seed CSV cells too (not the English provenance notes: source, coord_note)', () => {
    expect(CSVS.length).toBeGreaterThan(0);
    const NOTES = new Set(['source', 'coord_note']);
    const cells = (content: string) =>
      parseCsv(content).flatMap((row) =>
        Object.entries(row)
          .filter(([column]) => !NOTES.has(column))
          .map(([, value]) => String(value)),
      );
    expect(report(CSVS.flatMap((f) => scanFile(f, cells)))).toEqual([]);
  });
});
