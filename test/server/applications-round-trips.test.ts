/**
 * Issue 15: a submit reaches the database once — one statement, atomic on its own (decision 45; at most 4 is the
 * issue's bound) — counted on the wire on PostgreSQL (each simple Query message and each Sync that ends an extended-protocol
 * exchange is one round trip; node-postgres waits for the answer before it sends the next), and on PGlite as every
 * query plus the transaction's begin and commit. Counted around the submit service, so authentication (a separate, cached
 * step in front of every endpoint) is not included. The form carries the phone and no files, as the bench's does.
 */
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { ZSubmitApplication, type TSubmitApplication } from '../../shared/schemas/applications';
import { applications } from '../../server/src/db/schema-applications';
import { SUBMIT } from '../../server/src/features/applications/intake.repo';
import { submitApplication } from '../../server/src/features/applications/intake.service';
import { buildUser } from './support/factories';
import { useTestApp } from './support/harness';
import { selfBody } from './support/intake';

const t = useTestApp();
const applicationsOf = async (userId: string) =>
  (await t.deps.db.select().from(applications).where(eq(applications.applicantUserId, userId))).length;

type Proto = Record<string, (...args: unknown[]) => unknown>;
const textOf = (q: unknown) => (typeof q === 'string' ? q : ((q as { text?: string })?.text ?? '?'));

/** Runs `fn` and returns the statements it sent, in order. */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const restore: Array<() => void> = [];
  const wrap = (proto: Proto, name: string, record: (args: unknown[]) => void) => {
    const original = proto[name]!;
    proto[name] = function wrapped(this: unknown, ...args: unknown[]) {
      record(args);
      return original.apply(this, args);
    };
    restore.push(() => (proto[name] = original));
  };
  let pending = '?';
  const connection = pg.Connection.prototype as unknown as Proto;
  wrap(connection, 'query', (args) => sent.push(textOf(args[0])));
  wrap(connection, 'parse', (args) => (pending = textOf(args[0])));
  wrap(connection, 'bind', (args) => {
    const name = (args[0] as { statement?: string })?.statement;
    // a named statement is parsed once per connection: later uses only bind it (the submit's is intake.repo SUBMIT)
    if (name) pending = name === SUBMIT.name ? SUBMIT.text : `prepared ${name}`;
  });
  wrap(connection, 'sync', () => sent.push(pending));
  wrap(PGlite.prototype as unknown as Proto, 'query', (args) => sent.push(textOf(args[0])));
  wrap(PGlite.prototype as unknown as Proto, 'transaction', (args) => {
    const work = args[0] as (tx: { query: (...a: unknown[]) => unknown }) => Promise<unknown>;
    args[0] = async (tx: { query: (...a: unknown[]) => unknown }) => {
      sent.push('begin');
      const query = tx.query;
      tx.query = (...a: unknown[]) => (sent.push(textOf(a[0])), query.apply(tx, a));
      try {
        return await work(tx);
      } finally {
        sent.push('commit');
      }
    };
  });
  try {
    await fn();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return sent;
}

const body = (over: Record<string, unknown> = {}): TSubmitApplication =>
  ZSubmitApplication.parse(selfBody({ idNumber: undefined, ...over }));

describe('applications.submit round trips', () => {
  it('takes one: the submit statement, no begin or commit; a replay takes one and writes nothing', async () => {
    const user = await buildUser(t);
    // warm the routing caches (reference data and rules are read once per 30 s per process)
    await submitApplication(t.deps, user.id, body(), randomUUID());
    const key = randomUUID();
    const input = body({ phone: '13911112222' });
    const sent = await statementsOf(() => submitApplication(t.deps, user.id, input, key));
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/pg_try_advisory_xact_lock[\s\S]*insert into applications[\s\S]*insert into audit_log/);

    let replayed: unknown;
    const again = await statementsOf(async () => {
      replayed = await submitApplication(t.deps, user.id, input, key);
    });
    expect(again).toHaveLength(1);
    expect(replayed).toMatchObject({ replayed: true });
    expect(await applicationsOf(user.id)).toBe(2);
  });

  it('takes no lock that every submit shares: the only lock is the advisory lock of its own key', async () => {
    const user = await buildUser(t);
    const sent = await statementsOf(() => submitApplication(t.deps, user.id, body(), randomUUID()));
    const all = sent.join('\n');
    expect(all.match(/advisory/g)).toHaveLength(1);
    expect(all).not.toMatch(/lock table/i);
    // the one row lock: the submitter's own rate-limit counters (hour and day), nobody else's
    expect(all.match(/for update/gi)).toHaveLength(1);
    expect(all).toMatch(/from rate_limits\s+where key in \(select key from windows\)[^;]*for update/);
  });
});
