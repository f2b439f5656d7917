#!/usr/bin/env node
/**
 * CI's last word on personal data in logs: searches every file under test-output/ (jest JSON reports, server logs
 * the test harness writes there under CI, the fault test's server log) for the personal-data sentinel prefix that
 * tests put in names, addresses, descriptions, notes and file names. Any hit means a personal value reached test
 * output — a log line, an error message or a report — and the scan fails naming file and line.
 *
 * Usage: node scripts/scan-log-sentinels.js [dir]   (default test-output; exit 0 clean, 1 found, 2 nothing to scan)
 * The prefix is read from test/server/support/sentinels.ts, its only definition.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const HELPER = path.join(ROOT, 'test/server/support/sentinels.ts');

function sentinelPrefix() {
  const match = /export const SENTINEL_PREFIX = '([A-Z]{6,})';/.exec(fs.readFileSync(HELPER, 'utf8'));
  if (!match) throw new Error(`no SENTINEL_PREFIX in ${path.relative(ROOT, HELPER)}`);
  return match[1];
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** Hits as { file, line, excerpt } (excerpt cut around the hit, so a report never prints a whole log line). */
function scan(dir, prefix) {
  const hits = [];
  for (const file of filesUnder(dir)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const at = text.indexOf(prefix);
      if (at >= 0) hits.push({ file, line: i + 1, excerpt: text.slice(Math.max(0, at - 60), at + 60) });
    });
  }
  return hits;
}

function main(argv) {
  const dir = path.resolve(argv[2] ?? path.join(ROOT, 'test-output'));
  const prefix = sentinelPrefix();
  const files = fs.existsSync(dir) ? filesUnder(dir) : [];
  if (files.length === 0) {
    process.stderr.write(`log sentinel scan: no files under ${dir} (a scan of nothing proves nothing)\n`);
    return 2;
  }
  const hits = scan(dir, prefix);
  for (const hit of hits.slice(0, 50))
    process.stderr.write(`${path.relative(process.cwd(), hit.file)}:${hit.line}: …${hit.excerpt}…\n`);
  if (hits.length > 0) {
    process.stderr.write(
      `log sentinel scan: ${hits.length} line(s) with personal-data sentinels (${prefix}) in test output\n`,
    );
    return 1;
  }
  process.stdout.write(
    `log sentinel scan: ${files.length} file(s) under ${path.relative(process.cwd(), dir) || '.'}, no ${prefix}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv);

module.exports = { sentinelPrefix, scan };
