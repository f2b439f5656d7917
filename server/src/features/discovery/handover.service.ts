/**
 * Hand-over (代办交接): at a visit, staff start an application for the person, recording how the person agreed, and
 * show a QR code; the person scans it on their own phone, logs in, and the apply wizard opens prefilled for them to
 * check, agree to the notices themselves and submit. The token is one-time (stored hashed) and lasts 7 days.
 */
import type { THandoverDraft, ZHandoverCreateRequest } from '../../../../shared/schemas/discovery';
import type { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { randomToken, sha256 } from '../../lib/crypto';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { findCommunity } from '../org/community.repo';
import { qrPng } from '../outreach/poster';
import { communityScopeOf } from './discovery.service';
import * as repo from './handover.repo';

const HANDOVER_DAYS = 7;
export const HANDOVER_PAGE = 'packages/outreach/pages/handover/index';

export const handoverUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}/#/${HANDOVER_PAGE}?t=${token}`;

export async function createHandover(deps: Deps, principal: Principal, input: z.infer<typeof ZHandoverCreateRequest>) {
  const visit = await repo.findVisit(deps.db, input.visitId);
  const scope = communityScopeOf(principal);
  if (
    !visit ||
    !(scope.all || scope.streetCodes.includes(visit.streetCode) || scope.communityCodes.includes(visit.communityCode))
  )
    throw new AppError('NOT_FOUND', { message: '没有找到这次走访' });
  const community = (await findCommunity(deps.db, visit.communityCode))!;
  const draft: THandoverDraft = {
    subjectName: deps.cipher.decrypt(visit.nameEnc),
    address: deps.cipher.decrypt(visit.addressEnc),
    communityCode: community.code,
    communityName: community.name,
    streetCode: community.streetCode,
    streetName: community.streetName,
    categories: input.categories,
    description: input.description ?? '',
  };
  const token = randomToken(24);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + HANDOVER_DAYS * 86_400_000);
  await inTransaction(deps.db, async (tx) => {
    await repo.insertHandover(tx, {
      visitId: visit.id,
      tokenHash: sha256(token),
      draftEnc: deps.cipher.encrypt(JSON.stringify(draft)),
      consentMethod: input.consentMethod,
      createdBy: principal.userId,
      expiresAt,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'discovery.handover_created',
      entity: 'household_visit',
      entityId: visit.id,
      data: { consentMethod: input.consentMethod },
    });
  });
  const url = handoverUrl(deps.env.PUBLIC_H5_URL, token);
  return { url, qrPngBase64: (await qrPng(url)).toString('base64'), expiresAt: expiresAt.toISOString() };
}

/** @throws AppError NOT_FOUND for an unknown, used or expired token (one answer for all three). */
export async function claimHandover(deps: Deps, principal: Principal, token: string): Promise<THandoverDraft> {
  const sealed = await repo.claim(deps.db, sha256(token), principal.userId, deps.clock.now());
  if (!sealed) throw new AppError('NOT_FOUND', { message: '这个码已经用过或过期了，请找工作人员重新生成' });
  return JSON.parse(deps.cipher.decrypt(sealed)) as THandoverDraft;
}
