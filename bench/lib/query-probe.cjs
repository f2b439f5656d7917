/**
 * BENCH_QUERY_PROBE=1: preloaded into the server (node --require) to count and time every SQL statement that
 * goes through node-postgres (PostgreSQL only). Written to $QUERY_PROBE_FILE as JSON when the server exits:
 * per statement text, calls and total/mean round-trip milliseconds (from the client's call to its answer,
 * so it includes waiting in the client's own queue). Bench-only profiling aid.
 */
'use strict';
const fs = require('node:fs');
const pg = require('pg');

const stats = new Map();
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function probedQuery(config) {
  const text = typeof config === 'string' ? config : config && config.text;
  if (typeof text !== 'string' || (config && typeof config.submit === 'function'))
    return original.apply(this, arguments);
  const started = process.hrtime.bigint();
  const done = () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 300);
    const s = stats.get(key) || { calls: 0, totalMs: 0 };
    s.calls += 1;
    s.totalMs += ms;
    stats.set(key, s);
  };
  // pg.Pool#query passes a callback (client.query(text, values, cb)); drizzle's transactions use the promise form
  const args = [...arguments];
  const cbIndex = args.findIndex((a) => typeof a === 'function');
  if (cbIndex >= 0) {
    const cb = args[cbIndex];
    args[cbIndex] = function probedCallback() {
      done();
      return cb.apply(this, arguments);
    };
    return original.apply(this, args);
  }
  const result = original.apply(this, args);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

process.on('exit', () => {
  const file = process.env.QUERY_PROBE_FILE;
  if (!file) return;
  const rows = [...stats].map(([sql, s]) => ({
    sql,
    calls: s.calls,
    totalMs: Math.round(s.totalMs),
    meanMs: Math.round((s.totalMs / s.calls) * 100) / 100,
  }));
  rows.sort((a, b) => b.totalMs - a.totalMs);
  fs.writeFileSync(file, JSON.stringify(rows, null, 2));
});
