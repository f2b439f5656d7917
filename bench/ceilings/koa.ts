/**
 * Ceiling `ceiling.koa`: bare Koa answering `{ ok: true }` to POST / — the most any endpoint of ours
 * can do on this machine with Node's HTTP stack and Koa's middleware loop. Run as its own process.
 * Env: PORT.
 */
import Koa from 'koa';

const app = new Koa();
app.use((ctx) => {
  if (ctx.method !== 'POST' || ctx.path !== '/') {
    ctx.status = 404;
    return;
  }
  ctx.body = { ok: true };
});

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
