/** The resident side: my applications (as applicant or as the subject of a relative's), withdraw, add information, revoke consent. */
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { latestEventId } from '../attachments/attachments.repo';
import { linkStagedFiles, listAttachmentInfo } from '../attachments/link';
import { appendAudit } from '../audit/audit.repo';
import { loadOutcomeView } from '../closure/outcome.presenter';
import { consumeUserLimit } from '../ratelimit/user-limits';
import { contactOfApplication } from '../org/contact.service';
import * as repo from './applications.repo';
import { residentDeliveries } from './deliveries.repo';
import { presentDetail, presentListItem, viewerOf } from './applicant.presenter';
import { applyTransition } from './lifecycle';
import { requireSensitiveConsentForInfo, type ProvidedInfo } from './sensitive-consent';
import { closeLiveReferrals } from './stop-processing';

export async function listMine(deps: Deps, userId: string) {
  return { items: (await repo.listVisibleTo(deps.db, deps.cipher, userId)).map((r) => presentListItem(r, userId)) };
}

/** @throws AppError NOT_FOUND when the user is neither applicant nor subject */
export async function getMine(deps: Deps, userId: string, id: string) {
  const row = await repo.findVisible(deps.db, deps.cipher, userId, id);
  if (!row) throw notFound();
  // the application's own files for applicant and subject; a referrer sees nothing beyond the status
  const referrer = viewerOf(row, userId) === 'referrer';
  const files = referrer ? [] : await listAttachmentInfo(deps.db, id, ['application']);
  const contact = referrer ? null : await contactOfApplication(deps.db, row.app.servicePointId);
  const deliveries = referrer ? [] : await residentDeliveries(deps.db, id);
  const done = row.app.status === 'resolved' || row.app.status === 'closed';
  const outcome = !referrer && done ? await loadOutcomeView(deps.db, id) : null;
  return presentDetail(row, userId, await repo.listEvents(deps.db, id), files, {
    contact,
    deliveries,
    closure: { outcome, now: deps.clock.now(), autoCloseDays: deps.env.AUTO_CLOSE_DAYS },
  });
}

/** Withdraws before resolution (applicant of a self or proxy application only); live department referrals close. */
export async function withdraw(deps: Deps, userId: string, id: string, reason?: string) {
  await inTransaction(deps.db, async (tx) => {
    const row = await requireViewer(deps, tx, userId, id, 'applicant');
    await applyTransition(deps, tx, {
      applicationId: row.app.id,
      action: 'withdraw',
      actorUserId: userId,
      canAct: () => true,
      note: reason,
      notify: false,
    });
    await closeLiveReferrals(deps, tx, row.app.id, userId, 'withdrawn');
  });
  return getMine(deps, userId, id);
}

/** Answers a request for more information (with files, optionally); the deadline starts running again. */
export async function provideInfo(deps: Deps, userId: string, id: string, info: ProvidedInfo) {
  const { message, attachmentIds } = info;
  await inTransaction(deps.db, async (tx) => {
    await consumeUserLimit(deps, tx, 'provideInfo', userId);
    const row = await requireViewer(deps, tx, userId, id, 'applicant');
    await requireSensitiveConsentForInfo(tx, row.app.id, userId, info, deps.clock.now());
    await applyTransition(deps, tx, {
      applicationId: row.app.id,
      action: 'provideInfo',
      actorUserId: userId,
      canAct: () => true,
      note: message,
      patch: resumeDeadline(row.app, deps.clock.now()),
      notify: false,
    });
    if (attachmentIds?.length) {
      const eventId = await latestEventId(tx, row.app.id, 'provideInfo');
      await linkStagedFiles(tx, {
        userId,
        ids: attachmentIds,
        applicationId: row.app.id,
        purpose: 'application',
        eventId,
        field: 'attachmentIds',
        now: deps.clock.now(),
      });
    }
  });
  return getMine(deps, userId, id);
}

/** The subject of a proxy application withdraws their consent: consents end, the case is withdrawn and its referrals close. */
export async function revokeConsent(deps: Deps, userId: string, id: string) {
  await inTransaction(deps.db, async (tx) => {
    const row = await requireViewer(deps, tx, userId, id, 'subject');
    const now = deps.clock.now();
    await repo.revokeConsents(tx, row.app.id, userId, now);
    await appendAudit(tx, deps.clock, {
      actorUserId: userId,
      action: 'application.consent_revoked',
      entity: 'application',
      entityId: row.app.id,
    });
    await applyTransition(deps, tx, {
      applicationId: row.app.id,
      action: 'withdraw',
      actorUserId: userId,
      canAct: () => true,
      note: '本人撤回授权',
      notify: true,
    });
    await closeLiveReferrals(deps, tx, row.app.id, userId, 'consent_revoked');
  });
  return getMine(deps, userId, id);
}

async function requireViewer(deps: Deps, db: Db, userId: string, id: string, viewer: 'applicant' | 'subject') {
  const row = await repo.findVisible(db, deps.cipher, userId, id);
  if (!row) throw notFound();
  if (viewerOf(row, userId) !== viewer)
    throw new AppError('CONFLICT', {
      message: viewer === 'subject' ? '只有被申请人本人可以撤回授权' : '只有申请人可以这样操作',
    });
  return row;
}

/** Moves the acceptance and resolution deadlines by the time spent waiting for the resident. */
function resumeDeadline(app: { dueAt: Date | null; resolveDueAt: Date | null; pausedAt: Date | null }, now: Date) {
  const { pausedAt } = app;
  if (!pausedAt) return { pausedAt: null };
  const shift = (d: Date | null) => (d ? new Date(d.getTime() + (now.getTime() - pausedAt.getTime())) : d);
  return { pausedAt: null, dueAt: shift(app.dueAt), resolveDueAt: shift(app.resolveDueAt) };
}

const notFound = () => new AppError('NOT_FOUND', { message: '没有找到这份申请' });
