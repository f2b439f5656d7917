/**
 * Applies the committed migrations. On PostgreSQL an advisory lock serialises concurrent starts,
 * so several server processes booting at once migrate exactly once. A database that already has the newest
 * migration is left alone without any DDL, so a server role that may not create or alter anything (README, Audit)
 * starts once the owner has migrated.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PoolClient } from 'pg';
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
    if (await upToDate(client)) return;
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
}

/**
 * True when drizzle's journal table already records the newest committed migration (drizzle's own test: a
 * migration is pending when its folder time is after the last recorded `created_at`). Any error (no such table,
 * no right to read it) means "not known to be up to date", and drizzle's migrator then runs as before.
 */
async function upToDate(client: PoolClient): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ when: number }>;
  };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  try {
    const { rows } = await client.query<{ last: string | null }>(
      'select max(created_at)::text as last from drizzle.__drizzle_migrations',
    );
    return rows[0]?.last != null && Number(rows[0].last) >= newest;
  } catch {
    return false;
  }
}
