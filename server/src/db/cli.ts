/**
 * Database commands: `migrate`, `seed`, `verify-audit` (walks the audit hash chain and checks it against the signed
 * checkpoints in AUDIT_CHECKPOINT_FILE; exit 1 if the chain is broken, truncated or altered, or a checkpoint is forged),
 * `seal-audit` (writes a checkpoint of the audit chains written since the newest checkpoint in the file, or of every
 * chain when there is none; features/audit/checkpoint.job.ts), `reencrypt [--reindex] [--batch N]` (features/crypto/reencrypt.job.ts: seals plain personal columns and re-seals
 * ciphertexts under the ring's first key; `--reindex` recomputes blind indexes; exit 1 if rows were left locked).
 * Uses the same environment as the server (DATABASE_URL or PGlite under DATA_DIR).
 */
import { openDatabaseFromEnv } from '../boot';
import { isDemoMode, loadEnv } from '../env';
import { checkpointFileOf } from '../features/audit/checkpoint';
import { createCheckpointer } from '../features/audit/checkpoint.job';
import { verifyAudit } from '../features/audit/verify';
import { reencryptAll } from '../features/crypto/reencrypt.job';
import { systemClock } from '../lib/clock';
import { createFieldCipher } from '../lib/crypto';
import { createLogger } from '../lib/logger';
import { loadAuditCheckpointKey, loadSecrets } from '../lib/secrets';
import { runMigrations } from './migrate';
import { seed } from './seed';

async function main(command: string | undefined, args: string[]): Promise<number> {
  const env = loadEnv();
  const database = await openDatabaseFromEnv(env, createLogger('warn'));
  try {
    await runMigrations(database);
    if (command === 'migrate') {
      process.stdout.write(`migrations applied (${database.kind})\n`);
    } else if (command === 'seed') {
      process.stdout.write(`${JSON.stringify(await seed(database.db, { demo: isDemoMode(env) }))}\n`);
      // a database from before encryption at rest: seal what is still plain (nothing to do on a fresh one)
      const sealed = await reencryptAll(database.db, createFieldCipher(loadSecrets(env).fieldKeys));
      process.stdout.write(`${JSON.stringify(sealed)}\n`);
    } else if (command === 'verify-audit') {
      const report = await verifyAudit(database.db, { file: checkpointFileOf(env), key: loadAuditCheckpointKey(env) });
      process.stdout.write(`${report.lines.join('\n')}\n`);
      return report.status === 'intact' ? 0 : 1;
    } else if (command === 'seal-audit') {
      const key = loadAuditCheckpointKey(env);
      const deps = { db: database.db, clock: systemClock, logger: createLogger('warn') };
      const checkpoint = await createCheckpointer(deps, { file: checkpointFileOf(env), key }).sealIfMoved();
      process.stdout.write(checkpoint ? `sealed ${checkpoint.heads.length} chain heads\n` : 'no chain moved\n');
    } else if (command === 'reencrypt') {
      const batchAt = args.indexOf('--batch');
      const batchSize = batchAt >= 0 ? Number(args[batchAt + 1]) : 200;
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch needs a positive integer');
      const cipher = createFieldCipher(loadSecrets(env).fieldKeys);
      const onBatch = (table: string, rows: number) => process.stdout.write(`${table}: ${rows} rows\n`);
      const report = await reencryptAll(database.db, cipher, {
        batchSize,
        reindex: args.includes('--reindex'),
        onBatch,
      });
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return report.pending.applications + report.pending.users === 0 ? 0 : 1;
    } else {
      process.stderr.write(
        'usage: cli.ts migrate | seed | verify-audit | seal-audit | reencrypt [--reindex] [--batch N]\n',
      );
      return 2;
    }
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
