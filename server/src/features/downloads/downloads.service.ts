/**
 * Authorised download. Who may download a linked file is who may see its application: staff whose scope covers
 * the case (any purpose; audited), and the applicant or the bound subject of a proxy application (the application's own
 * files only, never visit photos). A referrer never; a department officer never (evidence may hold ID cards,
 * income or health papers beyond the department's field allow-list). A staged file is visible to its uploader
 * only. Everyone else gets 404. Sits above applications and cases (it asks them who may see what); the files
 * themselves come from attachments/. Once the application is withdrawn (or consent revoked) staff get CONSENT_WITHDRAWN;
 * the applicant and the bound subject keep access to their own application's files.
 */
import type { Readable } from 'node:stream';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { findVisible } from '../applications/applications.repo';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import { viewerOf } from '../applications/applicant.presenter';
import * as repo from '../attachments/attachments.repo';
import type { FileStorage } from '../attachments/storage';
import { findCase, staffScopeSql } from '../cases/cases.repo';
import { hasStaffScope, scopeOf } from '../cases/scope';

export type Download = { row: repo.AttachmentRow; body: Readable };

/** @throws AppError NOT_FOUND when the file does not exist or the caller may not see it | CONSENT_WITHDRAWN (staff, withdrawn case). */
export async function openDownload(
  deps: Deps,
  storage: FileStorage,
  principal: Principal,
  id: string,
): Promise<Download> {
  const row = await repo.findAttachment(deps.db, id);
  if (!row || !(await maySee(deps, principal, row))) throw notFound();
  const body = await storage.open(row.storageKey).catch((err: unknown) => {
    throw new AppError('NOT_FOUND', { message: '文件已不存在', cause: err });
  });
  return { row, body };
}

async function maySee(deps: Deps, principal: Principal, row: repo.AttachmentRow): Promise<boolean> {
  if (!row.applicationId) return row.uploadedByUserId === principal.userId;
  const scope = scopeOf(principal);
  const staffCase = hasStaffScope(scope)
    ? await findCase(deps.db, deps.cipher, row.applicationId, staffScopeSql(scope), deps.clock.now())
    : null;
  if (staffCase) {
    if (isStopped(staffCase.app.status)) throw consentWithdrawn('申请已撤回或本人已撤回授权，材料不能再下载');
    await inTransaction(deps.db, async (tx) => {
      await appendAudit(tx, deps.clock, {
        actorUserId: principal.userId,
        action: 'attachment.downloaded',
        entity: 'application',
        entityId: row.applicationId,
        data: { attachmentId: row.id, purpose: row.purpose },
      });
    });
    return true;
  }
  if (row.purpose !== 'application') return false;
  const app = await findVisible(deps.db, deps.cipher, principal.userId, row.applicationId);
  return !!app && viewerOf(app, principal.userId) !== 'referrer';
}

const notFound = () => new AppError('NOT_FOUND', { message: '没有找到这个文件' });
