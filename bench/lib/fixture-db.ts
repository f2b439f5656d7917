/**
 * Direct access to a target server's database for bulk fixtures, opened while the server is stopped
 * (PGlite allows one process per data dir). One connection, no statement timeout (index builds on 1M rows).
 */
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type FixtureDb = {
  kind: 'postgres' | 'pglite';
  /** One SQL statement with `$1…` parameters; returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Drizzle over the same connection, for writes that must go through the app's own SQL builders. */
  drizzle: PgDatabase<PgQueryResultHKT>;
  close(): Promise<void>;
};

/** `env` is the server's: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite under DATA_DIR/pglite, as boot.ts opens it). */
export async function openFixtureDb(env: Record<string, string>): Promise<FixtureDb> {
  if (env.DATABASE_URL) {
    const pg = (await import('pg')).default;
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    return {
      kind: 'postgres',
      query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
      drizzle: drizzle(client) as unknown as PgDatabase<PgQueryResultHKT>,
      close: () => client.end(),
    };
  }
  if (!env.DATA_DIR) throw new Error('fixture db: neither DATABASE_URL nor DATA_DIR');
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create({ dataDir: path.resolve(env.DATA_DIR, 'pglite') });
  return {
    kind: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    drizzle: drizzle(client) as unknown as PgDatabase<PgQueryResultHKT>,
    close: () => client.close(),
  };
}
