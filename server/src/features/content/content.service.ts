/** Rules shared by the admin writes of every content list: audited transactions, 409 on a taken slug, status changes. */
import type { ContentStatus } from '../../../../shared/domain/assistance';
import type { TFieldIssue } from '../../../../shared/errors';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './content.repo';

const ENTITY: Record<repo.ContentTable, string> = {
  livestreams: 'livestream',
  stories: 'story',
  providers: 'provider',
  services: 'service',
};

/**
 * Runs a content write and its audit row in one transaction, so an invalid or failed write changes nothing.
 * A unique-slug violation becomes CONFLICT with a plain message.
 *
 * @throws AppError CONFLICT when the slug is already used.
 */
export async function auditedWrite<T extends { id: string }>(
  deps: Deps,
  actorUserId: string,
  audit: { table: repo.ContentTable; action: string; slug: string },
  write: (tx: Db) => Promise<T>,
): Promise<T> {
  try {
    return await inTransaction(deps.db, async (tx) => {
      const row = await write(tx);
      await appendAudit(tx, deps.clock, {
        actorUserId,
        action: `${ENTITY[audit.table]}.${audit.action}`,
        entity: ENTITY[audit.table],
        entityId: row.id,
        data: { slug: audit.slug },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('CONFLICT', {
        message: '这个标识已经被使用，请换一个',
        details: [{ field: 'slug', message: '标识已被使用' }],
      });
    throw err;
  }
}

/**
 * Publishes, unpublishes (draft) or archives one item, audited.
 *
 * @throws AppError NOT_FOUND when the slug is unknown.
 */
export async function setContentStatus(
  deps: Deps,
  actorUserId: string,
  table: repo.ContentTable,
  slug: string,
  status: ContentStatus,
) {
  const row = await auditedWrite(deps, actorUserId, { table, action: `status.${status}`, slug }, async (tx) => {
    const updated = await repo.setStatus(tx, table, slug, status, deps.clock.now());
    if (!updated) throw new AppError('NOT_FOUND', { message: '没有找到这一条内容' });
    return updated;
  });
  return { slug: row.slug, status: row.status };
}

/** Throws VALIDATION_FAILED when any issue was collected. */
export function assertNoIssues(issues: TFieldIssue[]): void {
  if (issues.length > 0) throw validationError(issues);
}

function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export const iso = (d: Date | string) => new Date(d).toISOString();
