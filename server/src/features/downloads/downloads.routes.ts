/**
 * `GET /api/attachments/:id`: an authorised download, streamed as an attachment that browsers never render inline.
 * Outside the JSON endpoint map, mounted before the JSON body parser; needs a Bearer access token.
 */
import Router from '@koa/router';
import type Koa from 'koa';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { authenticate } from '../../middleware/auth';
import type { FileStorage } from '../attachments/storage';
import { openDownload } from './downloads.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function downloadsRouter(deps: Deps, storage: FileStorage): Koa.Middleware {
  const router = new Router();
  router.get('/api/attachments/:id', async (ctx) => {
    const principal = await authenticate(deps, ctx);
    const id = ctx.params.id ?? '';
    if (!UUID.test(id)) throw new AppError('NOT_FOUND', { message: '没有找到这个文件' });
    const { row, body } = await openDownload(deps, storage, principal, id.toLowerCase());
    ctx.attachment(row.originalName || `附件.${row.kind === 'pdf' ? 'pdf' : 'jpg'}`);
    ctx.type = row.mime;
    ctx.length = row.bytes;
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = body;
  });
  return router.routes() as Koa.Middleware;
}
