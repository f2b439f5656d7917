/**
 * createApp(deps): the Koa application tests import (supertest on app.callback(), no port).
 * Order: request context → errors → health → API docs → JSON body → endpoints → media (server/assets) → static H5.
 */
import Koa from 'koa';
import Router from '@koa/router';
import type { Deps } from './deps';
import { AppError } from './errors';
import { attachmentsRouter } from './features/attachments/attachments.routes';
import { storageFromEnv } from './features/attachments/storage';
import { DOCS_HTML, DOCS_JS } from './features/docs/docs-page';
import { buildOpenApi } from './features/docs/openapi';
import { downloadsRouter } from './features/downloads/downloads.routes';
import { healthRoutes } from './features/health/health.routes';
import { mediaRouter } from './features/media/media.routes';
import { errorHandler, logRequestErrors } from './middleware/error-handler';
import { jsonBody } from './middleware/json-body';
import { endpointsMiddleware } from './middleware/endpoint';
import { requestContext } from './middleware/request-context';
import { routeTable } from './routes';
import { staticFiles } from './static-files';

export function createApp(deps: Deps): Koa {
  const app = new Koa({ proxy: deps.env.TRUST_PROXY_HOPS > 0, maxIpsCount: deps.env.TRUST_PROXY_HOPS });
  app.silent = true;
  app.on('error', logRequestErrors(deps.logger));

  const router = new Router();
  healthRoutes(router, deps);
  let openApi: unknown;
  router.get('/api/openapi.json', (ctx) => {
    openApi ??= buildOpenApi(process.env.npm_package_version ?? '0.1.0');
    ctx.body = openApi;
  });
  router.get('/api/docs', (ctx) => {
    ctx.set(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'",
    );
    ctx.type = 'html';
    ctx.body = DOCS_HTML;
  });
  router.get('/api/docs.js', (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = DOCS_JS;
  });

  app.use(requestContext(deps.logger, { hsts: deps.env.NODE_ENV === 'production' }));
  app.use(errorHandler());
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/api/')) ctx.set('Cache-Control', 'no-store');
    await next();
  });
  // multipart uploads and file downloads: before the JSON body parser, which would refuse multipart
  const storage = storageFromEnv(deps.env);
  app.use(attachmentsRouter(deps, storage));
  app.use(downloadsRouter(deps, storage));
  app.use(jsonBodyForApi(deps.env.BODY_LIMIT_KB * 1024));
  app.use(endpointsMiddleware(deps, routeTable));
  app.use(router.routes());
  app.use(async (ctx, next) => {
    if (ctx.path === '/api' || ctx.path.startsWith('/api/'))
      throw new AppError('NOT_FOUND', { message: '没有这个接口' });
    await next();
  });
  app.use(mediaRouter());
  if (deps.env.STATIC_DIR) app.use(staticFiles(deps.env.STATIC_DIR));
  return app;
}

function jsonBodyForApi(limit: number): Koa.Middleware {
  const parse = jsonBody(limit);
  return (ctx, next) => (ctx.path.startsWith('/api/') ? parse(ctx, next) : next());
}
