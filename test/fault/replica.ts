/**
 * A throwaway streaming replica of the local PostgreSQL cluster for the read-replica test (issue 15.5):
 * pg_basebackup -R into a temporary directory (as the postgres OS user), its own small postgresql.conf and pg_hba.conf
 * (Debian keeps the cluster's in /etc), started with pg_ctl on a second port, stopped and deleted afterwards.
 * The primary must accept replication connections from 127.0.0.1: when its pg_hba.conf has no replication rule at
 * all, one `host replication all 127.0.0.1/32 trust` line is added and the configuration reloaded (said on stdout).
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './processes';
import { ADMIN_URL, postgresAvailability } from './support';

const run = promisify(execFile);

export type ReplicaAvailability = { ok: true; bin: string } | { ok: false; reason: string };

export function replicaAvailability(): ReplicaAvailability {
  const pg = postgresAvailability();
  if (!pg.ok) return pg;
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not root: cannot run pg_basebackup as the postgres user' };
  const bin = `/usr/lib/postgresql/${pg.cluster}/bin`;
  if (!fs.existsSync(path.join(bin, 'pg_basebackup'))) return { ok: false, reason: `no ${bin}/pg_basebackup` };
  return { ok: true, bin };
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Adds a replication rule for 127.0.0.1 to the primary's pg_hba.conf when it has none. */
async function allowReplication(): Promise<void> {
  await admin(async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `select count(*)::int as n from pg_hba_file_rules where 'replication' = any(database)`,
    );
    if (rows[0]!.n > 0) return;
    const { rows: file } = await c.query<{ hba_file: string }>('show hba_file');
    fs.appendFileSync(
      file[0]!.hba_file,
      '\n# added by the zhulian read-replica test\nhost replication all 127.0.0.1/32 trust\n',
    );
    await c.query('select pg_reload_conf()');
    process.stdout.write(`read-replica test: added a replication rule for 127.0.0.1 to ${file[0]!.hba_file}\n`);
  });
}

export type Replica = { url: (database: string) => string; stop: () => Promise<void> };

const SLOT_PREFIX = 'zhulian_replica_test_';

/** Drops this test's replication slots that no replica uses (left by a crashed run, they would keep WAL forever). */
const dropIdleSlots = () =>
  admin((c) =>
    c.query(
      `select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name like $1 and not active`,
      [`${SLOT_PREFIX}%`],
    ),
  );

/** Makes and starts the replica; resolves once it streams from the primary. */
export async function startReplica(bin: string): Promise<Replica> {
  await allowReplication();
  const primary = new URL(ADMIN_URL);
  const port = await freePort();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhulian-replica-'));
  const data = path.join(root, 'data');
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  fs.chownSync(root, uid, gid);
  const asPostgres = (cmd: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]);
  const ctl = (...args: string[]) => asPostgres('pg_ctl', ['-D', data, ...args]);
  // a replication slot keeps the WAL the replica still needs (a busy primary recycles it otherwise)
  const slot = `${SLOT_PREFIX}${process.pid}`;
  await dropIdleSlots();
  let started = false;
  const stop = async () => {
    if (started) await ctl('stop', '-m', 'immediate', '-w').catch(() => undefined);
    // the primary's walsender may hold the slot a moment after the replica stopped
    for (let i = 0; i < 20; i++) {
      await dropIdleSlots().catch(() => undefined);
      const left = await admin((c) => c.query('select 1 from pg_replication_slots where slot_name = $1', [slot]));
      if (left.rowCount === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  const log = () =>
    fs.existsSync(path.join(root, 'replica.log')) ? fs.readFileSync(path.join(root, 'replica.log'), 'utf8') : '';
  try {
    await asPostgres('pg_basebackup', [
      ...['-h', primary.hostname, '-p', primary.port || '5432', '-U', primary.username || 'postgres'],
      ...['-D', data, '-R', '-X', 'stream', '-c', 'fast', '--no-sync', '-C', '-S', slot],
    ]);
    const files = {
      'postgresql.conf': `port = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${root}'\nhot_standby = on\nshared_buffers = 16MB\n# throwaway: no fsync, so it starts without syncing the copied files\nfsync = off\n`,
      'pg_hba.conf': 'local all all trust\nhost all all 127.0.0.1/32 trust\n',
      'pg_ident.conf': '',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.writeFileSync(path.join(data, name), text);
      fs.chownSync(path.join(data, name), uid, gid);
    }
    await ctl('start', '-w', '-t', '120', '-l', path.join(root, 'replica.log')).catch((err: Error) => {
      throw new Error(`${err.message}\n${log()}`);
    });
    started = true;
    const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    for (const until = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 250))) {
      const c = new Client({ connectionString: url('postgres') });
      const streaming = await c
        .connect()
        .then(() => c.query<{ status: string }>('select status from pg_stat_wal_receiver'))
        .then((r) => r.rows[0]?.status === 'streaming')
        .catch(() => false)
        .finally(() => c.end().catch(() => undefined));
      if (streaming) break;
      if (Date.now() > until)
        throw new Error(`replica did not stream:\n${fs.readFileSync(path.join(root, 'replica.log'), 'utf8')}`);
    }
    return { url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
