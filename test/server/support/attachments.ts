/**
 * Attachment test helpers: a private DATA_DIR per test file (storage lands in DATA_DIR/attachments), multipart
 * uploads through the real app, hand-built images (a JPEG with orientation + GPS EXIF, a PNG whose header claims
 * 20000×20000 pixels) and counters for "nothing was stored".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../server/src/db/client';
import type { TestContext } from './harness';

/** A fresh temporary DATA_DIR for one test file, removed after it. Pass `env: { DATA_DIR: dir }` to useTestApp. */
export function useDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-attach-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every stored file (relative paths) under DATA_DIR/attachments. */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'attachments');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(root, p)).isFile())
    .sort();
}

export function readStored(dataDir: string, storageKey: string): Buffer {
  return fs.readFileSync(path.join(dataDir, 'attachments', storageKey.slice(0, 2), storageKey));
}

export async function countAttachments(t: TestContext): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.deps.db, sql`select count(*)::int as n from attachments`);
  return row!.n;
}

/** Rows and files together: what "nothing stored" compares. */
export async function storedState(t: TestContext, dataDir: string) {
  return { rows: await countAttachments(t), files: storedFiles(dataDir) };
}

export type UploadOptions = { purpose?: string; contentType?: string; fields?: Record<string, string> };

/** POST /api/attachments with one file in field `file`. */
export function upload(
  t: TestContext,
  token: string | undefined,
  data: Buffer,
  fileName: string,
  options: UploadOptions = {},
) {
  const req = t.api().post('/api/attachments');
  if (token) req.set('Authorization', `Bearer ${token}`);
  if (options.purpose) req.field('purpose', options.purpose);
  for (const [k, v] of Object.entries(options.fields ?? {})) req.field(k, v);
  return req.attach('file', data, {
    filename: fileName,
    contentType: options.contentType ?? 'application/octet-stream',
  });
}

/** A width×height image: left half red, right half blue. */
export function halves(width: number, height: number) {
  const left = {
    input: {
      create: { width: Math.floor(width / 2), height, channels: 3 as const, background: { r: 255, g: 0, b: 0 } },
    },
    left: 0,
    top: 0,
  };
  return sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 255 } } }).composite([left]);
}

export const png = (width = 32, height = 16) => halves(width, height).png().toBuffer();

/**
 * A JPEG whose EXIF says orientation 6 (display rotated 90° clockwise) and carries GPS coordinates
 * (30°16'N 120°8'E, Xihu), a camera make and a device serial.
 */
export async function jpegWithGps(width = 64, height = 32): Promise<Buffer> {
  const plain = await halves(width, height).jpeg({ quality: 95 }).toBuffer();
  return Buffer.concat([plain.subarray(0, 2), exifSegment(6), plain.subarray(2)]);
}

function exifSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(172);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number | string) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    if (typeof value === 'string') tiff.write(value, at + 8, 'latin1');
    else if (type === 3) tiff.writeUInt16LE(value, at + 8);
    else tiff.writeUInt32LE(value, at + 8);
  };
  // IFD0 at 8: Orientation, Make (offset 140), GPS IFD pointer (50)
  tiff.writeUInt16LE(3, 8);
  entry(10, 0x0112, 3, 1, orientation);
  entry(22, 0x010f, 2, 8, 140);
  entry(34, 0x8825, 4, 1, 50);
  tiff.writeUInt32LE(0, 46);
  // GPS IFD at 50: LatitudeRef, Latitude (offset 104), LongitudeRef, Longitude (offset 128)
  tiff.writeUInt16LE(4, 50);
  entry(52, 0x0001, 2, 2, 'N\0');
  entry(64, 0x0002, 5, 3, 104);
  entry(76, 0x0003, 2, 2, 'E\0');
  entry(88, 0x0004, 5, 3, 128);
  tiff.writeUInt32LE(0, 100);
  [30, 1, 16, 1, 0, 1].forEach((v, i) => tiff.writeUInt32LE(v, 104 + i * 4));
  [120, 1, 8, 1, 0, 1].forEach((v, i) => tiff.writeUInt32LE(v, 128 + i * 4));
  tiff.write('SpyCam\0\0', 140, 'latin1');
  tiff.write('SN-0042', 152, 'latin1');
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small real PNG whose IHDR is rewritten to claim width×height pixels (a decompression/pixel bomb header). */
export async function pngBomb(width = 20000, height = 20000): Promise<Buffer> {
  const small = Buffer.from(await png(8, 8));
  // signature (8) + length (4) + "IHDR" (4) + width (4) + height (4) …; CRC over type + 13 data bytes
  small.writeUInt32BE(width, 16);
  small.writeUInt32BE(height, 20);
  small.writeUInt32BE(crc32(small.subarray(12, 29)), 29);
  return small;
}

/** A minimal well-formed one-page PDF. */
export function pdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

/** The RGB of pixel (x, y) of an image. */
export async function pixel(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}
