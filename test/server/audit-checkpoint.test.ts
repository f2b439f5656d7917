/**
 * Signed audit checkpoints anchor the chain head outside the table: deleting the newest rows (triggers disabled, as
 * the application's own role could while it owns the table) leaves the hash chain valid, but `audit:verify` reports
 * "truncated"; forged checkpoint lines are reported; an intact chain verifies. Works on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client';
import { auditLog } from '../../server/src/db/schema';
import { appendAudit, hashAuditRow, verifyAuditChain } from '../../server/src/features/audit/audit.repo';
import { auditChainHeads } from '../../server/src/features/audit/chain-heads.repo';
import { checkpointFileOf, signCheckpoint } from '../../server/src/features/audit/checkpoint';
import { loadEnv } from '../../server/src/env';
import { createCheckpointer, startAuditCheckpoints } from '../../server/src/features/audit/checkpoint.job';
import { verifyAudit } from '../../server/src/features/audit/verify';
import { useTestApp } from './support/harness';

const t = useTestApp();
const KEY = Buffer.alloc(32, 0x5a);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-audit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let file = '';
beforeEach(() => {
  file = path.join(dir, `${randomUUID()}.jsonl`);
});

async function audited(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await t.deps.db.transaction((tx) =>
      appendAudit(tx as unknown as Db, t.deps.clock, {
        actorUserId: null,
        action: 'case.revealed',
        entity: 'application',
        entityId: randomUUID(),
        data: { field: 'phone', i },
      }),
    );
  }
}
const checkpointer = () => createCheckpointer(t.deps, { file, key: KEY });
const verify = () => verifyAudit(t.deps.db, { file, key: KEY });
const fileLines = () => fs.readFileSync(file, 'utf8').trim().split('\n');
const newestIds = async (n: number) =>
  (await t.deps.db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(n)).map((r) => r.id);

/** Runs `fn` with the append-only triggers disabled on this test's own connection, always re-enabling them. */
async function withTriggersOff(fn: () => Promise<void>) {
  await t.deps.db.execute(sql`alter table audit_log disable trigger user`);
  try {
    await fn();
  } finally {
    await t.deps.db.execute(sql`alter table audit_log enable trigger user`);
  }
}

describe('checkpoints', () => {
  it('seal the head only when it moved, log ids, counts and hashes only, and verify an intact chain', async () => {
    await audited(5);
    const sealer = checkpointer();
    const first = await sealer.sealIfMoved();
    const [headId] = await newestIds(1);
    expect(first?.heads).toEqual([
      {
        chain: 'audit_log',
        id: headId,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        count: (await verifyAuditChain(t.deps.db)).rows,
      },
    ]);
    expect(await sealer.sealIfMoved()).toBeNull();
    await audited(3);
    const second = await sealer.sealIfMoved();
    expect(second!.heads[0]!.count).toBe(first!.heads[0]!.count + 3);
    expect(fileLines().map((l) => JSON.parse(l))).toEqual([first, second]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const logged = t.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'audit checkpoint');
    expect(logged.map((l) => l.auditCheckpoint)).toEqual([first, second]);
    expect(Object.keys(logged[1].auditCheckpoint.heads[0]).sort()).toEqual(['chain', 'count', 'hash', 'id']);

    const report = await verify();
    expect([report.status, report.checkpoints.lines, report.checkpoints.valid, report.checkpoints.seals]).toEqual([
      'intact',
      2,
      2,
      [],
    ]);
    expect(report.lines.at(-1)).toBe('status: intact');
    await audited(2);
    expect((await verify()).lines).toContain(
      'audit_log: 2 rows after the newest checkpoint (row ' + second!.heads[0]!.id + ') are not anchored yet',
    );
  });

  it('go to DATA_DIR/audit-checkpoints.jsonl unless AUDIT_CHECKPOINT_FILE says otherwise', () => {
    expect(checkpointFileOf(loadEnv({ DATA_DIR: '/srv/zhulian' }))).toBe('/srv/zhulian/audit-checkpoints.jsonl');
    expect(
      checkpointFileOf(loadEnv({ DATA_DIR: '/srv/zhulian', AUDIT_CHECKPOINT_FILE: '/var/log/zhulian/seals.jsonl' })),
    ).toBe('/var/log/zhulian/seals.jsonl');
  });

  it('from several processes, sealing the same or older heads in any order, are all valid', async () => {
    const [a, b] = [checkpointer(), checkpointer()];
    await a.sealIfMoved();
    await audited(2);
    await Promise.all([a.sealIfMoved(), b.sealIfMoved()]);
    expect(fileLines()).toHaveLength(3);
    expect((await verify()).status).toBe('intact');
  });
});

describe('audit:verify against checkpoints', () => {
  it('reports "truncated" when the newest rows were deleted after a checkpoint, which the chain walk alone misses', async () => {
    await audited(8);
    const sealed = await checkpointer().sealIfMoved();
    const victims = await newestIds(4);
    await withTriggersOff(async () => {
      for (const id of victims) await t.deps.db.delete(auditLog).where(eq(auditLog.id, id));
    });
    await audited(2); // the application keeps writing on top of the cut
    expect((await verifyAuditChain(t.deps.db)).brokenAt).toBeNull();

    const report = await verify();
    expect(report.status).toBe('truncated');
    expect(report.checkpoints.seals).toEqual([
      { line: 1, chain: 'audit_log', id: sealed!.heads[0]!.id, count: sealed!.heads[0]!.count, problem: 'missing' },
    ]);
    expect(report.lines).toContain(
      `TRUNCATED: checkpoint line 1 sealed audit_log row ${sealed!.heads[0]!.id} as row ${sealed!.heads[0]!.count} of the chain; that row is gone`,
    );
    expect(report.lines.at(-1)).toBe('status: truncated');
  });

  it('reports "altered" when the sealed head row was rewritten with a recomputed hash', async () => {
    await audited(2);
    await checkpointer().sealIfMoved();
    const [head] = await t.deps.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const forged = {
      at: head!.at.toISOString(),
      actorUserId: head!.actorUserId,
      action: 'case.viewed',
      entity: head!.entity,
      entityId: head!.entityId,
      data: head!.data,
    };
    await withTriggersOff(async () => {
      await t.deps.db
        .update(auditLog)
        .set({ action: forged.action, hash: hashAuditRow(head!.prevHash, forged) })
        .where(eq(auditLog.id, head!.id));
    });
    expect((await verifyAuditChain(t.deps.db)).brokenAt).toBeNull();
    const report = await verify();
    expect([report.status, report.checkpoints.seals.map((s) => s.problem)]).toEqual(['altered', ['hash']]);
  });

  it('reports a checkpoint whose signature does not verify: edited, signed with another key, or not a checkpoint', async () => {
    await audited(1);
    const genuine = (await checkpointer().sealIfMoved())!;
    const head = genuine.heads[0]!;
    const edited = { ...genuine, heads: [{ ...head, count: head.count - 1 }] };
    const otherKey = signCheckpoint(Buffer.alloc(32, 0x11), new Date(genuine.at), genuine.heads);
    fs.appendFileSync(file, [edited, otherKey].map((c) => JSON.stringify(c)).join('\n') + '\n{"v":1,"at":"x"}\n');

    const report = await verify();
    expect(report.status).toBe('forged');
    expect([report.checkpoints.lines, report.checkpoints.valid, report.checkpoints.forged]).toEqual([4, 1, [2, 3, 4]]);
    expect(report.lines).toContain('checkpoint line 2: signature INVALID (forged, damaged or signed with another key)');
  });

  it('says the tail is not anchored when there is no checkpoint file, without failing', async () => {
    const report = await verify();
    expect(report.status).toBe('intact');
    expect(report.lines).toContain(`no checkpoints in ${file}: the end of the chain is not anchored`);
  });
});

describe(startAuditCheckpoints.name, () => {
  it('seals periodically, and once more at shutdown when the head moved', async () => {
    await audited(1);
    const job = startAuditCheckpoints(t.deps, { file, key: KEY, intervalMs: 20 });
    for (let i = 0; i < 200 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
    expect(fileLines()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 60)); // a few more ticks: the head did not move
    expect(fileLines()).toHaveLength(1);
    await audited(1);
    const [headId] = await newestIds(1);
    await job.stop();
    expect(JSON.parse(fileLines().at(-1)!).heads[0].id).toBe(headId);
    expect((await auditChainHeads.heads(t.deps.db))[0]!.id).toBe(headId);
    expect((await verify()).status).toBe('intact');
  });
});
