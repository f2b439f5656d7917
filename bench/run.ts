/**
 * `npm run bench`: starts the ceilings and the real server (PostgreSQL when DATABASE_URL is set, else PGlite on disk),
 * load-tests every scenario at 10 and 50 connections, prints a table and writes bench/results/latest.json.
 * Env: BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 2), BENCH_ONLY=name,name, DATABASE_URL,
 * BENCH_PROCESSES (server processes, WEB_CONCURRENCY; default 1, more needs DATABASE_URL).
 * Exits non-zero when any scenario saw non-2xx responses or errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Api } from './lib/api';
import { checkpoint, describeUrl } from './lib/db';
import { measure } from './lib/load';
import { cleanupAll, installSignalHandlers, isInterrupted, treeCpuTimeMs } from './lib/proc';
import { fillRatios, formatTable, newReport, toResult, writeReport, type ScenarioResult } from './lib/report';
import { ROOT, startTarget, targetKey, type DbConfig } from './lib/targets';
import { CONNECTIONS, scenarios, type Scenario } from './scenarios';

const RESULTS_DIR = path.join(ROOT, 'bench/results');
const RESULTS_FILE = path.join(RESULTS_DIR, 'latest.json');

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of seconds, got "${raw}"`);
  return n;
}

/** BENCH_ONLY picks scenarios by name; the ceilings they compare with are always measured too. */
function selectScenarios(): Scenario[] {
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (only.length === 0) return scenarios;
  const unknown = only.filter((n) => !scenarios.some((s) => s.name === n));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_ONLY: unknown scenario(s) ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
    );
  const wanted = new Set(only);
  for (const s of scenarios) if (wanted.has(s.name) && s.ceiling) wanted.add(s.ceiling);
  return scenarios.filter((s) => wanted.has(s.name));
}

/** BENCH_PROCESSES: how many server processes `server` targets run (WEB_CONCURRENCY); PGlite is one process. */
function serverProcesses(db: DbConfig): number {
  const raw = process.env.BENCH_PROCESSES ?? '';
  const n = raw === '' ? 1 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error(`BENCH_PROCESSES must be 1–16, got "${raw}"`);
  if (n > 1 && db.kind !== 'postgres')
    throw new Error('BENCH_PROCESSES > 1 needs DATABASE_URL: the embedded PGlite database is one process');
  return n;
}

/** The child's structured (pino JSON) log lines; the welcome banner and other plain text are left out. */
function logLines(output: string): string[] {
  return output.split('\n').filter((l) => l.startsWith('{') && l.includes('"level"'));
}

async function main(): Promise<number> {
  const durationSec = seconds('BENCH_DURATION', 10);
  const warmupSec = seconds('BENCH_WARMUP', 2);
  if (durationSec <= 0) throw new Error('BENCH_DURATION must be > 0');
  const selected = selectScenarios();
  const adminUrl = process.env.DATABASE_URL;
  const db: DbConfig = adminUrl ? { kind: 'postgres', adminUrl } : { kind: 'pglite' };
  const processes = serverProcesses(db);
  const report = newReport(db.kind);
  const [load1] = os.loadavg();
  if (load1! > report.machine.cpus * 0.5)
    console.warn(
      `warning: load average ${load1!.toFixed(1)} on ${report.machine.cpus} CPUs — something else is running; compare ratios, not absolute numbers`,
    );
  console.log(
    `bench: db=${db.kind}${adminUrl ? ` (${describeUrl(adminUrl)}, throwaway databases)` : ' (on disk, temp dirs)'}, ` +
      `${durationSec}s per run after ${warmupSec}s warm-up, connections ${CONNECTIONS.join(' and ')}, ${processes} server process${processes > 1 ? 'es' : ''}, ${report.machine.cpus} CPUs, node ${report.machine.node}`,
  );

  // One target process at a time, so idle targets never share the CPUs with the one under load;
  // a scenario with fixtures gets its own server with only those fixtures loaded.
  const keyOf = (s: Scenario) => targetKey(s.target, s.fixtures, s.env);
  const targets = [...new Map(selected.map((s) => [keyOf(s), s])).values()];
  const results: ScenarioResult[] = [];
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  for (const first of targets) {
    const key = keyOf(first);
    const target = await startTarget(first.target, db, first.fixtures, processes, first.env);
    if (db.kind === 'postgres') await checkpoint(db.adminUrl);
    const api = new Api(target.baseUrl);
    try {
      for (const scenario of selected.filter((s) => keyOf(s) === key)) {
        for (const connections of scenario.connections ?? CONNECTIONS) {
          if (isInterrupted()) return 130;
          // setup before every run, so a long BENCH_DURATION never outlives e.g. a 10-minute access token
          const prepared = scenario.setup ? await scenario.setup(api, { seconds: warmupSec + durationSec }) : {};
          const headers = prepared.headers ?? {};
          const body = prepared.body ?? scenario.body;
          const { requestHeaders } = prepared;
          // one request by hand first: a wrong path or body fails here with the server's answer
          await api
            .with({ ...headers, ...requestHeaders?.() })
            .post(scenario.path, typeof body === 'function' ? body() : body);
          const spec = { url: target.baseUrl + scenario.path, headers, body, requestHeaders };
          const m = await measure(spec, connections, durationSec, warmupSec, () => treeCpuTimeMs(target.child.pid));
          if (isInterrupted()) return 130;
          const result = toResult(scenario.name, scenario.ceiling, m);
          results.push(result);
          const codes = Object.entries(m.statusCodes)
            .map(([code, n]) => `${code}×${n}`)
            .join(' ');
          console.log(
            `  ${scenario.name} @${connections}: ${Math.round(m.reqPerSec)} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.cpuMsPerReq ?? '?'} cpu ms/req` +
              (m.non2xx || m.errors ? `  !! non2xx ${m.non2xx} errors ${m.errors} (${codes})` : '') +
              (scenario.tolerate && m.statusCodes[scenario.tolerate.status]
                ? ` — ${scenario.tolerate.status} tolerated: ${scenario.tolerate.why}`
                : ''),
          );
        }
      }
    } finally {
      // let requests cut off by the end of the last run finish, so shutdown does not race them
      await new Promise((r) => setTimeout(r, 1000));
      await target.child.stop();
      const logFile = path.join(RESULTS_DIR, `${key}.log`);
      fs.writeFileSync(logFile, target.child.output());
      const logged = logLines(target.child.output());
      if (logged.length > 0) {
        console.log(
          `  ${key} logged ${logged.length} line(s) at warn or above (see ${path.relative(process.cwd(), logFile)}); last ones:`,
        );
        for (const line of logged.slice(-3)) console.log(`    ${line.slice(0, 160)}…`);
      }
    }
  }

  fillRatios(results);
  report.scenarios = results;
  writeReport(report, RESULTS_FILE);
  console.log(`\n${formatTable(results)}\n\nwritten: ${path.relative(process.cwd(), RESULTS_FILE)}`);

  // a scenario may tolerate a few answers of a status it explains (counted in non2xx all the same), at most 1% of requests
  const unexplained = (r: ScenarioResult) => {
    const scenario = selected.find((s) => s.name === r.name);
    const tolerated = Object.entries(r.statusCodes ?? {})
      .filter(([code]) => scenario?.tolerate?.status === Number(code))
      .reduce((n, [, c]) => n + c, 0);
    return tolerated <= r.reqPerSec * r.durationSec * 0.01 ? r.non2xx - tolerated : r.non2xx;
  };
  const failed = results.filter((r) => unexplained(r) > 0 || r.errors > 0);
  if (failed.length > 0) {
    console.error(
      `\nFAILED: non-2xx responses or errors in ${failed.map((r) => `${r.name}@${r.connections}`).join(', ')}`,
    );
    return 1;
  }
  return 0;
}

installSignalHandlers();
main()
  .catch((err: unknown) => {
    console.error(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  })
  .then(async (code) => {
    await cleanupAll();
    process.exit(code);
  });
