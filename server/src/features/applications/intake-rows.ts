/**
 * What a submit writes, built in Node before its one statement (intake.repo.ts): the application row with its personal
 * fields sealed, its consents, the first event's data, the outbox messages, the first row of its audit chain and the
 * answer stored under the Idempotency-Key. The possible-duplicate flag is added in SQL (it needs a count). The application's id is drawn here, so every
 * row can name it and the audit chain `application:<id>` is new (no lock, no read).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { makeReferenceNumber } from '../../../../shared/domain/application-status';
import type { TSubmitApplication, TSubmitResult } from '../../../../shared/schemas/applications';
import type { Deps } from '../../deps';
import { firstAuditRow } from '../audit/audit.repo';
import {
  TOPIC_APPLICATION_PROGRESS,
  TOPIC_STAFF_ALERT,
  applicationProgressPayload,
  staffAlertPayload,
} from '../outbox/outbox-messages';
import type { OutboxInsert } from '../outbox/outbox.repo';
import type { NewApplication } from './applications.repo';
import type { SubmitInput } from './intake.repo';
import type { RoutingDecision } from './routing-decision';
import { sealFields, splitPlain } from './sealed-fields';

export type IntakeFacts = {
  userId: string;
  now: Date;
  decision: RoutingDecision;
  /** The person's phone: typed, or (self) the account's verified one. */
  phone: string | undefined;
  /** The proxy applicant's own phone, sealed. */
  applicantPhoneEnc: string | null;
  /** Staff to alert of an emergency. */
  alertUserIds: string[];
};

export type IntakeRows = Pick<SubmitInput, 'application' | 'consents' | 'eventData' | 'messages' | 'audit'> & {
  response: TSubmitResult;
};

export function intakeRows(deps: Deps, input: TSubmitApplication, f: IntakeFacts): IntakeRows {
  const { cipher } = deps;
  const isReferral = input.channel === 'referral';
  const categories = isReferral ? [] : input.categories;
  const idNumber = isReferral ? undefined : input.idNumber;
  const flags = [...f.decision.flags];
  const id = randomUUID();
  const refNo = makeReferenceNumber(f.now, randomInt);
  const row: NewApplication = {
    id,
    refNo,
    channel: input.channel,
    applicantUserId: f.userId,
    subjectName: input.subjectName,
    subjectIdEnc: idNumber ? cipher.encrypt(idNumber) : null,
    subjectIdHash: idNumber ? cipher.blindIndex(idNumber) : null,
    subjectPhoneEnc: f.phone ? cipher.encrypt(f.phone) : null,
    subjectPhoneHash: f.phone ? cipher.blindIndex(f.phone) : null,
    relationship: input.channel === 'proxy' ? input.relationship : null,
    applicantPhoneEnc: f.applicantPhoneEnc,
    referrerContactEnc: isReferral && input.referrerPhone ? cipher.encrypt(input.referrerPhone) : null,
    divisionCode: f.decision.divisionCode,
    streetCode: f.decision.streetCode,
    address: input.address,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    needTier: isReferral || input.needTier === 'unsure' ? null : input.needTier,
    categories,
    targetGroup: isReferral || input.targetGroup === 'unknown' ? null : input.targetGroup,
    urgency: input.urgency,
    description: isReferral ? input.observed : input.description,
    flags,
    servicePointId: f.decision.point.id,
    routingReason: f.decision.reason,
    routingRuleVersion: f.decision.ruleVersion,
    suggestedDepartmentIds: f.decision.suggestedDepartmentIds,
    dueAt: f.decision.dueAt,
    createdAt: f.now,
    updatedAt: f.now,
  };
  const { plain, rest } = splitPlain(row);
  return {
    application: { ...rest, ...sealFields(cipher, plain) },
    consents: consentsOf(input),
    eventData: { rule: f.decision.reason.rule },
    messages: messagesOf(id, f),
    audit: firstAuditRow(f.now, {
      actorUserId: f.userId,
      action: 'application.submitted',
      entity: 'application',
      entityId: id,
      data: { channel: input.channel, rule: f.decision.reason.rule },
    }),
    response: responseOf(id, refNo, f.decision),
  };
}

function consentsOf(input: TSubmitApplication): Array<{ purpose: string; method: string }> {
  const rows = [{ purpose: 'privacy_notice', method: 'in_app' }];
  if (input.channel !== 'referral' && input.consents.sensitiveData)
    rows.push({ purpose: 'sensitive_data', method: 'in_app' });
  if (input.channel === 'proxy') rows.push({ purpose: 'proxy_subject', method: input.subjectConsentMethod });
  return rows;
}

/** The applicant's generic progress message (version 1: notifyApplicant's key) and an emergency's staff alerts. */
function messagesOf(id: string, f: IntakeFacts): OutboxInsert[] {
  const progress = {
    topic: TOPIC_APPLICATION_PROGRESS,
    payload: applicationProgressPayload(f.userId, f.now),
    dedupeKey: `app-progress:${id}:1`,
    nextAttemptAt: f.now,
  };
  const alerts = f.alertUserIds.map((userId) => ({
    topic: TOPIC_STAFF_ALERT,
    payload: staffAlertPayload(userId, f.now, 'urgent'),
    dedupeKey: `staff-alert:${id}:submitted:${userId}`,
    nextAttemptAt: f.now,
  }));
  return [progress, ...alerts];
}

function responseOf(id: string, refNo: string, decision: RoutingDecision): TSubmitResult {
  const { point } = decision;
  return {
    id,
    refNo,
    status: 'submitted',
    routing: {
      servicePoint: { id: point.id, name: point.name, level: point.level, phone: point.phone, address: point.address },
      reason: decision.reason.applicantText,
      dueAt: decision.dueAt.toISOString(),
    },
  };
}

/** The same rows under a fresh reference number (the drawn one was taken). */
export function withFreshReference(rows: IntakeRows, now: Date): IntakeRows {
  const refNo = makeReferenceNumber(now, randomInt);
  return { ...rows, application: { ...rows.application, refNo }, response: { ...rows.response, refNo } };
}
