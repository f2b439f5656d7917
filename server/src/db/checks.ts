/**
 * CHECK constraints spelled from the shared enums (shared/domain, shared/schemas), so the database refuses a
 * value the TypeScript type (`text().$type<…>()`) does not allow, and the two cannot drift apart.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

function quoted(values: readonly string[]): SQL {
  for (const v of values)
    if (!/^[a-z_]+$/i.test(v)) throw new Error(`enum value ${JSON.stringify(v)} cannot be spelled in a CHECK`);
  return sql.raw(values.map((v) => `'${v}'`).join(','));
}

/** `col in ('a','b',…)`. NULL passes, as in every CHECK, so a nullable column stays nullable. */
export const isOneOf = (col: AnyPgColumn, values: readonly string[]): SQL => sql`${col} in (${quoted(values)})`;

/** Every element of a `text[]` column is one of `values` (an empty array passes). */
export const allOneOf = (col: AnyPgColumn, values: readonly string[]): SQL =>
  sql`${col} <@ array[${quoted(values)}]::text[]`;
