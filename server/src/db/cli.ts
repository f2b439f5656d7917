/**
 * Database commands: `migrate`, `seed`, `verify-audit` (walks the audit hash chain; exit 1 if broken).
 * Uses the same environment as the server (DATABASE_URL or PGlite under DATA_DIR).
 */
import { openDatabaseFromEnv } from '../boot';
import { isDemoMode, loadEnv } from '../env';
import { verifyAuditChain } from '../features/audit/audit.repo';
import { createLogger } from '../lib/logger';
import { runMigrations } from './migrate';
import { seed } from './seed';

async function main(command: string | undefined): Promise<number> {
  const env = loadEnv();
  const database = await openDatabaseFromEnv(env, createLogger('warn'));
  try {
    await runMigrations(database);
    if (command === 'migrate') {
      process.stdout.write(`migrations applied (${database.kind})\n`);
    } else if (command === 'seed') {
      process.stdout.write(`${JSON.stringify(await seed(database.db, { demo: isDemoMode(env) }))}\n`);
    } else if (command === 'verify-audit') {
      const result = await verifyAuditChain(database.db);
      process.stdout.write(result.brokenAt === null ? `audit chain intact: ${result.rows} rows\n` : `audit chain BROKEN at id ${result.brokenAt} after ${result.rows} good rows\n`);
      return result.brokenAt === null ? 0 : 1;
    } else {
      process.stderr.write('usage: cli.ts migrate | seed | verify-audit\n');
      return 2;
    }
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
