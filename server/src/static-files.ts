import fs from 'node:fs';
import path from 'node:path';
import { send } from '@koa/send';
import type { Context, Next } from 'koa';
import { AppError } from './errors';

/**
 * Serves the H5 build for GET/HEAD outside /api; `/` and unknown paths fall back to index.html (hash routing).
 * A path send refuses (`..` above the root, a NUL byte, bad percent-encoding: 400/403) is a plain 404, not logged.
 */
export function staticFiles(dir: string) {
  const root = path.resolve(dir);
  return async function staticFilesMiddleware(ctx: Context, next: Next) {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path.startsWith('/api/') || ctx.path === '/api')
      return next();
    if (!fs.existsSync(path.join(root, 'index.html'))) return next();
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; media-src 'self' https:; frame-ancestors 'none'",
    );
    ctx.vary('Accept-Encoding'); // send() picks a precompressed .br/.gz copy when the browser accepts it
    const file = ctx.path === '/' || ctx.path.endsWith('.map') ? 'index.html' : ctx.path;
    try {
      await send(ctx, file, { root, index: 'index.html', maxage: file === 'index.html' ? 0 : 3600_000, hidden: false });
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 400 || status === 403) throw new AppError('NOT_FOUND');
      if (status !== 404) throw err;
      await send(ctx, 'index.html', { root });
    }
  };
}
