/**
 * Signed audit checkpoints anchor the chain heads outside the table: each seals the heads of the chains that moved
 * since the previous one. Deleting a chain's newest rows (triggers disabled, as the application's own role could
 * while it owns the table) leaves the hash chain valid, but `audit:verify` reports "truncated"; forged checkpoint
 * lines are reported; intact chains verify; the legacy global chain of an upgraded database stays anchored by the
 * checkpoints written before the upgrade. Works on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client';
import { auditLog } from '../../server/src/db/schema';
import {
  appendAudit,
  GENESIS_HASH,
  hashAuditRow,
  hashLegacyAuditRow,
} from '../../server/src/features/audit/audit.repo';
import { verifyAuditChains } from '../../server/src/features/audit/chain-walk.repo';
import { checkpointFileOf, checkpointRoot, signCheckpoint } from '../../server/src/features/audit/checkpoint';
import { loadEnv } from '../../server/src/env';
import {
  createCheckpointer,
  LATE_COMMIT_MS,
  startAuditCheckpoints,
} from '../../server/src/features/audit/checkpoint.job';
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

/** `count` entries about one application (a new one unless given); returns its id. */
async function audited(count: number, entityId: string = randomUUID()): Promise<string> {
  for (let i = 0; i < count; i++) {
    await t.deps.db.transaction((tx) =>
      appendAudit(tx as unknown as Db, t.deps.clock, {
        actorUserId: null,
        action: 'case.revealed',
        entity: 'application',
        entityId,
        data: { field: 'phone', i },
      }),
    );
  }
  return entityId;
}
const chainRows = (chain: string) =>
  t.deps.db.select().from(auditLog).where(eq(auditLog.chain, chain)).orderBy(asc(auditLog.seq));
const checkpointer = () => createCheckpointer(t.deps, { file, key: KEY });
const verify = () => verifyAudit(t.deps.db, { file, key: KEY });
const fileLines = () => fs.readFileSync(file, 'utf8').trim().split('\n');

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
  it('seal the heads of the chains that moved, log counts and hashes only, and verify intact chains', async () => {
    const a = await audited(3);
    const b = await audited(1);
    const sealer = checkpointer();
    const first = await sealer.sealIfMoved();
    const headA = (await chainRows(`application:${a}`)).at(-1)!;
    expect(first?.heads).toEqual(
      expect.arrayContaining([
        { chain: `application:${a}`, id: 3, hash: headA.hash, count: 3 },
        { chain: `application:${b}`, id: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/), count: 1 },
      ]),
    );
    expect(await sealer.sealIfMoved()).toBeNull();
    await audited(2, a);
    const c = await audited(1);
    const second = await sealer.sealIfMoved();
    expect(second!.heads.map((h) => [h.chain, h.id]).sort()).toEqual(
      [
        [`application:${a}`, 5],
        [`application:${c}`, 1],
      ].sort(),
    );
    expect(fileLines().map((l) => JSON.parse(l))).toEqual([first, second]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const logged = t.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'audit checkpoint');
    expect(logged.at(-1).auditCheckpoint).toEqual({
      at: second!.at,
      heads: 2,
      root: checkpointRoot(second!),
      sig: second!.sig,
    });

    const report = await verify();
    expect([report.status, report.checkpoints.lines, report.checkpoints.valid, report.checkpoints.seals]).toEqual([
      'intact',
      2,
      2,
      [],
    ]);
    expect(report.lines.at(-1)).toBe('status: intact');
    await audited(2, c);
    expect((await verify()).lines).toContain(
      '2 rows in 1 chains were written after their newest checkpoint: not anchored yet',
    );
  });

  it('of a new process start from the newest checkpoint in the file, less the time allowed for late commits', async () => {
    await audited(1);
    t.clock.advance(LATE_COMMIT_MS + 1000);
    await checkpointer().sealIfMoved();
    t.clock.advance(LATE_COMMIT_MS + 1000);
    const recent = await audited(1);
    const next = await checkpointer().sealIfMoved();
    expect(next!.heads.filter((h) => h.chain !== 'audit_log').map((h) => h.chain)).toEqual([`application:${recent}`]);
    expect((await verify()).status).toBe('intact');
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
  it('reports "truncated" when the newest rows of a chain were deleted after a checkpoint, which the chain walk alone misses', async () => {
    const a = await audited(4);
    const sealed = (await checkpointer().sealIfMoved())!.heads.find((h) => h.chain === `application:${a}`)!;
    const victims = (await chainRows(`application:${a}`)).slice(2).map((r) => r.id);
    await withTriggersOff(async () => {
      for (const id of victims) await t.deps.db.delete(auditLog).where(eq(auditLog.id, id));
    });
    await audited(2, a); // the application keeps writing on top of the cut
    expect((await verifyAuditChains(t.deps.db)).brokenAt).toBeNull();

    const report = await verify();
    expect(report.status).toBe('altered');
    expect(report.checkpoints.seals).toEqual([
      { line: 1, chain: `application:${a}`, id: 4, count: 4, problem: 'hash' },
    ]);
    // the rows written on top reuse seqs 3 and 4; a chain cut without writes after it has its sealed row missing
    const b = await audited(2);
    await checkpointer().sealIfMoved();
    const [last] = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.chain, `application:${b}`))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    await withTriggersOff(async () => {
      await t.deps.db.delete(auditLog).where(eq(auditLog.id, last!.id));
    });
    const cut = await verify();
    expect(cut.status).toBe('truncated');
    expect(cut.checkpoints.seals).toContainEqual({
      line: 2,
      chain: `application:${b}`,
      id: 2,
      count: 2,
      problem: 'missing',
    });
    expect(cut.lines).toContain(
      `TRUNCATED: checkpoint line 2 sealed application:${b} row 2 as row 2 of the chain; that row is gone`,
    );
    expect(cut.lines.at(-1)).toBe('status: truncated');
    expect(sealed.id).toBe(4);
  });

  it('reports "altered" when the sealed head row was rewritten with a recomputed hash', async () => {
    const a = await audited(2);
    await checkpointer().sealIfMoved();
    const head = (await chainRows(`application:${a}`)).at(-1);
    const forged = {
      at: head!.at.toISOString(),
      actorUserId: head!.actorUserId,
      action: 'case.viewed',
      entity: head!.entity,
      entityId: head!.entityId,
      data: head!.data,
      chain: head!.chain!,
      seq: head!.seq!,
    };
    await withTriggersOff(async () => {
      await t.deps.db
        .update(auditLog)
        .set({ action: forged.action, hash: hashAuditRow(head!.prevHash, forged) })
        .where(eq(auditLog.id, head!.id));
    });
    expect((await verifyAuditChains(t.deps.db)).brokenAt).toBeNull();
    const report = await verify();
    expect([report.status, report.checkpoints.seals.map((s) => s.problem)]).toEqual(['altered', ['hash']]);
  });

  it('reports a checkpoint whose signature does not verify: edited, signed with another key, or not a checkpoint', async () => {
    await audited(1);
    const genuine = (await checkpointer().sealIfMoved())!;
    genuine.heads.splice(1);
    const head = genuine.heads[0]!;
    const edited = { ...genuine, heads: [{ ...head, hash: GENESIS_HASH }] };
    const otherKey = signCheckpoint(Buffer.alloc(32, 0x11), new Date(genuine.at), genuine.heads);
    fs.writeFileSync(file, '');
    fs.appendFileSync(
      file,
      [signCheckpoint(KEY, new Date(genuine.at), genuine.heads), edited, otherKey]
        .map((c) => JSON.stringify(c))
        .join('\n') + '\n{"v":1,"at":"x"}\n',
    );

    const report = await verify();
    expect(report.status).toBe('forged');
    expect([report.checkpoints.lines, report.checkpoints.valid, report.checkpoints.forged]).toEqual([4, 1, [2, 3, 4]]);
    expect(report.lines).toContain('checkpoint line 2: signature INVALID (forged, damaged or signed with another key)');
  });

  it('says the tail is not anchored when there is no checkpoint file, without failing', async () => {
    const report = await verify();
    expect(report.status).toBe('intact');
    expect(report.lines).toContain(`no checkpoints in ${file}: the end of the chain is not anchored`);
    expect(report.lines.some((l) => l.endsWith('were written after their newest checkpoint: not anchored yet'))).toBe(
      true,
    );
  });
});

describe(startAuditCheckpoints.name, () => {
  it('seals periodically, and once more at shutdown when a chain moved', async () => {
    await audited(1);
    const job = startAuditCheckpoints(t.deps, { file, key: KEY, intervalMs: 20 });
    for (let i = 0; i < 200 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
    expect(fileLines()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 60)); // a few more ticks: no chain moved
    expect(fileLines()).toHaveLength(1);
    const a = await audited(1);
    await job.stop();
    expect(JSON.parse(fileLines().at(-1)!).heads).toContainEqual(
      expect.objectContaining({ chain: `application:${a}`, id: 1 }),
    );
    expect((await verify()).status).toBe('intact');
  });
});

describe('an upgraded database: the legacy global chain', () => {
  it('verifies against the checkpoints written before migration 0026, and its cut tail is found', async () => {
    let prev = GENESIS_HASH;
    const legacy: Array<{ id: number; hash: string }> = [];
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
      legacy.push({ id: inserted!.id, hash });
      prev = hash;
    }
    const count = (
      await t.deps.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where chain is null`)
    ).rows[0]!.n;
    // a line as the pre-0026 checkpointer wrote it: the one chain "audit_log", its newest row id and row count
    const old = signCheckpoint(KEY, t.deps.clock.now(), [
      { chain: 'audit_log', id: legacy[2]!.id, hash: legacy[2]!.hash, count },
    ]);
    fs.writeFileSync(file, `${JSON.stringify(old)}\n`);
    await audited(2);
    const next = await checkpointer().sealIfMoved();
    expect(next!.heads).toContainEqual({ chain: 'audit_log', id: legacy[2]!.id, hash: legacy[2]!.hash, count });
    expect((await verify()).status).toBe('intact');
    await withTriggersOff(async () => {
      await t.deps.db.delete(auditLog).where(eq(auditLog.id, legacy[2]!.id));
    });
    const report = await verify();
    expect(report.status).toBe('truncated');
    expect(report.checkpoints.seals.map((p) => [p.line, p.chain, p.problem])).toEqual([
      [1, 'audit_log', 'missing'],
      [2, 'audit_log', 'missing'],
    ]);
  });
});
