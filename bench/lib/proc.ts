/**
 * Child processes, temp dirs and the cleanup registry. Everything the bench creates registers an undo here,
 * and the undos run on normal exit, on errors and on Ctrl-C / SIGTERM.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];
const children = new Set<ChildProcess>();

/** Registers an undo; returns a function that runs it early (once) and unregisters it. */
export function onCleanup(fn: Cleanup): () => Promise<void> {
  cleanups.push(fn);
  return async () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) {
      cleanups.splice(i, 1);
      await fn();
    }
  };
}

/** Runs every registered undo, newest first; never throws. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup failed: ${(err as Error).message}`);
    }
  }
}

let interrupted = false;
/** Ctrl-C / SIGTERM: clean up and exit 130. `exit`: last resort, SIGKILL whatever child is left. */
export function installSignalHandlers(): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping, cleaning up…`);
    void cleanupAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
}

export function isInterrupted(): boolean {
  return interrupted;
}

export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export type Child = {
  name: string;
  pid: number;
  /** The last ~64 KB the child wrote to stdout/stderr (shown when it fails). */
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
};

/** Starts `node <args>` with `env` merged over the current environment; its output is kept, not printed. */
export function spawnNode(name: string, args: string[], env: Record<string, string>, cwd?: string): Child {
  const proc = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(proc);
  let buf = '';
  const keep = (chunk: Buffer) => {
    buf = (buf + chunk.toString('utf8')).slice(-65_536);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const done = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.once('exit', () => children.delete(proc));
  const exited = () => proc.exitCode !== null || proc.signalCode !== null;
  const stop = onCleanup(async () => {
    if (exited()) return;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await done;
    clearTimeout(timer);
  });
  return { name, pid: proc.pid ?? -1, output: () => buf, exited, stop };
}

/** Polls `probe` until it resolves true; fails early if the child exits, or after `timeoutMs`. */
export async function waitUntil(child: Child, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exited()) throw new Error(`${child.name} exited before it was ready:\n${child.output()}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${child.name} not ready after ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let clockTicks: number | undefined;
/** CPU time (user + system, ms) a process has used so far, from /proc; null where /proc is missing (not Linux). */
export function cpuTimeMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks; // utime, stime (fields 14, 15)
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) of a process and its live children, e.g. a cluster primary and its workers (BENCH_PROCESSES > 1);
 * null where /proc is missing. A worker that exits during a run takes its time with it (none do in a healthy run).
 */
export function treeCpuTimeMs(pid: number): number | null {
  const own = cpuTimeMs(pid);
  if (own === null) return null;
  let children: number[];
  try {
    children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return own;
  }
  return children.reduce((sum, child) => sum + (cpuTimeMs(child) ?? 0), own);
}
