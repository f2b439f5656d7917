/** scripts/scan-log-sentinels.js, the CI step that searches all test output for personal-data sentinels. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SENTINEL_PREFIX, sentinel } from './support/sentinels';

const SCRIPT = path.join(__dirname, '../../scripts/scan-log-sentinels.js');
let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-scan-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const scan = () => spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
const write = (name: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};

describe('scan-log-sentinels', () => {
  it('reads the prefix from the one test helper that defines it', () => {
    expect((require(SCRIPT) as { sentinelPrefix: () => string }).sentinelPrefix()).toBe(SENTINEL_PREFIX);
  });

  it('passes clean output, in nested folders too', () => {
    write('test-pglite.json', JSON.stringify({ numPassedTests: 3, testResults: [] }));
    write('server-logs/a.test.ts.pglite.log', '{"level":50,"msg":"request failed","err":{"sqlstate":"55P03"}}\n');
    const res = scan();
    expect([res.status, res.stdout]).toEqual([0, expect.stringContaining('2 file(s)')]);
  });

  it('fails on a sentinel in any file, naming file and line', () => {
    write('test-postgres.json', JSON.stringify({ numPassedTests: 3 }));
    write(
      'server-logs/b.test.ts.postgres.log',
      `{"msg":"ok"}\n{"msg":"request failed","err":"Failed query params: ${sentinel('name')}"}\n`,
    );
    const res = scan();
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/server-logs\/b\.test\.ts\.postgres\.log:2:/);
    expect(res.stderr).toContain('1 line(s)');
  });

  it('fails when there is nothing to scan', () => {
    expect(scan().status).toBe(2);
  });
});
