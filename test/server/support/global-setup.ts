import fs from 'node:fs';
import { Client } from 'pg';
import { openDatabase } from '../../../server/src/db/client';
import { runMigrations } from '../../../server/src/db/migrate';
import { seed } from '../../../server/src/db/seed';
import { CACHE_DIR, pgTemplateName, pgliteTemplatePath, withDatabase } from './template';

export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) return buildPostgresTemplate(url);
  const file = pgliteTemplatePath();
  if (fs.existsSync(file)) return;
  const database = await openDatabase({ dataDir: 'memory://' });
  await runMigrations(database);
  await seed(database.db, { demo: true });
  if (database.kind !== 'pglite') throw new Error('expected PGlite without DATABASE_URL');
  const dump = await database.raw.dumpDataDir('gzip');
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(`${file}.tmp`, file);
  await database.close();
}

async function buildPostgresTemplate(url: string): Promise<void> {
  const name = pgTemplateName();
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return;
    await admin.query(`drop database if exists ${name}_build`);
    await admin.query(`create database ${name}_build`);
    const database = await openDatabase({ url: withDatabase(url, `${name}_build`) });
    await runMigrations(database);
    await seed(database.db, { demo: true });
    await database.close();
    await admin.query(`alter database ${name}_build rename to ${name}`);
  } finally {
    await admin.end();
  }
}
