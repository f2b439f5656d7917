/**
 * Intake: one statement writes the application, its routing decision, consents, the first timeline event, the first
 * row of its audit chain, the outbox messages, the Idempotency-Key's answer and the submitter's rate-limit counts —
 * all or nothing — so a phone on a bad network can tap submit five times and create one application. One round trip
 * when the form carries the phone and no files (issue 15, decision 45): the statement is atomic on its own, so no
 * `begin`/`commit`; routing reads cached reference data. Extra trips only off that path: the account's phone when a
 * self form leaves it out, an emergency's staff lookup, attached files (then `begin`, the statement, the links,
 * `commit`), a taken reference number, and an unfinished key claim left by an older server version.
 */
import type { TSubmitApplication, TSubmitResult } from '../../../../shared/schemas/applications';
import { sensitiveConsentIssue } from '../../../../shared/schemas/applications';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { linkStagedFiles } from '../attachments/link';
import { hashRequest, lockIdOf, replay, requireKey, type IdempotentResult } from '../idempotency/idempotency';
import * as keys from '../idempotency/idempotency.repo';
import { refuseOverLimit, userLimitWindows } from '../ratelimit/user-limits';
import * as repo from './applications.repo';
import { intakeRows, withFreshReference } from './intake-rows';
import { isReferenceTaken, submitStatement, type SubmitOutcome } from './intake.repo';
import { routeApplication } from './routing.service';
import { alertRecipients } from './staff-alerts';

const ROUTE = 'applications.submit';
/** Statement attempts: a taken reference number (4 random characters a day), a key committed meanwhile, a legacy claim. */
const ATTEMPTS = 8;

export async function submitApplication(
  deps: Deps,
  userId: string,
  input: TSubmitApplication,
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<TSubmitResult>> {
  const consentIssue = input.channel === 'referral' ? null : sensitiveConsentIssue(input);
  if (consentIssue) throw validationError([consentIssue]);
  const k = { userId, route: ROUTE, key: requireKey(idempotencyKey) };
  const requestHash = hashRequest(input);
  const isReferral = input.channel === 'referral';
  const phone = isReferral ? undefined : (input.phone ?? (await selfPhoneFromAccount(deps, deps.db, userId, input)));
  const now = deps.clock.now();
  const decision = await routeApplication(deps, deps.db, now, {
    divisionCode: input.divisionCode,
    lat: input.lat,
    lng: input.lng,
    categories: isReferral ? [] : input.categories,
    urgency: input.urgency,
  });
  // an emergency alerts the street station's staff, or the hub's when the station has nobody (staff-alerts.ts)
  const alertUserIds =
    decision.alertStation && decision.streetCode
      ? (await alertRecipients(deps.db, { level: 'street_station', divisionCode: decision.streetCode })).userIds
      : [];
  const proxyPhone =
    input.channel === 'proxy' ? await applicantPhoneEnc(deps, deps.db, userId, input.applicantPhone) : null;
  let rows = intakeRows(deps, input, { userId, now, decision, phone, alertUserIds, applicantPhoneEnc: proxyPhone });
  const windows = userLimitWindows(deps, 'submit', userId, now);
  const scope = {
    ...k,
    lockId: lockIdOf(k),
    requestHash,
    now,
    windows: windows.map((w) => ({ key: w.key, cutoff: w.cutoff, limit: w.rule.limit })),
    // the person's blind indexes, as the row stores them (for the possible-duplicate count)
    idHash: rows.application.subjectIdHash ?? null,
    phoneHash: rows.application.subjectPhoneHash ?? null,
  };
  // staged uploads of this user become the application's files (a referral never carries any), in one transaction
  const attachmentIds = isReferral ? undefined : input.attachmentIds;
  const link = (tx: Db) =>
    linkStagedFiles(tx, {
      userId,
      ids: attachmentIds,
      applicationId: rows.application.id!,
      purpose: 'application',
      field: 'attachmentIds',
      now,
    });
  const run = (): Promise<SubmitOutcome> =>
    attachmentIds?.length
      ? inTransaction(deps.db, async (tx) => {
          const outcome = await submitStatement(deps.database, tx, { ...scope, ...rows });
          if (outcome.inserted) await link(tx);
          return outcome;
        })
      : submitStatement(deps.database, null, { ...scope, ...rows });

  let referenceTaken = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let outcome: SubmitOutcome;
    try {
      outcome = await run();
    } catch (err) {
      if (!isReferenceTaken(err)) throw err;
      rows = withFreshReference(rows, now); // nothing was written: draw another number
      referenceTaken = true;
      continue;
    }
    referenceTaken = false;
    // the same key still running elsewhere → 409 at once (the phone retries with the same key and gets the replay)
    if (!outcome.locked) {
      throw new AppError('CONFLICT', { message: '上一次提交还在处理中，请稍等片刻', headers: { 'Retry-After': '1' } });
    }
    if (outcome.prior?.state === 'completed') return replay<TSubmitResult>(outcome.prior, requestHash);
    if (outcome.inserted) return { data: rows.response, replayed: false };
    // an unfinished claim can only be committed by an older server version that died mid-request: remove, retry
    if (outcome.prior) {
      await keys.removeUnfinished(deps.db, k);
      continue;
    }
    // over a limit: nothing was written, the counts included
    refuseOverLimit('submit', windows, outcome.counts, now);
    // otherwise another request committed this key after the statement's snapshot: the next attempt replays it
  }
  if (referenceTaken) throw new AppError('SERVICE_UNAVAILABLE', { message: '今天的申请编号暂时用完了，请稍后再试' });
  throw new AppError('CONFLICT', { headers: { 'Retry-After': '1' } });
}

/**
 * The account's verified phone (sealed), for a phone the form left out: a self application uses it as the person's
 * phone (the wizard then does not ask), a proxy application as the applicant's own (staff need someone to call).
 * @throws AppError VALIDATION_FAILED naming `field` when the account never verified a phone.
 */
async function verifiedPhoneEnc(db: Db, userId: string, field: 'phone' | 'applicantPhone'): Promise<string> {
  const enc = await repo.accountPhoneEnc(db, userId);
  if (enc) return enc;
  const message =
    field === 'phone' ? '请填写手机号，工作人员会打这个电话联系您' : '请填写您自己的手机号，方便工作人员联系您';
  throw validationError([{ field, message }]);
}

/** A self application without a phone uses the account's verified one; a relative's phone stays optional. */
async function selfPhoneFromAccount(deps: Deps, db: Db, userId: string, input: TSubmitApplication) {
  if (input.channel !== 'self') return undefined;
  return deps.cipher.decrypt(await verifiedPhoneEnc(db, userId, 'phone'));
}

/** The proxy applicant's own phone, sealed: the one they typed (prefilled from their verified phone), else that one. */
async function applicantPhoneEnc(deps: Deps, db: Db, userId: string, typed: string | undefined): Promise<string> {
  return typed ? deps.cipher.encrypt(typed) : verifiedPhoneEnc(db, userId, 'applicantPhone');
}
