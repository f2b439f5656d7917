import type Router from '@koa/router';
import type { Deps } from '../../deps';

/** /livez: the process is up (never touches the database). /readyz: the database answers within 2 s, else 503. */
export function healthRoutes(router: Router, deps: Deps): void {
  router.get('/livez', (ctx) => {
    ctx.body = { ok: true };
  });
  router.get('/readyz', async (ctx) => {
    try {
      await deps.database.ping(2000);
      ctx.body = { ok: true, db: deps.database.kind };
    } catch {
      ctx.status = 503;
      ctx.set('Retry-After', '5');
      ctx.body = {
        ok: false,
        code: 'SERVICE_UNAVAILABLE',
        message: '数据库暂时无法连接',
        requestId: ctx.state.requestId ?? '',
      };
    }
  });
}
