/** Throwaway PostgreSQL databases for one bench run: created from DATABASE_URL, dropped on cleanup. */
import pg from 'pg';
import { onCleanup } from './proc';

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Writes every dirty page out now (needs a superuser or pg_checkpoint), so no checkpoint spreads an earlier target's
 * writes over the next one's measured requests. Best effort: a role without the right only loses that steadiness.
 */
export async function checkpoint(adminUrl: string): Promise<void> {
  await admin(adminUrl, (c) => c.query('checkpoint')).catch(() => undefined);
}

/** Creates database `name` on the server of `adminUrl` and returns a URL pointing at it. */
export async function createThrowawayDb(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name: ${name}`);
  await admin(adminUrl, (c) => c.query(`create database "${name}"`));
  onCleanup(() =>
    admin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A short name for the database server, without credentials. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}
