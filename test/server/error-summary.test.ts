/** describeError / statementName: what a log line may say about an error (server/src/lib/error-summary.ts). */
import { describeError, statementName } from '../../server/src/lib/error-summary';
import { sentinel, sentinelsIn } from './support/sentinels';

describe(statementName.name, () => {
  it.each([
    ['insert into "applications" ("id", "subject_name") values ($1, $2)', 'insert applications'],
    ['update "applications" set "status" = $1 where "id" = $2', 'update applications'],
    ['delete from rate_limits where key = $1', 'delete rate_limits'],
    ['select "id" from "users" where "openid" = $1', 'select users'],
    ['  SELECT count(*) FROM audit_log', 'select audit_log'],
    ['with x as (select 1) select * from x', 'with'],
    [
      'with "app" as (insert into "applications" ("id") values ($1) returning "id"), g as (select 1) select 1',
      'with insert applications',
    ],
    [
      "with x as (update rate_limits set count = 1 where key = 'secret' returning 1) select 1",
      'with update rate_limits',
    ],
    ['begin', 'begin'],
    ["select * from users where name = 'secret'", 'select users'],
    ['select 1', 'select'],
    ["'); drop table users; --", undefined],
  ])('%j → %j', (query, name) => {
    expect(statementName(query)).toBe(name);
  });
});

describe(describeError.name, () => {
  it('keeps class, codes, constraint, table and frames; drops messages and details', () => {
    const value = sentinel('value');
    const pg = Object.assign(new Error(`duplicate key value violates unique constraint "users_openid_key"`), {
      severity: 'ERROR',
      code: '23505',
      constraint: 'users_openid_key',
      table: 'users',
      detail: `Key (openid)=(${value}) already exists.`,
    });
    const drizzle = Object.assign(
      new Error(`Failed query: insert into "users" ("openid") values ($1)\nparams: ${value}`),
      {
        query: 'insert into "users" ("openid") values ($1)',
        params: [value],
        cause: pg,
      },
    );
    const summary = describeError(drizzle);
    expect(summary).toMatchObject({
      classes: ['Error', 'DatabaseError'],
      sqlstate: '23505',
      constraint: 'users_openid_key',
      table: 'users',
      statement: 'insert users',
    });
    expect(summary.stack).toMatch(/^at /);
    expect(sentinelsIn(JSON.stringify(summary))).toEqual([]);
    expect(JSON.stringify(summary)).not.toMatch(/duplicate|Failed query|params/);
  });

  it('tells an errno from a SQLSTATE, and survives strings, nulls and cycles', () => {
    const epipe = describeError(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect([epipe.code, epipe.sqlstate]).toEqual(['EPIPE', undefined]);
    expect(describeError(sentinel('thrown'))).toEqual({ classes: ['string'] });
    expect(describeError(null)).toEqual({ classes: [] });
    const loop: Error & { cause?: unknown } = new Error('loop');
    loop.cause = loop;
    expect(describeError(loop).classes.length).toBeLessThanOrEqual(6);
  });

  it('never takes frames out of the message, even when a value looks like one', () => {
    const err = new Error(`bad input\n    at ${sentinel('frame')} (evil.ts:1:1)`);
    expect(sentinelsIn(describeError(err).stack ?? '')).toEqual([]);
  });
});
