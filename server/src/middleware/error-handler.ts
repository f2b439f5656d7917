import type { Context, Next } from 'koa';
import { toAppError } from '../errors';
import { describeError } from '../lib/error-summary';
import type { Logger } from '../lib/logger';

/** First in the chain: the only place an error becomes a response `{ ok:false, code, message, details?, requestId }`. */
export function errorHandler() {
  return async function errorHandlerMiddleware(ctx: Context, next: Next) {
    try {
      await next();
    } catch (err) {
      const error = toAppError(err);
      ctx.status = error.status;
      for (const [name, value] of Object.entries(error.headers ?? {})) ctx.set(name, value);
      ctx.body = {
        ok: false,
        code: error.code,
        message: error.expose ? error.message : '系统出了点问题，请稍后再试',
        ...(error.expose && error.details ? { details: error.details } : {}),
        requestId: ctx.state.requestId ?? '',
      };
      if (!error.expose || error.status >= 500) ctx.app.emit('error', err, ctx);
    }
  };
}

/**
 * The app's 'error' listener: one line per failed request with a log-safe summary of the error (class, SQLSTATE,
 * constraint, statement name, frames), never its message, which may quote a statement's parameters.
 */
export function logRequestErrors(logger: Logger) {
  return function logRequestError(err: Error & { code?: string }, ctx?: Context): void {
    // a client that hangs up mid-response is not a server error
    if (err.code === 'EPIPE' || err.code === 'ECONNRESET' || err.message === 'Premature close') return;
    logger.error({ requestId: ctx?.state.requestId, err: describeError(err) }, 'request failed');
  };
}
