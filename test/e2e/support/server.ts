/**
 * Starts the built server exactly as `npm start` does (node build/server/src/main.js), on a free port
 * with a fresh data dir, and waits for /readyz.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const SERVER_ENTRY = path.join(ROOT, 'build/server/src/main.js');
const H5_INDEX = path.join(ROOT, 'dist/h5/index.html');

export type RunningServer = { baseUrl: string; dataDir: string; stop: () => Promise<void>; output: () => string };

const BUILDS = {
  h5: [H5_INDEX, 'dist/h5 (run `npm run build:h5`)'],
  weapp: [path.join(ROOT, 'dist/weapp/app.json'), 'dist/weapp (run `npm run build:weapp`)'],
  server: [SERVER_ENTRY, 'build/server (run `npm run build:server`)'],
} as const;

/** Fails with an actionable message when the builds a suite relies on are missing. */
export function assertBuildsExist(targets: (keyof typeof BUILDS)[] = ['h5', 'server']): void {
  const missing = targets.filter((t) => !fs.existsSync(BUILDS[t][0])).map((t) => BUILDS[t][1]);
  if (missing.length > 0) {
    throw new Error(`e2e needs the builds first; missing: ${missing.join(', ')}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The child's environment: the caller's, minus what would change `npm start` behaviour under jest. */
function childEnv(port: number, dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.NODE_ENV; // jest sets "test"; npm start leaves it unset
  delete env.WECHAT_APP_ID; // dev login (used below) is only offered without WeChat credentials
  delete env.WECHAT_APP_SECRET;
  delete env.STATIC_DIR;
  delete env.JWT_KEYS;
  delete env.FIELD_ENCRYPTION_KEY;
  delete env.FIELD_ENCRYPTION_KEYS;
  delete env.FIELD_BLIND_INDEX_KEY;
  env.LOG_LEVEL ??= 'warn';
  env.DEMO_MODE = 'true'; // what `npm start` sets on PGlite (scripts/start.js): the journeys log in as demo accounts
  return { ...env, ...extra };
}

async function waitForReady(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${output()}`);
}

/** `env` adds to (and wins over) the cleaned environment, e.g. WeChat credentials pointing at a stub. */
export async function startServer({
  env = {},
  timeoutMs = 90_000,
}: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhulian-e2e-data-'));
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: childEnv(port, dataDir, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(baseUrl, child, output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, stop, output };
}

/** POST /api/<name> for test setup and cross-checks. */
export async function api<T>(baseUrl: string, name: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data: T };
  if (!body.ok) throw new Error(`${name} failed: ${JSON.stringify(body)}`);
  return body.data;
}
