/**
 * The hash-chained, append-only audit log: appends verify, the trigger refuses UPDATE/DELETE/TRUNCATE,
 * tampering (with the trigger off, as a superuser could) is caught at the row, and concurrent appends keep one chain.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../server/src/db/transaction';
import { auditLog } from '../../server/src/db/schema';
import {
  appendAudit,
  GENESIS_HASH,
  hashAuditRow,
  verifyAuditChain,
  type AuditEntry,
} from '../../server/src/features/audit/audit.repo';
import { useTestApp } from './support/harness';

const t = useTestApp();

const append = (entry: Partial<AuditEntry> = {}) =>
  inTransaction(t.deps.db, (tx) =>
    appendAudit(tx, t.deps.clock, {
      actorUserId: null,
      action: 'test.event',
      entity: 'test',
      entityId: randomUUID(),
      data: { n: 1 },
      ...entry,
    }),
  );
const allRows = () => t.deps.db.select().from(auditLog).orderBy(asc(auditLog.id));

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

describe('appendAudit and verifyAuditChain', () => {
  it('starts from the genesis hash and links every row to the previous one', async () => {
    const before = await verifyAuditChain(t.deps.db);
    expect(before.brokenAt).toBeNull();
    for (let i = 0; i < 5; i++) await append({ action: `test.step${i}`, data: { i, note: '含中文' } });
    const rows = await allRows();
    expect(rows.length).toBe(before.rows + 5);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(rows.at(-1)!.data).toBe(JSON.stringify({ i: 4, note: '含中文' }));
    expect(await verifyAuditChain(t.deps.db)).toEqual({ rows: rows.length, brokenAt: null });
    expect(await verifyAuditChain(t.deps.db, 2)).toEqual({ rows: rows.length, brokenAt: null });
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
    await append();
    const [target] = await allRows();
    await expectRefused(t.deps.db.execute(statement(target!.id)));
    const [after] = await t.deps.db.select().from(auditLog).where(eq(auditLog.id, target!.id));
    expect(after).toEqual(target);
    expect((await verifyAuditChain(t.deps.db)).brokenAt).toBeNull();
  });
});

describe('tamper detection (triggers disabled)', () => {
  it('finds an edited row at its id, and the chain is whole again once restored', async () => {
    await append();
    const rows = await allRows();
    const victim = rows[Math.floor(rows.length / 2)]!;
    await withTriggersOff(async () => {
      await t.deps.db.update(auditLog).set({ data: '{"n":2}' }).where(eq(auditLog.id, victim.id));
      expect(await verifyAuditChain(t.deps.db)).toEqual({ rows: rows.indexOf(victim), brokenAt: victim.id });
      await t.deps.db.update(auditLog).set({ data: victim.data }).where(eq(auditLog.id, victim.id));
    });
    expect(await verifyAuditChain(t.deps.db)).toEqual({ rows: rows.length, brokenAt: null });
    await expectRefused(t.deps.db.execute(sql`update audit_log set data = '{}' where id = ${victim.id}`));
  });

  it('finds a row whose hash was recomputed by the next row', async () => {
    const rows = await allRows();
    const victim = rows[1]!;
    const forged = {
      at: victim.at.toISOString(),
      actorUserId: victim.actorUserId,
      action: 'forged',
      entity: victim.entity,
      entityId: victim.entityId,
      data: victim.data,
    };
    await withTriggersOff(async () => {
      await t.deps.db
        .update(auditLog)
        .set({ action: 'forged', hash: hashAuditRow(victim.prevHash, forged) })
        .where(eq(auditLog.id, victim.id));
      expect((await verifyAuditChain(t.deps.db)).brokenAt).toBe(rows[2]!.id);
      await t.deps.db
        .update(auditLog)
        .set({ action: victim.action, hash: victim.hash })
        .where(eq(auditLog.id, victim.id));
    });
    expect((await verifyAuditChain(t.deps.db)).brokenAt).toBeNull();
  });

  it('finds a deleted row by the gap it leaves', async () => {
    const rows = await allRows();
    const victim = rows[2]!;
    await withTriggersOff(async () => {
      await t.deps.db.delete(auditLog).where(eq(auditLog.id, victim.id));
      expect((await verifyAuditChain(t.deps.db)).brokenAt).toBe(rows[3]!.id);
      await t.deps.db.execute(sql`insert into audit_log overriding system value select ${sql.raw('*')} from (values (
        ${victim.id}::bigint, ${victim.at.toISOString()}::timestamptz, ${victim.actorUserId}::uuid, ${victim.action}, ${victim.entity},
        ${victim.entityId}, ${victim.data}, ${victim.prevHash}, ${victim.hash})) v`);
    });
    expect((await verifyAuditChain(t.deps.db)).brokenAt).toBeNull();
  });
});

describe('concurrent appends', () => {
  it('20 appends in parallel, each in its own transaction, keep one unbroken chain', async () => {
    const before = (await allRows()).length;
    const actions = Array.from({ length: 20 }, (_, i) => `test.parallel${i}`);
    await Promise.all(actions.map((action) => append({ action })));
    const rows = await allRows();
    expect(rows.length).toBe(before + 20);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    expect(
      rows
        .filter((r) => r.action.startsWith('test.parallel'))
        .map((r) => r.action)
        .sort(),
    ).toEqual([...actions].sort());
    expect(await verifyAuditChain(t.deps.db)).toEqual({ rows: rows.length, brokenAt: null });
  });
});
