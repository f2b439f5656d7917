/**
 * The SQL of everyday search, shared by policies and services: match any query term, rank by how much of the
 * query a row covers. Terms and forms only ever reach SQL as bound parameters.
 *
 * score = 100 × title coverage + 10 × text coverage + ts_rank (capped below 1), where a coverage is the
 * weighted share of query terms found. A title counts a term fully when it holds the term as typed, 0.7 when
 * it holds only a synonym; occurrences inside a longer word that names something else do not count. So an
 * exact title term ranks first, then titles with synonyms, then rows that mention more of the query.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryTsquery, termTsquery, type QueryTerm } from '../../../../shared/domain/search-query';

/** Weight of a title that holds only a synonym of a term, relative to one holding the term as typed. */
const SYNONYM_TITLE_HIT = 0.7;

/** `title` with every occurrence of the given words removed (lowercased first). */
function titleWithout(title: SQL, words: string[]): SQL {
  return words.reduce((expr, w) => sql`replace(${expr}, ${w}, '')`, sql`lower(${title})`);
}

const holds = (title: SQL, form: string) => sql`(strpos(${title}, ${form.toLowerCase()}) > 0)`;

/** 1 when the title holds the term as typed, 0.7 when only a synonym, else 0. */
function titleHit(title: SQL, term: QueryTerm): SQL {
  const clean = titleWithout(title, term.notInside);
  const [typed, ...synonyms] = term.forms;
  const synonymHit = synonyms.length
    ? sql`when ${sql.join(
        synonyms.map((f) => holds(clean, f)),
        sql` or `,
      )} then ${SYNONYM_TITLE_HIT}::float8`
    : sql``;
  return sql`(case when ${holds(clean, typed!)} then 1::float8 ${synonymHit} else 0::float8 end)`;
}

/** The tsquery literal matching any term (bind it and cast with ::tsquery), or null when nothing to match. */
export function searchTsquery(terms: QueryTerm[]): string | null {
  return queryTsquery(terms);
}

/**
 * The score expression of a row. `matchVector` decides text coverage (a small vector keeps ranking cheap:
 * policies pass their title + summary `rank_vector`); `title` is the row's title or name column.
 */
export function searchScore(terms: QueryTerm[], title: SQL, matchVector: SQL): SQL {
  const total = terms.reduce((sum, t) => sum + t.weight, 0) || 1;
  const titleCover = sql.join(
    terms.map((t) => sql`${t.weight}::float8 * ${titleHit(title, t)}`),
    sql` + `,
  );
  const textCover = sql.join(
    terms.map((t) => sql`${t.weight}::float8 * (${matchVector} @@ ${termTsquery(t)}::tsquery)::int`),
    sql` + `,
  );
  const all = queryTsquery(terms);
  return sql`(100 * (${titleCover}) / ${total}::float8 + 10 * (${textCover}) / ${total}::float8
              + least(ts_rank(${matchVector}, ${all}::tsquery), 0.99))::float8`;
}
