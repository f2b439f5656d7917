/**
 * The hash-chained, append-only audit log, one chain per entity: appends chain per entity (or per actor), verify,
 * the trigger refuses UPDATE/DELETE/TRUNCATE, tampering (with the trigger off, as a superuser could) is caught at the
 * row — an edited, a deleted and a reordered entry — concurrent appends to one entity keep one chain, appends to two
 * entities do not wait for each other, and rows of the legacy global chain (before migration 0026) still verify.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../server/src/db/transaction';
import { auditLog } from '../../server/src/db/schema';
import {
  appendAudit,
  GENESIS_HASH,
  hashAuditRow,
  hashLegacyAuditRow,
  type AuditEntry,
} from '../../server/src/features/audit/audit.repo';
import { verifyAuditChains } from '../../server/src/features/audit/chain-walk.repo';
import { buildUser } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const A = randomUUID();
const B = randomUUID();

const append = (entry: Partial<AuditEntry> = {}) =>
  inTransaction(t.deps.db, (tx) =>
    appendAudit(tx, t.deps.clock, {
      actorUserId: null,
      action: 'test.event',
      entity: 'test',
      entityId: A,
      data: { n: 1 },
      ...entry,
    }),
  );
const allRows = () => t.deps.db.select().from(auditLog).orderBy(asc(auditLog.id));
const chainRows = (chain: string) =>
  t.deps.db.select().from(auditLog).where(eq(auditLog.chain, chain)).orderBy(asc(auditLog.seq));
const verify = () => verifyAuditChains(t.deps.db);

/** Expects the statement to fail with the trigger's error (drizzle wraps the driver error as `cause`). */
async function expectRefused(statement: Promise<unknown>) {
  const err = await statement.then(
    () => null,
    (e: Error & { cause?: { message: string; code?: string } }) => e,
  );
  expect(err?.cause?.message).toBe('audit_log is append-only');
  expect(err?.cause?.code).toBe('42501');
}

/** Runs `fn` with the append-only triggers disabled, always re-enabling them. */
async function withTriggersOff(fn: () => Promise<void>) {
  await t.deps.db.execute(sql`alter table audit_log disable trigger user`);
  try {
    await fn();
  } finally {
    await t.deps.db.execute(sql`alter table audit_log enable trigger user`);
  }
}

describe('appendAudit and verifyAuditChains', () => {
  it('chains the entries of each entity from the genesis hash, an entry without entity under its actor', async () => {
    const user = await buildUser(t);
    for (let i = 0; i < 4; i++) await append({ action: `test.step${i}`, data: { i, note: '含中文' } });
    await append({ entityId: B });
    await append({ entityId: null, actorUserId: user.id, entity: 'session' });
    await append({ entityId: null, entity: 'job' });
    const a = await chainRows(`test:${A}`);
    expect(a.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(a[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < a.length; i++) expect(a[i]!.prevHash).toBe(a[i - 1]!.hash);
    expect(a.at(-1)!.data).toBe(JSON.stringify({ i: 3, note: '含中文' }));
    for (const chain of [`test:${B}`, `actor:${user.id}`, 'system'])
      expect((await chainRows(chain)).map((r) => [r.seq, r.prevHash])).toEqual([[1, GENESIS_HASH]]);
    expect(await verify()).toEqual({ rows: 7, chains: 4, brokenAt: null, breaks: [] });
    expect(await verifyAuditChains(t.deps.db, 2)).toEqual({ rows: 7, chains: 4, brokenAt: null, breaks: [] });
  });

  it('rolls the audit row back with the transaction it belongs to', async () => {
    const before = (await allRows()).length;
    await expect(
      inTransaction(t.deps.db, async (tx) => {
        await appendAudit(tx, t.deps.clock, { actorUserId: null, action: 'test.rolledback', entity: 'test' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await allRows()).length).toBe(before);
  });
});

describe('append-only trigger', () => {
  it.each([
    ['UPDATE', (id: number) => sql`update audit_log set action = 'forged' where id = ${id}`],
    ['DELETE', (id: number) => sql`delete from audit_log where id = ${id}`],
    ['TRUNCATE', () => sql`truncate audit_log`],
  ])('refuses %s and leaves the row unchanged', async (_verb, statement) => {
    const [target] = await allRows();
    await expectRefused(t.deps.db.execute(statement(target!.id)));
    const [after] = await t.deps.db.select().from(auditLog).where(eq(auditLog.id, target!.id));
    expect(after).toEqual(target);
    expect((await verify()).brokenAt).toBeNull();
  });
});

describe('tamper detection (triggers disabled)', () => {
  it('finds an edited entry at its id, and the chain is whole again once restored', async () => {
    const rows = await chainRows(`test:${A}`);
    const victim = rows[1]!;
    await withTriggersOff(async () => {
      await t.deps.db.update(auditLog).set({ data: '{"n":2}' }).where(eq(auditLog.id, victim.id));
      expect((await verify()).breaks).toEqual([{ chain: `test:${A}`, id: victim.id, seq: 2, problem: 'hash' }]);
      await t.deps.db.update(auditLog).set({ data: victim.data }).where(eq(auditLog.id, victim.id));
    });
    expect((await verify()).brokenAt).toBeNull();
    await expectRefused(t.deps.db.execute(sql`update audit_log set data = '{}' where id = ${victim.id}`));
  });

  it('finds an entry whose hash was recomputed at the next entry', async () => {
    const rows = await chainRows(`test:${A}`);
    const victim = rows[1]!;
    const forged = {
      at: victim.at.toISOString(),
      actorUserId: victim.actorUserId,
      action: 'forged',
      entity: victim.entity,
      entityId: victim.entityId,
      data: victim.data,
      chain: victim.chain!,
      seq: victim.seq!,
    };
    await withTriggersOff(async () => {
      await t.deps.db
        .update(auditLog)
        .set({ action: 'forged', hash: hashAuditRow(victim.prevHash, forged) })
        .where(eq(auditLog.id, victim.id));
      expect((await verify()).breaks).toEqual([{ chain: `test:${A}`, id: rows[2]!.id, seq: 3, problem: 'link' }]);
      await t.deps.db
        .update(auditLog)
        .set({ action: victim.action, hash: victim.hash })
        .where(eq(auditLog.id, victim.id));
    });
    expect((await verify()).brokenAt).toBeNull();
  });

  it('finds a deleted entry by the gap it leaves in seq', async () => {
    const rows = await chainRows(`test:${A}`);
    const victim = rows[1]!;
    await withTriggersOff(async () => {
      await t.deps.db.delete(auditLog).where(eq(auditLog.id, victim.id));
      expect((await verify()).breaks).toEqual([{ chain: `test:${A}`, id: rows[2]!.id, seq: 3, problem: 'gap' }]);
      await t.deps.db.execute(sql`insert into audit_log overriding system value select ${sql.raw('*')} from (values (
        ${victim.id}::bigint, ${victim.at.toISOString()}::timestamptz, ${victim.actorUserId}::uuid, ${victim.action}, ${victim.entity},
        ${victim.entityId}, ${victim.data}, ${victim.prevHash}, ${victim.hash}, ${victim.chain}, ${victim.seq}::bigint)) v`);
    });
    expect((await verify()).brokenAt).toBeNull();
  });

  it('finds two entries swapped in their chain', async () => {
    const [, second, third] = await chainRows(`test:${A}`);
    const setSeq = (id: number, seq: number) => t.deps.db.update(auditLog).set({ seq }).where(eq(auditLog.id, id));
    await withTriggersOff(async () => {
      await setSeq(second!.id, 1000);
      await setSeq(third!.id, 2);
      await setSeq(second!.id, 3);
      expect((await verify()).breaks).toEqual([{ chain: `test:${A}`, id: third!.id, seq: 2, problem: 'link' }]);
      await setSeq(third!.id, 1000);
      await setSeq(second!.id, 2);
      await setSeq(third!.id, 3);
    });
    expect((await verify()).brokenAt).toBeNull();
  });
});

describe('concurrent appends', () => {
  it('20 appends to one entity in parallel, each in its own transaction, keep one unbroken chain', async () => {
    const entityId = randomUUID();
    const actions = Array.from({ length: 20 }, (_, i) => `test.parallel${i}`);
    await Promise.all(actions.map((action) => append({ action, entityId })));
    const rows = await chainRows(`test:${entityId}`);
    expect(rows.map((r) => r.seq)).toEqual(actions.map((_, i) => i + 1));
    expect(rows.map((r) => r.action).sort()).toEqual([...actions].sort());
    expect((await verify()).brokenAt).toBeNull();
  });

  const onPostgres = process.env.DATABASE_URL ? it : it.skip;
  onPostgres('an append to one entity does not wait for an open transaction appending to another', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let appended!: () => void;
    const inside = new Promise<void>((resolve) => (appended = resolve));
    const first = inTransaction(t.deps.db, async (tx) => {
      await appendAudit(tx, t.deps.clock, { actorUserId: null, action: 'test.held', entity: 'test', entityId: A });
      appended();
      await held;
    });
    await inside;
    // with one global chain lock this append would wait for `first` to commit; it must finish while `first` is open
    const second = append({ action: 'test.free', entityId: randomUUID() }).then(() => 'done');
    const winner = await Promise.race([second, new Promise((r) => setTimeout(() => r('waited'), 3000))]);
    release();
    await first;
    expect(winner).toBe('done');
  });
});

describe('the legacy global chain (rows written before migration 0026)', () => {
  it('still verifies in id order beside the per-entity chains, and an edit to it is found', async () => {
    let prev = GENESIS_HASH;
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const row = {
        at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        actorUserId: null,
        action: 'legacy',
        entity: 'test',
        entityId: `${i}`,
        data: '{}',
      };
      const hash = hashLegacyAuditRow(prev, row);
      const [inserted] = await t.deps.db
        .insert(auditLog)
        .values({ ...row, at: new Date(row.at), prevHash: prev, hash })
        .returning({ id: auditLog.id });
      ids.push(inserted!.id);
      prev = hash;
    }
    const before = await verify();
    expect(before.brokenAt).toBeNull();
    await append({ entityId: B });
    await withTriggersOff(async () => {
      await t.deps.db
        .update(auditLog)
        .set({ data: '{"x":1}' })
        .where(and(eq(auditLog.id, ids[1]!)));
      expect((await verify()).breaks).toEqual([{ chain: 'audit_log', id: ids[1], seq: null, problem: 'hash' }]);
      await t.deps.db.update(auditLog).set({ data: '{}' }).where(eq(auditLog.id, ids[1]!));
    });
    const after = await verify();
    expect([after.brokenAt, after.chains, after.rows]).toEqual([null, before.chains, before.rows + 1]);
  });
});
