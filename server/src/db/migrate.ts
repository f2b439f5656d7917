/**
 * Applies the committed migrations. On PostgreSQL an advisory lock serialises concurrent starts,
 * so several server processes booting at once migrate exactly once.
 */
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_DIR } from '../lib/paths';
import type { Database } from './client';

const MIGRATION_LOCK_ID = 774_201; // arbitrary, constant: "zhulian migrations"

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(drizzlePglite(database.raw), { migrationsFolder: MIGRATIONS_DIR });
    return;
  }
  const client = await database.raw.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
}
