import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from '../lib/logger';

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Assigns a request id (honouring a well-formed X-Request-Id), sets security headers and writes one access-log line.
 * `hsts` (production only: a browser remembers it for a year, so never on a developer's localhost) adds Strict-Transport-Security.
 */
export function requestContext(logger: Logger, options: { hsts?: boolean } = {}) {
  return async function requestContextMiddleware(ctx: Context, next: Next) {
    const incoming = ctx.get('x-request-id');
    const requestId = INCOMING_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
    ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)');
    if (options.hsts) ctx.set('Strict-Transport-Security', HSTS);
    const started = performance.now();
    try {
      await next();
    } finally {
      // path only: query strings may carry codes; bodies and headers are never logged
      logger.info(
        {
          requestId,
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  };
}
