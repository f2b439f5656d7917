import {
  indexTokens,
  matchRanges,
  queryTokens,
  quoteLexeme,
  snippet,
  splitRuns,
  toTsqueryLiteral,
  toTsvectorLiteral,
} from '../../shared/domain/search-tokens';

describe('search tokens', () => {
  it('splits Han runs and lowercased ASCII word runs, dropping everything else', () => {
    expect(splitRuns('低保Ab12 标准!')).toEqual([
      { kind: 'han', text: '低保', start: 0 },
      { kind: 'word', text: 'ab12', start: 2 },
      { kind: 'han', text: '标准', start: 7 },
    ]);
  });

  it('indexes unigrams and bigrams of Han text and whole words, with positions', () => {
    expect(indexTokens('低保标').map((t) => `${t.lexeme}:${t.pos}`)).toEqual([
      '低:1',
      '低保:1',
      '保:2',
      '保标:2',
      '标:3',
    ]);
    expect(indexTokens('2024年').map((t) => t.lexeme)).toEqual(['2024', '年']);
  });

  it('queries one Han char as itself and longer runs as bigrams', () => {
    expect(queryTokens('保')).toEqual(['保']);
    expect(queryTokens('低保')).toEqual(['低保']);
    expect(queryTokens('低保标准')).toEqual(['低保', '保标', '标准']);
    expect(queryTokens('60岁')).toEqual(['60', '岁']);
    expect(queryTokens('2024年起')).toEqual(['2024', '年起']);
    expect(queryTokens('  ')).toEqual([]);
  });

  it('never lets operators, quotes or backslashes into a token', () => {
    const hostile = `低保' & !(x:*) | \\ "; drop table policies; --`;
    for (const t of queryTokens(hostile)) expect(t).toMatch(/^[\p{Script=Han}a-z0-9]+$/u);
    expect(queryTokens(`&|!():*\\'"`)).toEqual([]);
    expect(toTsqueryLiteral([])).toBeNull();
  });

  it('quotes lexemes for tsvector/tsquery input', () => {
    expect(quoteLexeme("a'b\\c")).toBe("'a''b\\\\c'");
    expect(toTsqueryLiteral(['低保', '60'])).toBe("'低保' & '60'");
    expect(toTsvectorLiteral('低保低', 'A')).toBe("'低':1A,3A '低保':1A '保':2A '保低':2A");
    expect(toTsvectorLiteral('', 'C')).toBe('');
  });

  it('finds merged match ranges, case-insensitively, whole words only', () => {
    expect(matchRanges('低保标准和低保', ['低保', '保标'])).toEqual([
      [0, 3],
      [5, 7],
    ]);
    expect(matchRanges('Wi-Fi 与 1600 元、60 岁', ['60', 'wi'])).toEqual([
      [0, 2],
      [15, 17],
    ]);
  });

  it('cuts a snippet around the first match with ranges relative to it', () => {
    const text = '甲'.repeat(100) + '低保' + '乙'.repeat(100);
    const s = snippet(text, ['低保'], 30)!;
    expect(s.text.startsWith('…')).toBe(true);
    const [start, end] = s.ranges[0]!;
    expect(s.text.slice(start, end)).toBe('低保');
    expect(snippet(text, ['丙'])).toBeNull();
  });
});
