/**
 * Ceiling `ceiling.koa-insert`: bare Koa + @koa/bodyparser + one zod parse + ONE drizzle INSERT … RETURNING,
 * on the same database kind as the server (PostgreSQL when DATABASE_URL is set, else PGlite on disk in DATA_DIR).
 * The upper bound for an endpoint that writes one row. Run as its own process. Env: PORT, DATABASE_URL | DATA_DIR.
 */
import { bodyParser } from '@koa/bodyparser';
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import Koa from 'koa';
import { z } from 'zod';

const benchItems = pgTable('bench_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  n: integer('n').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const ZItem = z.strictObject({ name: z.string().min(1).max(100), n: z.number().int().min(0) });

type Db = PgDatabase<PgQueryResultHKT>;

async function openDb(): Promise<{ db: Db; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: url, max: 10 }); // the server's default pool size
    return { db: drizzle(pool) as unknown as Db, close: () => pool.end() };
  }
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) throw new Error('set DATABASE_URL or DATA_DIR');
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create({ dataDir });
  return { db: drizzle(client) as unknown as Db, close: () => client.close() };
}

async function main(): Promise<void> {
  const { db, close } = await openDb();
  await db.execute(sql`create table if not exists bench_items (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    n integer not null,
    created_at timestamptz not null default now())`);

  const app = new Koa();
  app.use(bodyParser());
  app.use(async (ctx) => {
    if (ctx.method !== 'POST' || ctx.path !== '/') {
      ctx.status = 404;
      return;
    }
    const parsed = ZItem.safeParse(ctx.request.body);
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { ok: false, code: 'VALIDATION' };
      return;
    }
    const [row] = await db.insert(benchItems).values(parsed.data).returning({ id: benchItems.id });
    ctx.body = { ok: true, data: row };
  });

  const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = () => {
    server.close(() => void close().finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
