/**
 * `GET|HEAD /media/:name`: the media that ship with the product (server/assets/), today the sample replay video.
 * Served with byte ranges, so players can seek and chapters jump without downloading the whole file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Router from '@koa/router';
import type Koa from 'koa';
import { AppError } from '../../errors';
import { ROOT } from '../../lib/paths';
import { parseByteRange } from './byte-range';

export const MEDIA_DIR = path.join(ROOT, 'server/assets');
const NAME = /^[a-z0-9][a-z0-9-]{0,80}\.(mp4|jpg|png)$/;
const TYPES: Record<string, string> = { mp4: 'video/mp4', jpg: 'image/jpeg', png: 'image/png' };

export function mediaRouter(dir: string = MEDIA_DIR): Koa.Middleware {
  const router = new Router();
  const serve = async (ctx: Koa.Context) => {
    const name = ctx.params.name ?? '';
    const stat = NAME.test(name) ? await fs.promises.stat(path.join(dir, name)).catch(() => null) : null;
    if (!stat?.isFile()) throw new AppError('NOT_FOUND', { message: '没有找到这个视频' });
    const file = path.join(dir, name);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    ctx.set('Accept-Ranges', 'bytes');
    ctx.set('ETag', etag);
    ctx.set('Last-Modified', stat.mtime.toUTCString());
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.type = TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    // If-Range with another validator: the file changed, so the whole of it is sent
    const ifRange = ctx.get('If-Range');
    const range = ifRange && ifRange !== etag ? { kind: 'full' as const } : parseByteRange(ctx.get('Range'), stat.size);
    if (range.kind === 'unsatisfiable') {
      ctx.status = 416;
      ctx.set('Content-Range', `bytes */${stat.size}`);
      ctx.body = '';
      return;
    }
    const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, stat.size - 1];
    if (range.kind === 'partial') {
      ctx.status = 206;
      ctx.set('Content-Range', `bytes ${start}-${end}/${stat.size}`);
    } else ctx.status = 200;
    ctx.length = end - start + 1;
    if (ctx.method === 'HEAD' || stat.size === 0) return;
    ctx.body = fs.createReadStream(file, { start, end });
  };
  router.get('/media/:name', serve); // @koa/router answers HEAD with the GET route
  return router.routes() as Koa.Middleware;
}
