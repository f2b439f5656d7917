/**
 * POST /api/attachments: what is stored (re-encoded, no EXIF/GPS, orientation applied, PDFs rebuilt, UUID keys,
 * sanitised names) and what is refused with nothing stored (401, 400, 413, 415, 429), plus the staged-upload purge.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { eq } from 'drizzle-orm';
import { MAX_ATTACHMENT_BYTES } from '../../shared/schemas/attachments';
import { attachments } from '../../server/src/db/schema-applications';
import { purgeStagedUploads } from '../../server/src/features/attachments/cleanup.job';
import { storageFromEnv } from '../../server/src/features/attachments/storage';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import {
  countAttachments,
  jpegWithGps,
  pdf,
  pixel,
  png,
  pngBomb,
  readStored,
  storedFiles,
  storedState,
  upload,
  useDataDir,
} from './support/attachments';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir } });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let resident: Awaited<ReturnType<typeof buildSession>>;
beforeAll(async () => {
  resident = await buildSession(t, { displayName: '张阿姨' });
});

const rowOf = async (id: string) => (await t.deps.db.select().from(attachments).where(eq(attachments.id, id)))[0]!;

/** Sends `send()` and asserts the refusal (status + code) left no row and no file behind. */
async function expectRefused(
  send: () => PromiseLike<{ status: number; body: { code?: string; details?: { field: string }[] } }>,
  status: number,
  code: string,
) {
  const before = await storedState(t, dataDir);
  const res = await send();
  expect([res.status, res.body.code]).toEqual([status, code]);
  expect(await storedState(t, dataDir)).toEqual(before);
  return res.body;
}

describe('stored uploads', () => {
  it('re-encodes a JPEG: no EXIF, GPS or serial left, orientation applied to the pixels', async () => {
    const original = await jpegWithGps(64, 32);
    expect((await sharp(original).metadata()).orientation).toBe(6);
    expect(original.includes(Buffer.from('SN-0042'))).toBe(true);

    const res = await upload(t, resident.accessToken, original, 'IMG_0001.JPG');
    expect(res.status).toBe(201);
    const data = res.body.data;
    expect(data).toEqual({
      id: expect.stringMatching(UUID),
      kind: 'image',
      mime: 'image/jpeg',
      bytes: expect.any(Number),
      name: 'IMG_0001.JPG',
    });

    const row = await rowOf(data.id);
    expect(row).toMatchObject({
      applicationId: null,
      purpose: 'application',
      uploadedByUserId: resident.userId,
      bytes: data.bytes,
      kind: 'image',
    });
    expect(row.storageKey).toMatch(UUID);
    expect(row.storageKey).not.toBe(row.id);
    const stored = readStored(dataDir, row.storageKey);
    expect(stored.length).toBe(data.bytes);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 32, height: 64 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    for (const marker of ['Exif', 'SN-0042', 'SpyCam']) expect(stored.includes(Buffer.from(marker))).toBe(false);
    // orientation 6 turns the red left half into the top half
    const [top, bottom] = [await pixel(stored, 16, 8), await pixel(stored, 16, 56)];
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
  });

  it('re-encodes a PNG and drops a ZIP appended to a JPEG (polyglot)', async () => {
    const pngRes = await upload(t, resident.accessToken, await png(), 'screenshot.png');
    expect(pngRes.status).toBe(201);
    expect(pngRes.body.data).toMatchObject({ kind: 'image', mime: 'image/png', name: 'screenshot.png' });
    const webp = await upload(
      t,
      resident.accessToken,
      await sharp(await png())
        .webp()
        .toBuffer(),
      'sticker.webp',
    );
    expect([webp.status, webp.body.data?.mime]).toEqual([201, 'image/webp']);
    expect((await sharp(readStored(dataDir, (await rowOf(webp.body.data.id)).storageKey)).metadata()).format).toBe(
      'webp',
    );

    const zip = Buffer.concat([
      Buffer.from('PK\u0003\u0004', 'latin1'),
      Buffer.alloc(64, 7),
      Buffer.from('evil.html<script>', 'latin1'),
    ]);
    const polyglot = Buffer.concat([
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer(),
      zip,
    ]);
    const res = await upload(t, resident.accessToken, polyglot, 'photo.jpeg');
    expect(res.status).toBe(201);
    const stored = readStored(dataDir, (await rowOf(res.body.data.id)).storageKey);
    expect(stored.includes(Buffer.from('PK\u0003\u0004', 'latin1'))).toBe(false);
    expect(stored.includes(Buffer.from('<script>'))).toBe(false);
  });

  it('stores a PDF rebuilt from its pages (attachments-pdf.test.ts has the details), and takes a file without an extension by its content', async () => {
    const res = await upload(t, resident.accessToken, pdf(), '低保证明.pdf', { purpose: 'application' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      kind: 'pdf',
      mime: 'application/pdf',
      bytes: expect.any(Number),
      name: '低保证明.pdf',
    });
    const stored = readStored(dataDir, (await rowOf(res.body.data.id)).storageKey);
    expect(stored.length).toBe(res.body.data.bytes);
    expect(stored.equals(pdf())).toBe(false);
    expect((await PDFDocument.load(stored)).getPageCount()).toBe(1);

    const bare = await upload(t, resident.accessToken, await png(), 'blob');
    expect([bare.status, bare.body.data?.name]).toEqual([201, 'blob.png']);
  });

  it('keeps only a sanitised name: no path, no control characters; the file lives under a UUID', async () => {
    const res = await upload(t, resident.accessToken, await png(), '..\\..\\etc/pass\twd\u202e<>.png', {
      purpose: 'visit',
    });
    expect(res.status).toBe(201);
    expect(res.body.data.name).toBe('passwd.png');
    const row = await rowOf(res.body.data.id);
    expect(row.purpose).toBe('visit');
    for (const file of storedFiles(dataDir)) expect(file).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
  });

  it('lets the uploader download a staged file as an attachment; nobody else', async () => {
    const res = await upload(t, resident.accessToken, pdf(), '病历 <1>.pdf');
    const id = res.body.data.id as string;
    const own = await t
      .api()
      .get(`/api/attachments/${id}`)
      .set('Authorization', `Bearer ${resident.accessToken}`)
      .buffer(true);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"]*\.pdf"; filename\*=UTF-8''%E7%97%85%E5%8E%86/,
    );
    expect(own.headers['cache-control']).toMatch(/no-store/);
    expect(Buffer.from(own.body).equals(readStored(dataDir, (await rowOf(id)).storageKey))).toBe(true);

    const other = await buildSession(t);
    expect(
      (await t.api().get(`/api/attachments/${id}`).set('Authorization', `Bearer ${other.accessToken}`)).status,
    ).toBe(404);
    expect((await t.api().get(`/api/attachments/${id}`)).status).toBe(401);
    expect(
      (await t.api().get('/api/attachments/not-a-uuid').set('Authorization', `Bearer ${resident.accessToken}`)).status,
    ).toBe(404);
  });
});

describe('refused with nothing stored', () => {
  it('401 without a token, before the body is read', async () => {
    await expectRefused(() => upload(t, undefined, pdf(), 'a.pdf'), 401, 'UNAUTHENTICATED');
    await expectRefused(() => upload(t, 'garbage.token.here', pdf(), 'a.pdf'), 401, 'UNAUTHENTICATED');
  });

  it('415 for a PNG named .pdf, HTML named .jpg, a PNG named .exe, a text file, and an iPhone HEIC', async () => {
    await expectRefused(
      async () => upload(t, resident.accessToken, await png(), 'scan.pdf'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    await expectRefused(
      () => upload(t, resident.accessToken, Buffer.from('<html><script>alert(1)</script></html>'), 'photo.jpg'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    await expectRefused(
      async () => upload(t, resident.accessToken, await png(), 'setup.exe'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    await expectRefused(
      async () => upload(t, resident.accessToken, Buffer.from('just some text'), 'notes.txt'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(64),
    ]);
    const body = await expectRefused(
      () => upload(t, resident.accessToken, heic, 'IMG_1234.HEIC'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    expect((body as { message: string }).message).toContain('HEIC');
  });

  it('415 for a body that is not multipart', async () => {
    await expectRefused(
      () => post(t, 'attachments', { file: 'x' }, resident.accessToken).then((r) => r),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('413 for 11 MB (declared length), and for a chunked body that grows past 10 MB', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0);
    big.write('%PDF-1.4\n', 0, 'latin1');
    const body = await expectRefused(() => upload(t, resident.accessToken, big, 'big.pdf'), 413, 'FILE_TOO_LARGE');
    expect((body as { message: string }).message).toContain('10 MB');

    const before = await storedState(t, dataDir);
    const started = process.memoryUsage().rss;
    const res = await chunkedUpload(resident.accessToken, MAX_ATTACHMENT_BYTES + 512 * 1024);
    expect([res.status, res.body.code]).toEqual([413, 'FILE_TOO_LARGE']);
    expect(process.memoryUsage().rss - started).toBeLessThan(64 * 1024 * 1024);
    expect(await storedState(t, dataDir)).toEqual(before);
  });

  it('413 for a pixel bomb (PNG header claiming 20000×20000), answered without decoding it', async () => {
    const bomb = await pngBomb(20000, 20000);
    const started = Date.now();
    await expectRefused(() => upload(t, resident.accessToken, bomb, 'bomb.png'), 413, 'FILE_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2000);
    await expectRefused(
      async () => upload(t, resident.accessToken, await pngBomb(10000, 7000), 'big.png'),
      413,
      'FILE_TOO_LARGE',
    );
  });

  it('400 FILE_DAMAGED for a cut-off JPEG and a PDF without its end marker', async () => {
    const jpeg = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer();
    await expectRefused(
      () => upload(t, resident.accessToken, Buffer.concat([jpeg.subarray(0, 300), Buffer.alloc(200, 0x55)]), 'cut.jpg'),
      400,
      'FILE_DAMAGED',
    );
    await expectRefused(() => upload(t, resident.accessToken, pdf().subarray(0, 60), 'cut.pdf'), 400, 'FILE_DAMAGED');
  });

  it('400 naming the field: no file, an empty file, two files, a bad purpose, an unknown field', async () => {
    const field = (b: unknown) => (b as { details: { field: string }[] }).details[0]!.field;
    const noFile = t
      .api()
      .post('/api/attachments')
      .set('Authorization', `Bearer ${resident.accessToken}`)
      .field('purpose', 'application');
    expect(field(await expectRefused(() => noFile, 400, 'VALIDATION_FAILED'))).toBe('file');
    expect(
      field(
        await expectRefused(
          () => upload(t, resident.accessToken, Buffer.alloc(0), 'empty.pdf'),
          400,
          'VALIDATION_FAILED',
        ),
      ),
    ).toBe('file');
    const two = async () =>
      t
        .api()
        .post('/api/attachments')
        .set('Authorization', `Bearer ${resident.accessToken}`)
        .attach('file', await png(), 'a.png')
        .attach('file', pdf(), 'b.pdf');
    expect(field(await expectRefused(two, 400, 'VALIDATION_FAILED'))).toBe('file');
    expect(
      field(
        await expectRefused(
          () => upload(t, resident.accessToken, pdf(), 'a.pdf', { purpose: 'selfie' }),
          400,
          'VALIDATION_FAILED',
        ),
      ),
    ).toBe('purpose');
    expect(
      field(
        await expectRefused(
          () => upload(t, resident.accessToken, pdf(), 'a.pdf', { fields: { applicationId: 'x' } }),
          400,
          'VALIDATION_FAILED',
        ),
      ),
    ).toBe('applicationId');
  });

  it('429 after 60 uploads in an hour by one user; another user is not affected', async () => {
    const busy = await buildSession(t);
    const small = await png(4, 4);
    for (let i = 0; i < 60; i++) expect((await upload(t, busy.accessToken, small, `p${i}.png`)).status).toBe(201);
    const res = await expectRefused(() => upload(t, busy.accessToken, small, 'one-more.png'), 429, 'RATE_LIMITED');
    expect(res).toBeTruthy();
    expect((await upload(t, resident.accessToken, small, 'mine.png')).status).toBe(201);
  });
});

describe('purge of abandoned staged uploads', () => {
  it('deletes rows and files staged more than 24 h ago, and nothing else', async () => {
    expect((await upload(t, resident.accessToken, pdf(), 'old.pdf')).status).toBe(201);
    const rowsBefore = await countAttachments(t);
    expect(storedFiles(dataDir)).toHaveLength(rowsBefore);
    // a day and an hour later: every upload of this file is an abandoned staged one
    const later = { ...t.deps, clock: { now: () => new Date(t.clock.now().getTime() + 25 * 3600_000) } };
    expect(await purgeStagedUploads(later, storageFromEnv(t.deps.env))).toBe(rowsBefore);
    expect(await countAttachments(t)).toBe(0);
    expect(storedFiles(dataDir)).toEqual([]);

    const kept = await upload(t, resident.accessToken, pdf(), 'kept.pdf');
    expect(await purgeStagedUploads(t.deps, storageFromEnv(t.deps.env))).toBe(0);
    expect((await rowOf(kept.body.data.id)).id).toBe(kept.body.data.id);
  });
});

/** Streams `bytes` of a PDF-looking file with Transfer-Encoding: chunked (no Content-Length) to a real listening server. */
async function chunkedUpload(token: string, bytes: number): Promise<{ status: number; body: { code?: string } }> {
  const server = http.createServer(t.app.callback()).listen(0);
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise((resolve, reject) => {
      const boundary = 'zlboundary42';
      const req = http.request(
        {
          port,
          method: 'POST',
          path: '/api/attachments',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
            'Transfer-Encoding': 'chunked',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', reject);
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      );
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
  } finally {
    server.close();
  }
}

describe('OpenAPI', () => {
  it('documents the multipart upload and the download, both behind a bearer token', async () => {
    const doc = (await t.api().get('/api/openapi.json')).body;
    const up = doc.paths['/api/attachments'].post;
    expect(up.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(up.requestBody.content)).toEqual(['multipart/form-data']);
    expect(up.requestBody.content['multipart/form-data'].schema).toMatchObject({
      required: ['file'],
      properties: { purpose: { enum: ['application', 'visit'] } },
    });
    expect(Object.keys(up.responses).sort()).toEqual(['201', '400', '401', '413', '415', '429', '500', '503']);
    expect(up.responses['201'].content['application/json'].schema.properties.data.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'mime', 'bytes', 'name']),
    );
    const down = doc.paths['/api/attachments/{id}'].get;
    expect(down.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(down.responses)).toEqual(expect.arrayContaining(['200', '401', '404']));
    expect(doc.info.description).toContain('FILE_TOO_LARGE (413)');
  });
});
