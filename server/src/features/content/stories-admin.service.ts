/** Admin writes for stories (典型案例): audited, all-or-nothing. */
import type { ContentStatus, NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import type { TStoryInput } from '../../../../shared/schemas/content';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { auditedWrite } from './content.service';
import * as repo from './stories.repo';

const NOT_FOUND = () => new AppError('NOT_FOUND', { message: '没有找到这个案例' });

function presentAdmin(row: repo.StoryRow) {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    images: row.images,
    needTiers: row.needTiers as NeedTier[],
    targetGroups: row.targetGroups as TargetGroup[],
    policySlugs: row.policySlugs,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listAllStories(deps: Deps, status?: ContentStatus) {
  return { items: (await repo.listAll(deps.db, status)).map(presentAdmin) };
}

const valuesOf = (input: TStoryInput) => ({ ...input });

/** Creates a draft story. @throws AppError CONFLICT on a taken slug. */
export async function createStory(deps: Deps, actorUserId: string, input: TStoryInput) {
  const row = await auditedWrite(deps, actorUserId, { table: 'stories', action: 'create', slug: input.slug }, (tx) =>
    repo.insert(tx, { ...valuesOf(input), status: 'draft' }),
  );
  return presentAdmin(row);
}

/** Replaces a story's fields (the slug identifies it). @throws AppError NOT_FOUND for an unknown slug. */
export async function updateStory(deps: Deps, actorUserId: string, input: TStoryInput) {
  const row = await auditedWrite(
    deps,
    actorUserId,
    { table: 'stories', action: 'update', slug: input.slug },
    async (tx) => {
      const updated = await repo.update(tx, input.slug, { ...valuesOf(input), updatedAt: deps.clock.now() });
      if (!updated) throw NOT_FOUND();
      return updated;
    },
  );
  return presentAdmin(row);
}
