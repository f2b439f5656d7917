/**
 * Ceiling `ceiling.koa-select`: bare Koa + @koa/bodyparser + one zod parse + ONE prepared, indexed SELECT of 20 rows
 * from a table of BENCH_SELECT_ROWS rows (default 1,000,000; generated at start), on the same database kind as the
 * server. The upper bound for a read that does one real query. Env: PORT, DATABASE_URL | DATA_DIR, BENCH_SELECT_ROWS.
 */
import { bodyParser } from '@koa/bodyparser';
import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import Koa from 'koa';
import { z } from 'zod';
import { eq } from 'drizzle-orm';

const ROWS = Number(process.env.BENCH_SELECT_ROWS ?? 1_000_000);
/** 20 rows per group. */
const GROUPS = Math.max(1, Math.floor(ROWS / 20));

const benchRows = pgTable('bench_rows', {
  id: integer('id').primaryKey(),
  grp: integer('grp').notNull(),
  name: text('name').notNull(),
});

const ZQuery = z.strictObject({
  grp: z
    .number()
    .int()
    .min(0)
    .max(GROUPS - 1),
});

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
  await db.execute(
    sql`create table if not exists bench_rows (id integer primary key, grp integer not null, name text not null)`,
  );
  await db.execute(sql`truncate bench_rows`);
  for (let start = 1; start <= ROWS; start += 100_000) {
    const end = Math.min(ROWS, start + 99_999);
    await db.execute(
      sql`insert into bench_rows select i, i % ${GROUPS}, 'row ' || i from generate_series(${start}::int, ${end}::int) as i`,
    );
  }
  await db.execute(sql`create index if not exists bench_rows_grp_idx on bench_rows (grp, id)`);
  // as the server's fixtures: vacuum now and write the load's dirty pages out, so neither autovacuum nor a
  // checkpoint runs during the measured requests (the ceiling moved by up to 1.5x between runs without this)
  await db.execute(sql`vacuum (analyze) bench_rows`);
  if (process.env.DATABASE_URL) await db.execute(sql`checkpoint`).catch(() => undefined);
  const select = db
    .select()
    .from(benchRows)
    .where(eq(benchRows.grp, sql.placeholder('grp')))
    .orderBy(benchRows.id)
    .limit(20)
    .prepare('bench_rows_by_grp');

  const app = new Koa();
  app.use(bodyParser());
  app.use(async (ctx) => {
    if (ctx.method !== 'POST' || ctx.path !== '/') {
      ctx.status = 404;
      return;
    }
    const parsed = ZQuery.safeParse(ctx.request.body);
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { ok: false, code: 'VALIDATION' };
      return;
    }
    ctx.body = { ok: true, data: { items: await select.execute({ grp: parsed.data.grp }) } };
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
