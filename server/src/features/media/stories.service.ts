/** Stories (典型案例): published list with cursor pagination, detail, and audited admin writes. */
import type { ContentStatus, NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import type { TStoryInput } from '../../../../shared/schemas/content';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { auditedWrite } from './content.service';
import * as repo from './stories.repo';

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

function presentAdmin(row: repo.StoryRow) {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    images: row.images,
    needTiers: row.needTiers,
    targetGroups: row.targetGroups,
    policySlugs: row.policySlugs,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const encodeCursor = (row: repo.StoryRow) => Buffer.from(`${row.publishedAt!.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { publishedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(at ?? '');
  if (Number.isNaN(publishedAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw validationError([{ field: 'cursor', message: '翻页参数无效,请从第一页开始' }]);
  return { publishedAt, id: id! };
}

/** @throws AppError VALIDATION_FAILED naming cursor when it was not issued by this endpoint. */
export async function listStories(deps: Deps, f: { needTier?: NeedTier; targetGroup?: TargetGroup; cursor?: string; limit: number }) {
  const after = f.cursor ? decodeCursor(f.cursor) : undefined;
  const rows = await repo.listPublished(deps.db, { ...f, after, limit: f.limit + 1 });
  const page = rows.slice(0, f.limit);
  return { items: page.map(presentSummary), nextCursor: rows.length > f.limit ? encodeCursor(page[page.length - 1]!) : null };
}

/** @throws AppError NOT_FOUND when the story is unknown or not published. */
export async function getStory(deps: Deps, slug: string) {
  const row = await repo.findBySlug(deps.db, slug, true);
  if (!row) throw NOT_FOUND();
  return { ...presentSummary(row), body: row.body, images: row.images, policySlugs: row.policySlugs };
}

export async function listAllStories(deps: Deps, status?: ContentStatus) {
  return { items: (await repo.listAll(deps.db, status)).map(presentAdmin) };
}

const valuesOf = (input: TStoryInput) => ({ ...input });

/** Creates a draft story. @throws AppError CONFLICT on a taken slug. */
export async function createStory(deps: Deps, actorUserId: string, input: TStoryInput) {
  const row = await auditedWrite(deps, actorUserId, { table: 'stories', action: 'create', slug: input.slug }, (tx) => repo.insert(tx, { ...valuesOf(input), status: 'draft' }));
  return presentAdmin(row);
}

/** Replaces a story's fields (the slug identifies it). @throws AppError NOT_FOUND for an unknown slug. */
export async function updateStory(deps: Deps, actorUserId: string, input: TStoryInput) {
  const row = await auditedWrite(deps, actorUserId, { table: 'stories', action: 'update', slug: input.slug }, async (tx) => {
    const updated = await repo.update(tx, input.slug, { ...valuesOf(input), updatedAt: deps.clock.now() });
    if (!updated) throw NOT_FOUND();
    return updated;
  });
  return presentAdmin(row);
}
