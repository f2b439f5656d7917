/**
 * The matching catalog's refresh (features/policies/catalog.service): fresh for 10 s, then rebuilt in the background
 * while the old one still answers (at most 30 s old), and dropped at once by a content change in this process.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { matchingCatalog, type LoadedCatalog } from '../../server/src/features/policies/catalog.service';
import { contentChanged } from '../../server/src/lib/content-events';
import { useTestApp } from './support/harness';

const t = useTestApp();

/** Renames one published policy straight in the database, as another server process would (no content event here). */
async function renameDirectly(id: string, title: string): Promise<void> {
  await queryRows(t.deps.db, sql`update policies set title = ${title} where id = ${id}`);
}

const titleIn = (catalog: LoadedCatalog, id: string) => catalog.policies.find((p) => p.id === id)?.title;

/** Waits (bounded) until the catalog in use is no longer `old`. */
async function nextCatalog(old: LoadedCatalog): Promise<LoadedCatalog> {
  for (let i = 0; i < 200; i += 1) {
    const current = await matchingCatalog(t.deps);
    if (current !== old) return current;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the catalog was not rebuilt');
}

describe('matching catalog refresh', () => {
  it('keeps the catalog for 10 s, then answers with the old one while the new one is built', async () => {
    const first = await matchingCatalog(t.deps);
    const id = first.policies[0]!.id;
    const original = titleIn(first, id)!;
    await renameDirectly(id, '后台刷新后的标题');
    t.clock.advance(9_000);
    expect(await matchingCatalog(t.deps)).toBe(first);
    t.clock.advance(1_001);
    // stale: the old catalog answers at once, a rebuild starts behind it
    expect(await matchingCatalog(t.deps)).toBe(first);
    const rebuilt = await nextCatalog(first);
    expect(titleIn(rebuilt, id)).toBe('后台刷新后的标题');
    await renameDirectly(id, original);
  });

  it('waits for a new catalog once the old one is more than 30 s old', async () => {
    const first = await matchingCatalog(t.deps);
    const id = first.policies[0]!.id;
    const original = titleIn(first, id)!;
    await renameDirectly(id, '过期很久后的标题');
    t.clock.advance(30_001);
    const current = await matchingCatalog(t.deps);
    expect(current).not.toBe(first);
    expect(titleIn(current, id)).toBe('过期很久后的标题');
    await renameDirectly(id, original);
  });

  it('drops the catalog at once when content changes in this process', async () => {
    const first = await matchingCatalog(t.deps);
    const id = first.policies[0]!.id;
    const original = titleIn(first, id)!;
    await renameDirectly(id, '本进程修改后的标题');
    contentChanged(t.deps.db);
    const current = await matchingCatalog(t.deps);
    expect(current).not.toBe(first);
    expect(titleIn(current, id)).toBe('本进程修改后的标题');
    await renameDirectly(id, original);
    contentChanged(t.deps.db);
  });
});
