/**
 * Database commands: `migrate`, `seed`, `verify-audit` (walks the audit hash chain and checks it against the signed
 * checkpoints in AUDIT_CHECKPOINT_FILE; exit 1 if the chain is broken, truncated or altered, or a checkpoint is forged).
 * Uses the same environment as the server (DATABASE_URL or PGlite under DATA_DIR).
 */
import { openDatabaseFromEnv } from '../boot';
import { isDemoMode, loadEnv } from '../env';
import { checkpointFileOf } from '../features/audit/checkpoint';
import { verifyAudit } from '../features/audit/verify';
import { createLogger } from '../lib/logger';
import { loadAuditCheckpointKey } from '../lib/secrets';
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
      const report = await verifyAudit(database.db, { file: checkpointFileOf(env), key: loadAuditCheckpointKey(env) });
      process.stdout.write(`${report.lines.join('\n')}\n`);
      return report.status === 'intact' ? 0 : 1;
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
