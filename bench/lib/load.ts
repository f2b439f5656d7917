/** One autocannon run (warm-up, then the measured run) for a scenario, reduced to the numbers we report. */
import autocannon from 'autocannon';
import { onCleanup } from './proc';
import type { Json } from './api';

export type LoadSpec = {
  url: string;
  headers: Record<string, string>;
  body: Json | (() => Json);
  /** Extra headers made fresh for every request (a rotating token, a new Idempotency-Key…). */
  requestHeaders?: () => Record<string, string>;
};

export type Measurement = {
  connections: number;
  durationSec: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** CPU time the target process spent per completed request (PGlite runs inside it; a PostgreSQL server does not). */
  cpuMsPerReq: number | null;
  /** Status code → count, for the failure message. */
  statusCodes: Record<string, number>;
};

function options(spec: LoadSpec, connections: number, duration: number): autocannon.Options {
  const headers = { 'content-type': 'application/json', ...spec.headers };
  const { body, requestHeaders } = spec;
  const base = { url: spec.url, connections, duration, timeout: 10, method: 'POST', headers };
  if (typeof body !== 'function' && !requestHeaders) return { ...base, body: JSON.stringify(body) };
  // a fresh body and/or fresh headers for every request
  const bodyOf = typeof body === 'function' ? () => JSON.stringify(body()) : () => JSON.stringify(body);
  const headersOf = requestHeaders ? () => ({ ...headers, ...requestHeaders() }) : () => headers;
  return {
    ...base,
    requests: [{ method: 'POST', headers, setupRequest: (req) => ({ ...req, headers: headersOf(), body: bodyOf() }) }],
  };
}

async function run(opts: autocannon.Options): Promise<autocannon.Result> {
  const instance = autocannon(opts);
  const stop = onCleanup(() => instance.stop()); // Ctrl-C stops the run; stopping a finished run is a no-op
  try {
    return await instance;
  } finally {
    await stop();
  }
}

/** `cpuTime` reads the target process's CPU time (ms) so far, or null where it cannot be read. */
export async function measure(
  spec: LoadSpec,
  connections: number,
  durationSec: number,
  warmupSec: number,
  cpuTime: () => number | null,
): Promise<Measurement> {
  if (warmupSec > 0) await run(options(spec, connections, warmupSec));
  const cpuBefore = cpuTime();
  const r = await run(options(spec, connections, durationSec));
  const cpuAfter = cpuTime();
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    connections,
    durationSec: r.duration,
    // completed requests over the measured time (autocannon's per-second average drops partial seconds)
    reqPerSec: Math.round((r.requests.total / r.duration) * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    cpuMsPerReq:
      cpuBefore === null || cpuAfter === null || r.requests.total === 0
        ? null
        : Math.round(((cpuAfter - cpuBefore) / r.requests.total) * 1000) / 1000,
    statusCodes,
  };
}
