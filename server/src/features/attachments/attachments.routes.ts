/**
 * `POST /api/attachments`: a multipart upload → 201 staged file. Outside the JSON endpoint map, mounted before the
 * JSON body parser; needs a Bearer access token. (The download, `GET /api/attachments/:id`, is downloads/.)
 */
import Router from '@koa/router';
import type Koa from 'koa';
import type { Deps } from '../../deps';
import { authenticate } from '../../middleware/auth';
import { MAX_ATTACHMENT_BYTES, countUpload, stageUpload } from './attachments.service';
import { readUpload } from './multipart';
import type { FileStorage } from './storage';

export function attachmentsRouter(deps: Deps, storage: FileStorage): Koa.Middleware {
  const router = new Router();
  router.post('/api/attachments', async (ctx) => {
    const principal = await authenticate(deps, ctx);
    await countUpload(deps, principal);
    const upload = await readUpload(ctx, MAX_ATTACHMENT_BYTES);
    const data = await stageUpload(deps, storage, principal, upload);
    ctx.status = 201;
    ctx.body = { ok: true, data };
  });
  return router.routes() as Koa.Middleware;
}
