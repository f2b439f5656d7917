import type { Context, Next } from 'koa';
import { toAppError } from '../errors';

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
        message: error.expose ? error.message : '系统出了点问题,请稍后再试',
        ...(error.expose && error.details ? { details: error.details } : {}),
        requestId: ctx.state.requestId ?? '',
      };
      if (!error.expose || error.status >= 500) ctx.app.emit('error', err, ctx);
    }
  };
}
