/**
 * Intake: one transaction writes the application, its routing decision, consents, the first timeline
 * event, the audit entry and the outbox messages — all or nothing — under an Idempotency-Key, so a phone
 * on a bad network can tap submit five times and create one application.
 */
import { randomInt } from 'node:crypto';
import { makeReferenceNumber } from '../../../../shared/domain/application-status';
import {
  sensitiveConsentIssue,
  type TSubmitApplication,
  type TSubmitResult,
} from '../../../../shared/schemas/applications';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import type { FieldCipher } from '../../lib/crypto';
import { AppError, validationError } from '../../errors';
import { linkStagedFiles } from '../attachments/link';
import { appendAudit } from '../audit/audit.repo';
import { withIdempotency } from '../idempotency/idempotency';
import { consumeUserLimit } from '../ratelimit/user-limits';
import * as repo from './applications.repo';
import { notifyApplicant } from './lifecycle';
import { routeApplication } from './routing.service';
import { alertStaff } from './staff-alerts';

export async function submitApplication(
  deps: Deps,
  userId: string,
  input: TSubmitApplication,
  idempotencyKey: string | undefined,
) {
  const consentIssue = input.channel === 'referral' ? null : sensitiveConsentIssue(input);
  if (consentIssue) throw validationError([consentIssue]);
  return withIdempotency(
    deps,
    { userId, route: 'applications.submit', key: idempotencyKey, body: input },
    async (tx) => {
      // counted in the business transaction: a replay is not counted, and a refused submit leaves nothing behind
      await consumeUserLimit(deps, tx, 'submit', userId);
      return intake(deps, tx, userId, input);
    },
  );
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

async function intake(deps: Deps, db: Db, userId: string, input: TSubmitApplication): Promise<TSubmitResult> {
  const now = deps.clock.now();
  const isReferral = input.channel === 'referral';
  const categories = isReferral ? [] : input.categories;
  const decision = await routeApplication(deps, db, now, {
    divisionCode: input.divisionCode,
    lat: input.lat,
    lng: input.lng,
    categories,
    urgency: input.urgency,
  });

  const idNumber = isReferral ? undefined : input.idNumber;
  const phone = isReferral ? undefined : (input.phone ?? (await selfPhoneFromAccount(deps, db, userId, input)));
  const idHash = idNumber ? deps.cipher.blindIndex(idNumber) : null;
  const phoneHash = phone ? deps.cipher.blindIndex(phone) : null;
  const flags = [...decision.flags];
  if ((await repo.countOpenForSubject(db, idHash, phoneHash)) > 0) flags.push('possible_duplicate');

  const app = await insertWithFreshReference(db, deps.cipher, now, {
    channel: input.channel,
    applicantUserId: userId,
    subjectName: input.subjectName,
    subjectIdEnc: idNumber ? deps.cipher.encrypt(idNumber) : null,
    subjectIdHash: idHash,
    subjectPhoneEnc: phone ? deps.cipher.encrypt(phone) : null,
    subjectPhoneHash: phoneHash,
    relationship: input.channel === 'proxy' ? input.relationship : null,
    applicantPhoneEnc:
      input.channel === 'proxy' ? await applicantPhoneEnc(deps, db, userId, input.applicantPhone) : null,
    referrerContactEnc: isReferral && input.referrerPhone ? deps.cipher.encrypt(input.referrerPhone) : null,
    divisionCode: decision.divisionCode,
    streetCode: decision.streetCode,
    address: input.address,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    needTier: isReferral || input.needTier === 'unsure' ? null : input.needTier,
    categories,
    targetGroup: isReferral || input.targetGroup === 'unknown' ? null : input.targetGroup,
    urgency: input.urgency,
    description: isReferral ? input.observed : input.description,
    flags,
    servicePointId: decision.point.id,
    routingReason: decision.reason,
    routingRuleVersion: decision.ruleVersion,
    suggestedDepartmentIds: decision.suggestedDepartmentIds,
    dueAt: decision.dueAt,
    createdAt: now,
    updatedAt: now,
  });

  // staged uploads of this user become the application's files (a referral never carries any)
  const attachmentIds = input.channel === 'referral' ? undefined : input.attachmentIds;
  await linkStagedFiles(db, {
    userId,
    ids: attachmentIds,
    applicationId: app.id,
    purpose: 'application',
    field: 'attachmentIds',
    now,
  });
  const event: repo.EventValues = {
    applicationId: app.id,
    type: 'submitted',
    actorUserId: userId,
    statusTo: 'submitted',
    data: { rule: decision.reason.rule, flags },
    createdAt: now,
  };
  await repo.insertConsentsAndEvent(db, consentRows(input, app.id, userId, now), event);
  await notifyApplicant(db, app, now);
  // an emergency alerts the street station's staff, or the hub's when the station has nobody (staff-alerts.ts)
  if (decision.alertStation && decision.streetCode)
    await alertStaff(db, app.id, { level: 'street_station', divisionCode: decision.streetCode }, 'submitted', now);
  // last: the audit chain's lock serialises every audited write from here until commit
  await appendAudit(db, deps.clock, {
    actorUserId: userId,
    action: 'application.submitted',
    entity: 'application',
    entityId: app.id,
    data: { channel: input.channel, rule: decision.reason.rule },
  });

  return {
    id: app.id,
    refNo: app.refNo,
    status: app.status,
    routing: {
      servicePoint: {
        id: decision.point.id,
        name: decision.point.name,
        level: decision.point.level,
        phone: decision.point.phone,
        address: decision.point.address,
      },
      reason: decision.reason.applicantText,
      dueAt: decision.dueAt.toISOString(),
    },
  };
}

function consentRows(input: TSubmitApplication, applicationId: string, userId: string, now: Date) {
  const base = { applicationId, grantedByUserId: userId, grantedAt: now };
  const rows = [{ ...base, purpose: 'privacy_notice', method: 'in_app' }];
  if (input.channel !== 'referral' && input.consents.sensitiveData)
    rows.push({ ...base, purpose: 'sensitive_data', method: 'in_app' });
  if (input.channel === 'proxy') rows.push({ ...base, purpose: 'proxy_subject', method: input.subjectConsentMethod });
  return rows;
}

const REFERENCE_ATTEMPTS = 8;

/** Draws reference numbers until one is free (4 random characters a day: collisions are rare but real). */
async function insertWithFreshReference(
  db: Db,
  cipher: FieldCipher,
  now: Date,
  row: Omit<repo.NewApplication, 'refNo'>,
) {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const created = await repo.insertApplication(db, cipher, { ...row, refNo: makeReferenceNumber(now, randomInt) });
    if (created) return created;
  }
  throw new AppError('SERVICE_UNAVAILABLE', { message: '今天的申请编号暂时用完了，请稍后再试' });
}
