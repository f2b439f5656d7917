/**
 * appendAudit computes each row's hash in SQL (one INSERT … SELECT after the chain lock); the verifier
 * recomputes it in Node with hashAuditRow. Both must agree for any text: Chinese, quotes, backslashes,
 * control characters, emoji, nulls.
 */
import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { inTransaction } from '../../server/src/db/transaction';
import { auditLog } from '../../server/src/db/schema';
import {
  appendAudit,
  GENESIS_HASH,
  hashAuditRow,
  verifyAuditChain,
  type AuditEntry,
} from '../../server/src/features/audit/audit.repo';
import { buildUser } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

const append = (entry: AuditEntry) => inTransaction(t.deps.db, (tx) => appendAudit(tx, t.deps.clock, entry));

describe('audit hash computed in SQL', () => {
  it('matches hashAuditRow for awkward text and nulls, row by row', async () => {
    const user = await buildUser(t);
    const entries: AuditEntry[] = [
      { actorUserId: null, action: 'test.plain', entity: 'test' },
      {
        actorUserId: user.id,
        action: 'test.中文',
        entity: '申请',
        entityId: '翠苑一区',
        data: { note: '王秀英 "老人" \\ 路径 C:\\temp' },
      },
      {
        actorUserId: null,
        action: 'test.control',
        entity: 'test',
        entityId: 'a"b\\c\n\t\u0001',
        data: { emoji: '👵🏻', nested: { list: [1, null, 'x'] } },
      },
      { actorUserId: user.id, action: "test.quote'", entity: "o'brien", entityId: randomUUID(), data: {} },
    ];
    for (const entry of entries) {
      t.clock.advance(1);
      await append(entry);
    }
    const rows = await t.deps.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows).toHaveLength(entries.length);
    let prev = GENESIS_HASH;
    rows.forEach((r, i) => {
      const entry = entries[i]!;
      expect(r).toMatchObject({
        actorUserId: entry.actorUserId,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId ?? null,
        data: JSON.stringify(entry.data ?? {}),
        prevHash: prev,
      });
      expect(r.hash).toBe(
        hashAuditRow(prev, {
          at: r.at.toISOString(),
          actorUserId: r.actorUserId,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          data: r.data,
        }),
      );
      prev = r.hash;
    });
    expect(await verifyAuditChain(t.deps.db)).toEqual({ rows: entries.length, brokenAt: null });
  });
});
