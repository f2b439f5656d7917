/** Stories (典型案例) for residents: published list with cursor pagination, and detail. Admin writes: stories-admin.service.ts. */
import type { NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import * as repo from './stories.repo';
import { readDb } from '../../db/read-routing';

const NOT_FOUND = () => new AppError('NOT_FOUND', { message: '没有找到这个案例' });

function presentSummary(row: repo.StoryRow) {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    cover: row.images[0] ?? null,
    needTiers: row.needTiers,
    targetGroups: row.targetGroups,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
  };
}

const encodeCursor = (row: repo.StoryRow) =>
  Buffer.from(`${row.publishedAt!.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { publishedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(at ?? '');
  if (Number.isNaN(publishedAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? ''))
    throw validationError([{ field: 'cursor', message: '翻页参数无效，请从第一页开始' }]);
  return { publishedAt, id: id! };
}

/** @throws AppError VALIDATION_FAILED naming cursor when it was not issued by this endpoint. */
export async function listStories(
  deps: Deps,
  f: { needTier?: NeedTier; targetGroup?: TargetGroup; cursor?: string; limit: number },
) {
  const after = f.cursor ? decodeCursor(f.cursor) : undefined;
  const rows = await repo.listPublished(readDb(deps), { ...f, after, limit: f.limit + 1 });
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(presentSummary),
    nextCursor: rows.length > f.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** @throws AppError NOT_FOUND when the story is unknown or not published. */
export async function getStory(deps: Deps, slug: string) {
  const row = await repo.findBySlug(readDb(deps), slug, true);
  if (!row) throw NOT_FOUND();
  return { ...presentSummary(row), body: row.body, images: row.images, policySlugs: row.policySlugs };
}
