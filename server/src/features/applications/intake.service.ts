/**
 * Intake: one transaction writes the application, its routing decision, consents, the first timeline
 * event, the first row of its audit chain and the outbox messages — all or nothing — under an Idempotency-Key, so a
 * phone on a bad network can tap submit five times and create one application. Four round trips when the form
 * carries the phone and no files (issue 15): `begin`, the claim statement (key lock, stored answer, claim, duplicate
 * count), the write statement (all rows and the rate-limit counts; intake.repo.ts), `commit`. Routing reads cached
 * reference data.
 * Extra trips only off that path: the account's phone when a self form leaves it out, an emergency's staff lookup,
 * attached files, a taken reference number, and an unfinished key claim left by an older server version.
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
import { consumeUserLimit, refuseOverLimit, userLimitWindows } from '../ratelimit/user-limits';
import * as repo from './applications.repo';
import { intakeRows, withFreshReference, type IntakeRows } from './intake-rows';
import { claimSubmit, writeSubmit } from './intake.repo';
import { routeApplication } from './routing.service';
import { alertRecipients } from './staff-alerts';

const ROUTE = 'applications.submit';
const REFERENCE_ATTEMPTS = 8;

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
  const idNumber = isReferral ? undefined : input.idNumber;
  const hashes = {
    idHash: idNumber ? deps.cipher.blindIndex(idNumber) : null,
    phoneHash: phone ? deps.cipher.blindIndex(phone) : null,
  };
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const claim = await claimSubmit(tx, { ...k, lockId: lockIdOf(k), requestHash, now, ...hashes });
    // the same key still running elsewhere → 409 at once (the phone retries with the same key and gets the replay)
    if (!claim.locked) {
      throw new AppError('CONFLICT', { message: '上一次提交还在处理中，请稍等片刻', headers: { 'Retry-After': '1' } });
    }
    if (claim.prior?.state === 'completed') return replay<TSubmitResult>(claim.prior, requestHash);
    let duplicates = claim.duplicates;
    // counted with the write (intake.repo.ts), except on the slow path, which counts as it claims
    let windows = userLimitWindows(deps, 'submit', userId, now);
    if (!claim.claimed) {
      const late = await claimLate(deps, tx, k, requestHash, hashes);
      if ('replay' in late) return late.replay;
      [duplicates, windows] = [late.duplicates, []];
    }

    const decision = await routeApplication(deps, tx, now, {
      divisionCode: input.divisionCode,
      lat: input.lat,
      lng: input.lng,
      categories: isReferral ? [] : input.categories,
      urgency: input.urgency,
    });
    // an emergency alerts the street station's staff, or the hub's when the station has nobody (staff-alerts.ts)
    const alertUserIds =
      decision.alertStation && decision.streetCode
        ? (await alertRecipients(tx, { level: 'street_station', divisionCode: decision.streetCode })).userIds
        : [];
    const proxyPhone =
      input.channel === 'proxy' ? await applicantPhoneEnc(deps, tx, userId, input.applicantPhone) : null;
    const facts = { userId, now, decision, phone, duplicates, alertUserIds };
    const rows = intakeRows(deps, input, { ...facts, applicantPhoneEnc: proxyPhone });
    const written = await writeWithFreshReference(tx, { ...k, now, windows }, rows);
    // staged uploads of this user become the application's files (a referral never carries any)
    const attachmentIds = input.channel === 'referral' ? undefined : input.attachmentIds;
    await linkStagedFiles(tx, {
      userId,
      ids: attachmentIds,
      applicationId: written.id,
      purpose: 'application',
      field: 'attachmentIds',
      now,
    });
    return { data: written, replayed: false };
  });
}

/**
 * The claim statement claimed nothing although the key had no completed answer: an unfinished claim committed by an
 * older server version that died mid-request (removed, then claimed again), or another request that committed the key
 * while this one waited on its insert (replayed). The slow path, one statement at a time.
 */
async function claimLate(
  deps: Deps,
  tx: Db,
  k: { userId: string; route: string; key: string },
  requestHash: string,
  hashes: { idHash: string | null; phoneHash: string | null },
): Promise<{ replay: IdempotentResult<TSubmitResult> } | { duplicates: number }> {
  await keys.removeUnfinished(tx, k);
  if (await keys.claim(tx, k, requestHash, deps.clock.now())) {
    await consumeUserLimit(deps, tx, 'submit', k.userId);
    return { duplicates: await repo.countOpenForSubject(tx, hashes.idHash, hashes.phoneHash) };
  }
  const existing = await keys.find(tx, k);
  if (existing?.state !== 'completed') throw new AppError('CONFLICT', { headers: { 'Retry-After': '1' } });
  return { replay: replay<TSubmitResult>(existing, requestHash) };
}

/** Writes the rows, drawing another reference number while the drawn one is taken (4 random characters a day). */
async function writeWithFreshReference(
  tx: Db,
  scope: { userId: string; route: string; key: string; now: Date; windows: ReturnType<typeof userLimitWindows> },
  first: IntakeRows,
): Promise<TSubmitResult> {
  let rows = first;
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const { inserted, hits } = await writeSubmit(tx, { ...scope, ...rows });
    if (inserted) {
      // over a limit: the transaction rolls back, so a refused submit leaves nothing behind, its count included
      refuseOverLimit('submit', scope.windows, hits, scope.now);
      return rows.response;
    }
    rows = withFreshReference(rows, scope.now);
  }
  throw new AppError('SERVICE_UNAVAILABLE', { message: '今天的申请编号暂时用完了，请稍后再试' });
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
