import { formTsquery, highlightTerms, parseQuery, queryTsquery } from '../../shared/domain/search-query';
import { formsOf } from '../../shared/domain/search-synonyms';

const terms = (q: string) => parseQuery(q).map((t) => t.term);

describe('everyday query parsing', () => {
  it('drops stop phrases and keeps the subject', () => {
    expect(terms('低保怎么申请')).toEqual(['低保']);
    expect(terms('我想找工作')).toEqual(['找工作']);
    expect(terms('请问公租房在哪里办理')).toEqual(['公租房']);
    expect(terms('怎么申请')).toEqual([]);
    expect(terms('&|!():*')).toEqual([]);
  });

  it('segments by the longest dictionary word and falls back to bigrams for unknown text', () => {
    expect(terms('住房补贴')).toEqual(['住房', '补贴']);
    expect(terms('宇宙飞船')).toEqual(['宇宙', '宙飞', '飞船']);
    expect(terms('我家老人吃饭困难')).toEqual(['老人', '吃饭', '困难']);
  });

  it('keeps single characters only when nothing longer is left, and never particles', () => {
    expect(terms('鲸')).toEqual(['鲸']);
    expect(terms('鲸):* | !湾')).toEqual(['鲸', '湾']);
    expect(terms('房子的事')).toEqual(['房子']);
    expect(terms('的')).toEqual([]);
  });

  it('expands synonyms both ways for equivalents and one way for everyday words', () => {
    expect(formsOf('低保')).toEqual(['低保', '最低生活保障']);
    expect(formsOf('最低生活保障')).toContain('低保');
    expect(formsOf('看病')).toEqual(expect.arrayContaining(['医疗']));
    expect(formsOf('医疗')).not.toContain('看病');
    expect(parseQuery('低保')[0]!.notInside).toEqual(['低保边缘']);
    expect(parseQuery('最低生活保障')[0]!.notInside).toEqual(['低保边缘']);
    expect(parseQuery('低边')[0]!.notInside).toEqual([]);
  });

  it('builds phrase tsqueries in index positions, quoting hostile text', () => {
    expect(formTsquery('低保')).toBe("'低保'");
    expect(formTsquery('最低生活')).toBe("'最低' <-> '低生' <-> '生活'");
    expect(formTsquery('60岁')).toBe("'60' <-> '岁'");
    expect(formTsquery('鲸')).toBe("'鲸'");
    expect(queryTsquery(parseQuery("低保' | '"))).toBe(
      "(('低保') | ('最低' <-> '低生' <-> '生活' <-> '活保' <-> '保障'))",
    );
    expect(queryTsquery([])).toBeNull();
  });

  it('highlights every form', () => {
    expect(highlightTerms(parseQuery('低保'))).toEqual(['低保', '最低生活保障']);
  });
});
