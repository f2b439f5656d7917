/**
 * appendAudit computes each row's hash in SQL (one INSERT … SELECT after the chain's lock); the verifier and
 * firstAuditRow (the submit's first row) compute it in Node with hashAuditRow. Both must agree for any text: Chinese,
 * quotes, backslashes, control characters, emoji, nulls, and in chain names built from such entity ids.
 */
import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { inTransaction } from '../../server/src/db/transaction';
import { auditLog } from '../../server/src/db/schema';
import {
  appendAudit,
  chainOf,
  firstAuditRow,
  GENESIS_HASH,
  hashAuditRow,
  type AuditEntry,
} from '../../server/src/features/audit/audit.repo';
import { verifyAuditChains } from '../../server/src/features/audit/chain-walk.repo';
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
      { actorUserId: null, action: 'test.again', entity: '申请', entityId: '翠苑一区', data: { n: 2 } },
      { actorUserId: user.id, action: 'test.actor', entity: 'session' },
    ];
    for (const entry of entries) {
      t.clock.advance(1);
      await append(entry);
    }
    const rows = await t.deps.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows).toHaveLength(entries.length);
    const prevOf = new Map<string, { hash: string; seq: number }>();
    rows.forEach((r, i) => {
      const entry = entries[i]!;
      expect(r).toMatchObject({
        actorUserId: entry.actorUserId,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId ?? null,
        data: JSON.stringify(entry.data ?? {}),
        chain: chainOf(entry),
      });
      const prev = prevOf.get(r.chain!) ?? { hash: GENESIS_HASH, seq: 0 };
      expect([r.prevHash, r.seq]).toEqual([prev.hash, prev.seq + 1]);
      expect(r.hash).toBe(
        hashAuditRow(prev.hash, {
          chain: r.chain!,
          seq: r.seq!,
          at: r.at.toISOString(),
          actorUserId: r.actorUserId,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          data: r.data,
        }),
      );
      prevOf.set(r.chain!, { hash: r.hash, seq: r.seq! });
      if (r.seq === 1) {
        const first = firstAuditRow(r.at, entry);
        expect([first.hash, first.seq, first.prevHash]).toEqual([r.hash, 1, GENESIS_HASH]);
      }
    });
    expect(rows.map((r) => r.chain)).toEqual(
      expect.arrayContaining([
        'system',
        ['申请', '翠苑一区'].join(':') /* chain key: entity:id */,
        `actor:${user.id}`,
        'test:a"b\\c\n\t\u0001',
      ]),
    );
    expect(await verifyAuditChains(t.deps.db)).toMatchObject({ rows: entries.length, chains: 5, brokenAt: null });
  });
});
