/** The results file (bench/results/latest.json) and the table printed at the end of a run. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Measurement } from './load';

export type ScenarioResult = {
  name: string;
  connections: number;
  durationSec: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** CPU ms the target process used per request (not in the brief's format: an extra, noise-resistant measure). */
  cpuMsPerReq: number | null;
  ceiling: string | null;
  ratio: number | null;
  /** Answers by HTTP status (only when something other than 200 was seen). */
  statusCodes?: Record<string, number>;
};

export type Report = {
  db: 'postgres' | 'pglite';
  startedAt: string;
  machine: { cpus: number; node: string };
  scenarios: ScenarioResult[];
};

export function newReport(db: Report['db']): Report {
  return {
    db,
    startedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    scenarios: [],
  };
}

export function toResult(name: string, ceiling: string | null, m: Measurement): ScenarioResult {
  const { connections, durationSec, reqPerSec, p50Ms, p99Ms, non2xx, errors, cpuMsPerReq, statusCodes } = m;
  const result: ScenarioResult = {
    name,
    connections,
    durationSec,
    reqPerSec,
    p50Ms,
    p99Ms,
    non2xx,
    errors,
    cpuMsPerReq,
    ceiling,
    ratio: null,
  };
  if (non2xx > 0) result.statusCodes = statusCodes;
  return result;
}

/** ratio = req/s ÷ the ceiling's req/s at the same number of connections (null when not measured). */
export function fillRatios(results: ScenarioResult[]): void {
  for (const r of results) {
    if (!r.ceiling) continue;
    const c = results.find((x) => x.name === r.ceiling && x.connections === r.connections);
    r.ratio = c && c.reqPerSec > 0 ? Math.round((r.reqPerSec / c.reqPerSec) * 1000) / 1000 : null;
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function formatTable(results: ScenarioResult[]): string {
  const header = ['name', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'non2xx', 'errors', 'cpu ms/req', 'ratio'];
  const rows = results.map((r) => [
    r.name,
    String(r.connections),
    fmt(r.reqPerSec, 0),
    fmt(r.p50Ms),
    fmt(r.p99Ms),
    String(r.non2xx),
    String(r.errors),
    r.cpuMsPerReq === null ? '—' : fmt(r.cpuMsPerReq, 2),
    r.ratio === null ? '—' : `${fmt(r.ratio, 3)} of ${r.ceiling}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function writeReport(report: Report, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
