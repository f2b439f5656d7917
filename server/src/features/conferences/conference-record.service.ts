/**
 * What a conference leaves behind (issue 13.1): a decision per case, which lands on that case's timeline as a
 * `conferenceDecision` event (staff read the detail; the resident reads only the plain sentence, and is told
 * there is news with generic text), and follow-up tasks with an owner and a due day.
 */
import type { TDecisionRequest, TTaskRequest } from '../../../../shared/schemas/conferences';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { appendAudit } from '../audit/audit.repo';
import { lockApplication, insertEvent, touchVersion } from '../applications/lifecycle.repo';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import { TOPIC_APPLICATION_PROGRESS, applicationProgressPayload } from '../outbox/outbox-messages';
import { enqueue } from '../outbox/outbox.repo';
import { applicantOf } from '../orders/orders.repo';
import { conferenceNotFound, getConference, loadConference } from './conferences.service';
import * as repo from './conferences.repo';
import { addTask } from './tasks.service';

/** The conference and the case of it the caller may record for; 404 when either is not theirs. */
async function recordable(tx: Db, principal: Principal, id: string, applicationId: string | undefined) {
  const loaded = await loadConference(tx, principal, id);
  if (!loaded || !loaded.caseRows.some(loaded.mayRecord)) throw conferenceNotFound();
  if (applicationId === undefined) return null;
  const row = loaded.caseRows.find((c) => c.applicationId === applicationId);
  if (!row) throw validationError([{ field: 'applicationId', message: '这个案件不在本次会商中' }]);
  if (!loaded.mayRecord(row)) throw conferenceNotFound();
  return row;
}

/** @throws AppError NOT_FOUND | VALIDATION_FAILED (applicationId) | CONSENT_WITHDRAWN. */
export async function recordDecision(deps: Deps, principal: Principal, input: TDecisionRequest) {
  return inTransaction(deps.db, async (tx) => {
    await recordable(tx, principal, input.id, input.applicationId);
    const app = (await lockApplication(tx, input.applicationId))!;
    if (isStopped(app.status)) throw consentWithdrawn();
    const now = deps.clock.now();
    const decision = await repo.insertDecision(tx, {
      conferenceId: input.id,
      applicationId: app.id,
      detail: input.detail,
      plainText: input.plainText,
      decidedBy: principal.userId,
      createdAt: now,
    });
    await touchVersion(tx, app, now);
    await insertEvent(tx, {
      applicationId: app.id,
      type: 'conferenceDecision',
      actorUserId: principal.userId,
      statusFrom: app.status,
      statusTo: app.status,
      note: input.detail,
      data: { conferenceId: input.id, decisionId: decision.id, plainText: input.plainText },
      createdAt: now,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'conference.decide',
      entity: 'case_conference',
      entityId: input.id,
      data: { applicationId: app.id, decisionId: decision.id },
    });
    const resident = await applicantOf(tx, app.id);
    if (resident)
      await enqueue(tx, {
        topic: TOPIC_APPLICATION_PROGRESS,
        payload: applicationProgressPayload(resident, now),
        dedupeKey: `conference-decision:${decision.id}`,
        nextAttemptAt: now,
      });
    return getConference(deps, principal, input.id, tx);
  });
}

/** @throws AppError NOT_FOUND | VALIDATION_FAILED (applicationId, owner.id, dueOn). */
export async function addConferenceTask(deps: Deps, principal: Principal, input: TTaskRequest) {
  return inTransaction(deps.db, async (tx) => {
    await recordable(tx, principal, input.id, input.applicationId);
    await addTask(deps, tx, principal, {
      source: { conferenceId: input.id },
      applicationId: input.applicationId ?? null,
      title: input.title,
      owner: input.owner,
      dueOn: input.dueOn,
    });
    return getConference(deps, principal, input.id, tx);
  });
}
