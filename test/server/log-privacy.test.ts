/**
 * No personal data in logs (issue 10, point 1): sentinels in every personal field of submits (self, proxy,
 * referral), staff notes, the resident's own notes and upload file names; then the failure paths — a statement
 * failing on a lock timeout, a constraint, a dropped connection, a value the database refuses, an unexpected error
 * in the error middleware, a background job and the outbox — while every log line is captured. No sentinel, no
 * "Failed query … params", only class, SQLSTATE, constraint and statement name.
 *
 * The failures are raised by a trigger on the table the statement writes (RAISE … USING ERRCODE), with the row in
 * the message and detail the way PostgreSQL's own errors quote values: the driver, Drizzle and the server see
 * exactly what a real lock timeout or dropped connection produces. On PostgreSQL a trigger also really terminates
 * its own connection mid-INSERT; on both databases the last test closes the database under a submit.
 */
import Koa from 'koa';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { AppError } from '../../server/src/errors';
import { runOutboxOnce } from '../../server/src/features/outbox/outbox.job';
import * as outboxRepo from '../../server/src/features/outbox/outbox.repo';
import { repeatEvery } from '../../server/src/lib/repeat';
import { errorHandler, logRequestErrors } from '../../server/src/middleware/error-handler';
import { requestContext } from '../../server/src/middleware/request-context';
import { buildApplication } from './support/applications';
import { png, upload, useDataDir } from './support/attachments';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { proxyBody, referralBody, selfBody, submit } from './support/intake';
import {
  SENTINEL_ID_NUMBER,
  SENTINEL_PHONE,
  SENTINEL_REFERRER_PHONE,
  sentinel,
  sentinelsIn,
} from './support/sentinels';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir } });
let resident = { accessToken: '', userId: '' };
let worker = { accessToken: '', userId: '' };

/** Every personal field of a submit carries a sentinel (income and diagnosis live in the description). */
const personal = () => ({
  subjectName: sentinel('name'),
  idNumber: SENTINEL_ID_NUMBER,
  phone: SENTINEL_PHONE,
  address: sentinel('address'),
  description: `${sentinel('description')} 诊断 ${sentinel('diagnosis')} 月收入 ${sentinel('income')}`,
});
const submits = () => [
  selfBody(personal()),
  proxyBody(personal()),
  referralBody({
    subjectName: sentinel('name'),
    address: sentinel('address'),
    observed: sentinel('observed'),
    referrerPhone: SENTINEL_REFERRER_PHONE,
  }),
];

type LogLine = {
  level: number;
  msg: string;
  err?: {
    classes?: string[];
    sqlstate?: string;
    constraint?: string;
    statement?: string;
    stack?: string;
    code?: string;
  };
};
const parse = (lines: string[]): LogLine[] => lines.map((l) => JSON.parse(l) as LogLine);

/** Runs `act`, then checks the lines it logged: no sentinel or query text, and returns them parsed. */
async function logsOf(act: () => Promise<unknown>): Promise<LogLine[]> {
  const mark = t.logs.length;
  await act();
  const lines = t.logs.slice(mark);
  const text = lines.join('');
  expect(sentinelsIn(text)).toEqual([]);
  expect(text).not.toMatch(/Failed query|params:|row_to_json|refused row/);
  return parse(lines);
}

const failures = (lines: LogLine[]) => lines.filter((l) => l.level >= 50 && l.msg === 'request failed');

/** Makes every INSERT or UPDATE on `table` fail with `sqlstate`, quoting the row, while `run` runs. */
async function failing<T>(table: string, sqlstate: string, run: () => Promise<T>): Promise<T> {
  await t.deps.db.execute(
    sql.raw(
      `create trigger zl_test_fail before insert or update on ${table} for each row execute function zl_test_fail('${sqlstate}', 'zl_test_check')`,
    ),
  );
  try {
    return await run();
  } finally {
    await t.deps.db.execute(sql.raw(`drop trigger zl_test_fail on ${table}`));
  }
}

beforeAll(async () => {
  await t.deps.db.execute(
    sql.raw(`create function zl_test_fail() returns trigger language plpgsql as $$
      begin
        raise exception 'refused row %', row_to_json(new)::text using errcode = tg_argv[0], constraint = tg_argv[1], detail = row_to_json(new)::text;
      end $$`),
  );
  resident = await buildSession(t, { displayName: '居民' });
  worker = await buildSession(t, {
    displayName: '社工',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
});

describe('applications.submit failing in the database', () => {
  it.each([
    ['a lock timeout', '55P03', 500],
    ['a check constraint', '23514', 500],
    ['a dropped connection', '57P01', 503],
  ])(
    'on %s (SQLSTATE %s): %s, logged as class, SQLSTATE, constraint and statement only',
    async (_label, sqlstate, status) => {
      const lines = await logsOf(() =>
        failing('applications', sqlstate, async () => {
          for (const body of submits()) expect((await submit(t, resident.accessToken, body)).status).toBe(status);
        }),
      );
      const logged = failures(lines);
      expect(logged).toHaveLength(3);
      for (const line of logged) {
        expect(line.err).toMatchObject({
          sqlstate,
          constraint: 'zl_test_check',
          // the submit's one statement, named by its first write (the submitter's counters; intake.repo.ts)
          statement: 'with insert rate_limits',
        });
        expect(line.err!.classes).toContain('DrizzleQueryError');
        expect(line.err!.stack).toMatch(/^at /);
      }
    },
  );

  it('on a value the database refuses (class 22): 400 naming the body, nothing logged at error', async () => {
    const lines = await logsOf(() =>
      failing('applications', '22001', async () => {
        for (const body of submits()) {
          const res = await submit(t, resident.accessToken, body);
          expect([res.status, res.body.code, res.body.details?.[0]?.field]).toEqual([400, 'VALIDATION_FAILED', 'body']);
          expect(sentinelsIn(res.text)).toEqual([]);
        }
      }),
    );
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('with files attached: the upload file name never reaches the log either', async () => {
    const staged = await upload(t, resident.accessToken, await png(), `${sentinel('fileName')}.png`, {
      purpose: 'application',
    });
    expect(staged.status).toBe(201);
    const lines = await logsOf(() =>
      failing('applications', '55P03', async () => {
        expect(
          (await submit(t, resident.accessToken, selfBody({ ...personal(), attachmentIds: [staged.body.data.id] })))
            .status,
        ).toBe(500);
      }),
    );
    expect(failures(lines)).toHaveLength(1);
  });
});

describe('uploads failing in the database', () => {
  it('logs no file name', async () => {
    const lines = await logsOf(() =>
      failing('attachments', '55P03', async () => {
        const res = await upload(
          t,
          resident.accessToken,
          await png(),
          `${sentinel('fileName')} ${sentinel('fileName')}.png`,
          { purpose: 'application' },
        );
        expect(res.status).toBe(500);
      }),
    );
    expect(failures(lines).map((l) => l.err?.statement)).toEqual(['insert attachments']);
  });
});

describe('notes failing in the database', () => {
  it('staff notes (contact, visit, ask for information, escalate) never reach the log', async () => {
    const { id } = await buildApplication(t, {
      subjectName: sentinel('name'),
      address: sentinel('address'),
      description: sentinel('description'),
    });
    expect((await post(t, 'cases.accept', { id, expectedVersion: 1 }, worker.accessToken)).status).toBe(200);
    const actions: [string, Record<string, unknown>][] = [
      ['cases.contact', { outcome: 'reached', note: sentinel('note') }],
      ['cases.visit', { note: sentinel('note'), visitedAt: t.clock.now().toISOString() }],
      ['cases.askInfo', { message: sentinel('note'), dueDays: 3 }],
      ['cases.escalate', { reason: sentinel('note') }],
    ];
    const lines = await logsOf(() =>
      failing('application_events', '55P03', async () => {
        for (const [name, body] of actions)
          expect((await post(t, name, { id, expectedVersion: 2, ...body }, worker.accessToken)).status).toBe(500);
      }),
    );
    expect(failures(lines).map((l) => l.err?.statement)).toEqual(actions.map(() => 'insert application_events'));
  });

  it('the resident’s withdrawal reason never reaches the log', async () => {
    const id = (await submit(t, resident.accessToken, selfBody(personal()))).body.data.id as string;
    const lines = await logsOf(() =>
      failing('application_events', '23514', async () => {
        expect(
          (await post(t, 'applications.withdraw', { id, reason: sentinel('reason') }, resident.accessToken)).status,
        ).toBe(500);
      }),
    );
    expect(failures(lines)).toHaveLength(1);
  });
});

describe('unexpected errors in the error middleware', () => {
  it('logs class and frames, never the message (which may quote a value)', async () => {
    const app = new Koa();
    app.silent = true;
    app.on('error', logRequestErrors(t.deps.logger));
    app.use(requestContext(t.deps.logger));
    app.use(errorHandler());
    const s = sentinel('value');
    app.use((ctx) => {
      if (ctx.path === '/type') throw new TypeError(`Cannot read properties of undefined (reading '${s}')`);
      if (ctx.path === '/json') return JSON.parse(`{"subjectName": "${s}"`) as unknown;
      if (ctx.path === '/frames') throw new Error(`bad value\n    at ${s} (file.ts:1:1)`);
      if (ctx.path === '/string') throw s as unknown as Error;
      throw new AppError('INTERNAL', {
        cause: Object.assign(new Error(`Failed query: select 1\nparams: ${s}`), { code: 'XX000', detail: s }),
      });
    });
    const lines = await logsOf(async () => {
      for (const path of ['/type', '/json', '/frames', '/string', '/internal'])
        expect((await request(app.callback()).get(path)).status).toBe(500);
    });
    expect(failures(lines).map((l) => l.err?.classes?.[0])).toEqual([
      'TypeError',
      'SyntaxError',
      'Error',
      'string',
      'AppError',
    ]);
    expect(failures(lines)[4]!.err).toMatchObject({ sqlstate: 'XX000', classes: ['AppError', 'Error'] });
  });
});

describe('background work', () => {
  it('a failing job logs no statement parameters', async () => {
    const s = sentinel('jobValue');
    let ran = () => undefined as void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const lines = await logsOf(async () => {
      const job = repeatEvery(
        1,
        () => t.deps.db.execute(sql`select ${s}::int`).finally(ran),
        t.deps.logger,
        'sentinel job',
      );
      await done;
      await job.stop();
    });
    expect(lines.filter((l) => l.msg === 'sentinel job failed').map((l) => l.err?.sqlstate)).toEqual(['22P02']);
  });

  it('an outbox send failing in the database stores and logs no value', async () => {
    const s = sentinel('outboxValue');
    await outboxRepo.enqueue(t.deps.db, {
      topic: 'subscribe.application_progress',
      dedupeKey: 'log-privacy',
      payload: {},
      nextAttemptAt: t.clock.now(),
    });
    const send = async () => {
      await t.deps.db.execute(sql`select ${s}::int`);
      return 'recorded' as const;
    };
    const lines = await logsOf(() =>
      runOutboxOnce({ db: t.deps.db, clock: t.clock, logger: t.deps.logger }, send, { maxAttempts: 1 }),
    );
    const dead = lines.filter((l) => l.msg === 'outbox message dead') as (LogLine & { reason?: string })[];
    expect(dead.length).toBeGreaterThanOrEqual(1); // with this row, the staff alerts of the submits above
    for (const line of dead) expect(line.reason).toBe('DrizzleQueryError < DatabaseError 22P02');
    const rows = await t.deps.db.execute(sql`select last_error from outbox where dedupe_key = 'log-privacy'`);
    const lastError = String((rows as unknown as { rows: { last_error: string }[] }).rows[0]!.last_error);
    expect(lastError).toBe('DrizzleQueryError < DatabaseError 22P02');
    expect(sentinelsIn(lastError)).toEqual([]);
  });
});

describe('the connection goes away', () => {
  it('PostgreSQL: a connection terminated in the middle of the INSERT answers 503 and logs no value', async () => {
    if (t.deps.database.kind !== 'postgres') return; // PGlite has one in-process connection: see the 57P01 case above and the next test
    await t.deps.db.execute(
      sql.raw(
        `create function zl_test_die() returns trigger language plpgsql as $$ begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$`,
      ),
    );
    await t.deps.db.execute(
      sql.raw(`create trigger zl_test_die before insert on applications for each row execute function zl_test_die()`),
    );
    try {
      const lines = await logsOf(async () => {
        for (const body of submits()) expect((await submit(t, resident.accessToken, body)).status).toBe(503);
      });
      expect(failures(lines).length).toBe(3);
    } finally {
      await t.deps.db.execute(sql.raw(`drop trigger zl_test_die on applications`));
    }
  });

  it('the database closed under a submit: 503, and still no value in the log (runs last: it closes this file’s database)', async () => {
    const lines = await logsOf(async () => {
      await t.deps.database.close();
      for (const body of submits()) expect((await submit(t, resident.accessToken, body)).status).toBe(503);
    });
    expect(failures(lines).length).toBe(3);
  });
});

afterAll(() => {
  // the whole file's log, once more: nothing above may have slipped through between the checks
  const all = t.logs.join('');
  expect(all.length).toBeGreaterThan(0);
  expect(sentinelsIn(all)).toEqual([]);
});
