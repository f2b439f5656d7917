/**
 * Starting what the scenarios hit, each in its own process: the two ceilings (run from source with tsx)
 * and the real server (the compiled build, started as `npm start` runs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadFixture, type FixtureName } from '../fixtures';
import type { TargetName } from '../scenarios';
import { createThrowawayDb } from './db';
import { freePort, makeTempDir, spawnNode, waitUntil, type Child } from './proc';

export const ROOT = path.resolve(__dirname, '../..');
const SERVER_MAIN_TS = path.join(ROOT, 'server/src/main.ts');
const SERVER_MAIN_JS = path.join(ROOT, 'build/server/src/main.js');

export type DbConfig = { kind: 'postgres'; adminUrl: string } | { kind: 'pglite' };

export type Target = { name: TargetName; baseUrl: string; child: Child };

/** One target process per target name, fixture set and server env, e.g. `server` and `server+applications-1m`. */
export const targetKey = (name: TargetName, fixtures?: FixtureName, env?: Record<string, string>) =>
  [name, ...(fixtures ? [fixtures] : []), ...Object.entries(env ?? {}).map(([k, v]) => `${k}=${v}`)].join('+');

/** Each started target gets its own database: a throwaway PostgreSQL database or a PGlite dir. */
let dbCounter = 0;
async function dbEnv(db: DbConfig, label: string): Promise<Record<string, string>> {
  if (db.kind === 'pglite') return { DATA_DIR: makeTempDir(`zhulian-bench-${label}`) };
  const name = `zhulian_bench_${process.pid}_${++dbCounter}_${label.replace(/\W/g, '_')}`;
  return { DATABASE_URL: await createThrowawayDb(db.adminUrl, name) };
}

async function httpStatus(url: string, init: RequestInit = {}): Promise<number> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
  await res.arrayBuffer();
  return res.status;
}

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Starts a target; for the server with `fixtures`: start (migrate + seed), stop, bulk-load, start again. `processes`: the server's WEB_CONCURRENCY. */
export async function startTarget(
  name: TargetName,
  db: DbConfig,
  fixtures?: FixtureName,
  processes = 1,
  serverEnv: Record<string, string> = {},
): Promise<Target> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  if (name === 'ceiling.koa') {
    const child = spawnNode(
      name,
      ['--import', 'tsx', path.join(ROOT, 'bench/ceilings/koa.ts')],
      { PORT: String(port) },
      ROOT,
    );
    await waitUntil(child, async () => (await httpStatus(`${baseUrl}/`, postJson({}))) === 200);
    return { name, baseUrl, child };
  }
  if (name === 'ceiling.koa-insert') {
    const env = { PORT: String(port), ...(await dbEnv(db, 'ceiling')) };
    const child = spawnNode(name, ['--import', 'tsx', path.join(ROOT, 'bench/ceilings/koa-insert.ts')], env, ROOT);
    await waitUntil(child, async () => (await httpStatus(`${baseUrl}/`, postJson({ name: 'probe', n: 0 }))) === 200);
    return { name, baseUrl, child };
  }
  if (name === 'ceiling.koa-select') {
    const env: Record<string, string> = { PORT: String(port), ...(await dbEnv(db, 'ceiling_select')) };
    if (process.env.BENCH_SELECT_ROWS) env.BENCH_SELECT_ROWS = process.env.BENCH_SELECT_ROWS;
    const child = spawnNode(name, ['--import', 'tsx', path.join(ROOT, 'bench/ceilings/koa-select.ts')], env, ROOT);
    // it generates its table first: allow minutes for 1 M rows
    await waitUntil(child, async () => (await httpStatus(`${baseUrl}/`, postJson({ grp: 0 }))) === 200, 600_000);
    return { name, baseUrl, child };
  }
  ensureServerBuilt();
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    STATIC_DIR: '',
    DEMO_MODE: 'true', // sessions come from the demo login (bench/lib/sessions.ts)
    // production does not check answers against their output schemas (NODE_ENV=production would refuse DEMO_MODE)
    OUTPUT_SCHEMA_CHECK: 'false',
    WEB_CONCURRENCY: String(processes), // BENCH_PROCESSES: node:cluster workers sharing the port
    // `submit` rotates over 256 residents at hundreds of submits a second: the per-user limits would answer 429
    SUBMIT_RATE_PER_HOUR: '1000000',
    SUBMIT_RATE_PER_DAY: '1000000',
    ...(await dbEnv(db, fixtures ? `server_${fixtures}` : 'server')),
    ...serverEnv, // a scenario's own settings (Scenario.env)
  };
  if (db.kind === 'postgres') env.DATA_DIR = makeTempDir('zhulian-bench-server'); // secrets etc. still live in DATA_DIR
  // BENCH_QUERY_PROBE=1 (PostgreSQL): count and time every statement, written to bench/results/queries-<target>.json
  const probe = process.env.BENCH_QUERY_PROBE === '1' && db.kind === 'postgres';
  if (probe)
    env.QUERY_PROBE_FILE = path.join(ROOT, 'bench/results', `queries-${targetKey(name, fixtures, serverEnv)}.json`);
  const args = probe ? ['--require', path.join(ROOT, 'bench/lib/query-probe.cjs'), SERVER_MAIN_JS] : [SERVER_MAIN_JS];
  // BENCH_CPU_PROF=1: V8 CPU profile of the server, written to bench/results/prof/ when it exits (open in Chrome DevTools)
  if (process.env.BENCH_CPU_PROF === '1')
    args.unshift('--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench/results/prof')}`);
  const start = async () => {
    const child = spawnNode('server', args, env, ROOT);
    await waitUntil(child, async () => (await httpStatus(`${baseUrl}/readyz`)) === 200, 120_000);
    return child;
  };
  let child = await start();
  if (fixtures) {
    await child.stop();
    await loadFixture(fixtures, env);
    child = await start();
  }
  return { name, baseUrl, child };
}

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.parentPath.includes('node_modules')) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build:server` when build/ is missing or older than server/src, shared/ or the tsconfigs. */
export function ensureServerBuilt(): void {
  if (!fs.existsSync(SERVER_MAIN_TS)) {
    throw new Error(
      `${path.relative(ROOT, SERVER_MAIN_TS)} does not exist yet: run only the ceilings with BENCH_ONLY=ceiling.koa,ceiling.koa-insert`,
    );
  }
  const built = fs.existsSync(SERVER_MAIN_JS) ? fs.statSync(SERVER_MAIN_JS).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'server/src')),
    newestMtime(path.join(ROOT, 'shared')),
    ...['server/tsconfig.json', 'server/tsconfig.build.json'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs),
  );
  if (built >= sources) return;
  console.log('build/ is missing or stale: npm run build:server …');
  const r = spawnSync('npm', ['run', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build:server failed (exit ${r.status})`);
}
