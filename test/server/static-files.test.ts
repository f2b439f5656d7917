/**
 * The H5 build served at `/`: files, the index.html fallback for client routes, and paths that try to leave the
 * folder (`..` encoded or not, NUL bytes, broken percent-encoding), which answer a plain 404 and log no error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { useTestApp } from './support/harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-static-'));
fs.mkdirSync(path.join(dir, 'h5', 'js'), { recursive: true });
fs.writeFileSync(path.join(dir, 'h5', 'index.html'), '<!doctype html><title>助联</title>');
fs.writeFileSync(path.join(dir, 'h5', 'js', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(dir, 'h5', 'js', 'app.js.br'), zlib.brotliCompressSync('console.log(1)'));
fs.writeFileSync(path.join(dir, 'secret.json'), '{"secret": "outside the static folder"}');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const t = useTestApp({ env: { STATIC_DIR: path.join(dir, 'h5') } });

const errorsLogged = () => t.logs.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

describe('static files', () => {
  it('sends the precompressed copy to a browser that accepts it, and says the answer varies by encoding', async () => {
    const br = await t.api().get('/js/app.js').set('Accept-Encoding', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(br.text).toBe('console.log(1)'); // supertest decodes it
    const plain = await t.api().get('/js/app.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe('console.log(1)');
  });

  it('serves files and falls back to index.html for client routes', async () => {
    expect((await t.api().get('/js/app.js')).text).toBe('console.log(1)');
    for (const route of ['/', '/pages/mine/index', '/nope.txt']) {
      const res = await t.api().get(route);
      expect([route, res.status, res.text]).toEqual([route, 200, '<!doctype html><title>助联</title>']);
    }
  });

  it.each([
    '/..%2f..%2fpackage.json',
    '/..%2fsecret.json',
    '/%2e%2e/secret.json',
    '/%2e%2e%2fsecret.json',
    '/js/..%2f..%2fsecret.json',
    '/js/%2e%2e/%2e%2e/secret.json',
    '/..%5csecret.json',
    '/%00',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/%',
  ])('GET %s answers 404 without the file and without an error log', async (url) => {
    const before = errorsLogged().length;
    const res = await t.api().get(url);
    expect([url, res.status]).toEqual([url, 404]);
    expect(res.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(res.text).not.toMatch(/outside the static folder|"name": "zhulian"|Malicious|at \S+ \(/);
    expect(errorsLogged().length).toBe(before);
  });

  it('the reported case exactly: 404, not 500', async () => {
    expect((await t.api().get('/..%2f..%2fpackage.json')).status).toBe(404);
    expect(errorsLogged()).toEqual([]);
  });
});
