/**
 * Fixed statements for hot paths (issue 15): SQL text written once with `$1…` parameters, so no query builder runs
 * per request. Outside a transaction on PostgreSQL a statement runs as a named prepared statement straight on the
 * pool (parsed and planned once per pooled connection; one round trip, its own implicit transaction). Inside a
 * transaction, and on PGlite, it goes through drizzle like any other raw SQL. The SQL itself lives in repositories.
 */
import { sql, type SQL } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { Database, Db } from './client';

export type Statement = { name: string; text: string };

/** The statement as drizzle SQL with `values` bound in place of `$1…` (for a transaction, or PGlite). */
export function boundSql(statement: Statement, values: readonly unknown[]): SQL {
  const parts = statement.text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1]}`));
  return sql.join(chunks);
}

/**
 * Runs `statement` and returns its rows: through `tx` when given, else on its own (PostgreSQL: named prepared
 * statement on the pool, atomic as one statement is).
 */
export async function runStatement<T extends Record<string, unknown>>(
  database: Database,
  tx: Db | null,
  statement: Statement,
  values: readonly unknown[],
): Promise<T[]> {
  if (!tx && database.kind === 'postgres') {
    try {
      const result = await database.raw.query<T>({ name: statement.name, text: statement.text, values: [...values] });
      return result.rows;
    } catch (err) {
      // the shape drizzle gives every other failed query (its text for the log's statement name; values never logged)
      throw new DrizzleQueryError(statement.text, [...values], err instanceof Error ? err : undefined);
    }
  }
  return (await (tx ?? database.db).execute<T>(boundSql(statement, values))).rows;
}

/** The PostgreSQL error code and constraint of a driver error (bare, or wrapped by drizzle as its `cause`). */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
  }
  return {};
}
