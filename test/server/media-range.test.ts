/**
 * `/media/:name`: the sample replay video that ships with the server, with byte ranges so players seek (206 with
 * Content-Range), 416 for a range past the end, the whole file for a header it does not understand, and 404 for
 * anything that is not a shipped file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MEDIA_DIR } from '../../server/src/features/media/media.routes';
import { useTestApp } from './support/harness';

const t = useTestApp();
const FILE = fs.readFileSync(path.join(MEDIA_DIR, 'replay-sample.mp4'));
const SIZE = FILE.length;
const URL = '/media/replay-sample.mp4';

const get = (range?: string) => {
  const req = t.api().get(URL).responseType('blob');
  return range === undefined ? req : req.set('Range', range);
};

describe('GET /media/:name', () => {
  it('ships a small sample video (< 1 MB) and serves it whole with Accept-Ranges', async () => {
    expect(SIZE).toBeLessThan(1024 * 1024);
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(Number(res.headers['content-length'])).toBe(SIZE);
    expect(Buffer.compare(res.body as Buffer, FILE)).toBe(0);
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=100-', 100, SIZE - 1],
    ['bytes=-500', SIZE - 500, SIZE - 1],
    [`bytes=${SIZE - 10}-${SIZE + 1000}`, SIZE - 10, SIZE - 1],
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    const res = await get(range);
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${SIZE}`);
    expect(Number(res.headers['content-length'])).toBe(end - start + 1);
    expect(Buffer.compare(res.body as Buffer, FILE.subarray(start, end + 1))).toBe(0);
  });

  it.each([`bytes=${SIZE}-`, `bytes=${SIZE + 5}-${SIZE + 10}`, 'bytes=-0'])(
    'answers the unsatisfiable %s with 416 and the size',
    async (range) => {
      const res = await get(range);
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${SIZE}`);
    },
  );

  it.each(['items=0-5', 'bytes=abc', 'bytes=5-2', 'bytes=0-1,5-9'])(
    'sends the whole file for a range it does not serve (%s)',
    async (range) => {
      const res = await get(range);
      expect(res.status).toBe(200);
      expect(Number(res.headers['content-length'])).toBe(SIZE);
    },
  );

  it('honours If-Range: a stale validator gets the whole file, the current one the range', async () => {
    const { headers } = await get();
    const etag = String(headers.etag);
    expect((await get('bytes=0-9').set('If-Range', etag)).status).toBe(206);
    expect((await get('bytes=0-9').set('If-Range', '"old"')).status).toBe(200);
    expect((await t.api().get(URL).set('If-None-Match', etag)).status).toBe(304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await t.api().head(URL).set('Range', 'bytes=0-9');
    expect(res.status).toBe(206);
    expect(res.headers['content-length']).toBe('10');
  });

  it.each(['/media/nope.mp4', '/media/..%2fpackage.json', '/media/REPLAY.mp4', '/media/replay-sample.exe'])(
    '404s %s as JSON, not the H5 page',
    async (url) => {
      const res = await t.api().get(url);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    },
  );
});
