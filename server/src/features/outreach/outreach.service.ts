/**
 * Outreach codes (宣传码): staff make a code per community (and event or brochure batch), print its poster,
 * and see what it reached. Scans, self-checks and applications are attributed to the code without personal data.
 * Who may make and see codes: admin and hub staff everywhere, station staff in their street/town, point staff for
 * their own community.
 */
import { randomInt } from 'node:crypto';
import { type z } from 'zod';
import {
  OUTREACH_CODE_ALPHABET,
  OUTREACH_CODE_LENGTH,
  OUTREACH_PAGE,
  h5UrlOf,
  sceneOf,
} from '../../../../shared/domain/outreach';
import type {
  TOutreachCode,
  ZOutreachCreateRequest,
  ZOutreachPoster,
  ZOutreachReachRequest,
} from '../../../../shared/schemas/outreach';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { pointScopeOf } from '../org/point-scope';
import { findCommunity } from '../org/community.repo';
import * as repo from './outreach.repo';
import { posterPdf, posterPng, qrPng } from './poster';
import { reachByCommunity } from './reach.repo';

export const POSTER_TITLE = '有困难，找社区';

/** The caller's code scope, from their memberships (re-read on every request). */
export function codeScopeOf(principal: Principal): repo.CodeScope {
  const p = pointScopeOf(principal);
  const communityCodes = principal.row.memberships
    .filter((m) => m.role === 'point_staff' && m.pointDivision)
    .map((m) => m.pointDivision!);
  return { all: p.all, streetCodes: p.streetCodes, communityCodes };
}

const inScope = (scope: repo.CodeScope, c: { communityCode: string; streetCode: string }) =>
  scope.all || scope.streetCodes.includes(c.streetCode) || scope.communityCodes.includes(c.communityCode);

function newCodeId(): string {
  let id = '';
  for (let i = 0; i < OUTREACH_CODE_LENGTH; i++) id += OUTREACH_CODE_ALPHABET[randomInt(OUTREACH_CODE_ALPHABET.length)];
  return id;
}

export function presentCode(deps: Deps, row: repo.CodeRow): TOutreachCode {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    community: { code: row.communityCode, name: row.communityName },
    street: { code: row.streetCode, name: row.streetName },
    url: h5UrlOf(deps.env.PUBLIC_H5_URL, row.id),
    scene: sceneOf(row.id),
    createdAt: row.createdAt.toISOString(),
    counts: { visits: row.visits, selfChecks: row.selfChecks, applications: row.applications },
  };
}

/** @throws AppError VALIDATION_FAILED (communityCode not a community of the district) | FORBIDDEN (out of scope). */
export async function createCode(
  deps: Deps,
  principal: Principal,
  input: z.infer<typeof ZOutreachCreateRequest>,
): Promise<TOutreachCode> {
  const community = await findCommunity(deps.db, input.communityCode);
  if (!community) throw validationError([{ field: 'communityCode', message: '没有这个社区或村' }]);
  const scope = codeScopeOf(principal);
  if (!inScope(scope, { communityCode: community.code, streetCode: community.streetCode }))
    throw new AppError('FORBIDDEN', { message: '只能为本社区或本街道的社区制作宣传码' });
  const id = await inTransaction(deps.db, async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const candidate = newCodeId();
      const row = {
        id: candidate,
        communityCode: community.code,
        streetCode: community.streetCode,
        kind: input.kind,
        label: input.label || null,
        createdBy: principal.userId,
      };
      if (await repo.insertCode(tx, row)) {
        await appendAudit(tx, deps.clock, {
          actorUserId: principal.userId,
          action: 'outreach.code_created',
          entity: 'outreach_code',
          entityId: candidate,
          data: { communityCode: community.code, kind: input.kind },
        });
        return candidate;
      }
    }
    throw new AppError('CONFLICT');
  });
  return presentCode(deps, (await repo.findCode(deps.db, id))!);
}

export async function listCodes(deps: Deps, principal: Principal, communityCode?: string) {
  const rows = await repo.listCodes(deps.db, codeScopeOf(principal), communityCode);
  return { items: rows.map((r) => presentCode(deps, r)) };
}

async function codeInScope(deps: Deps, principal: Principal, id: string): Promise<repo.CodeRow> {
  const row = await repo.findCode(deps.db, id);
  if (!row || !inScope(codeScopeOf(principal), row)) throw new AppError('NOT_FOUND', { message: '没有找到这个宣传码' });
  return row;
}

/** The poster as PNG or PDF: WeChat's mini-program code when WeChat is configured, else a QR code of the H5 address. */
export async function poster(
  deps: Deps,
  principal: Principal,
  id: string,
  format: 'png' | 'pdf',
): Promise<z.infer<typeof ZOutreachPoster>> {
  const row = await codeInScope(deps, principal, id);
  const code = deps.wechat
    ? await deps.wechat.getWxaCodeUnlimited({ scene: sceneOf(row.id), page: OUTREACH_PAGE, width: 860 })
    : await qrPng(h5UrlOf(deps.env.PUBLIC_H5_URL, row.id));
  const png = await posterPng(code, {
    title: POSTER_TITLE,
    community: row.communityName,
    street: row.streetName,
    label: row.label,
    codeId: row.id,
  });
  const file = format === 'png' ? png : await posterPdf(png, `Zhulian ${row.id}`);
  return {
    fileName: `宣传码-${row.communityName}-${row.id}.${format}`,
    mime: format === 'png' ? 'image/png' : 'application/pdf',
    base64: file.toString('base64'),
    source: deps.wechat ? 'wechat' : 'h5',
  };
}

/** A scan (visit) or a self-check that came from a code; anonymous. Answers the community to preselect. */
export async function track(deps: Deps, input: { code: string; kind: 'visit' | 'self_check' }) {
  const row = await repo.findCode(deps.db, input.code);
  if (!row) throw new AppError('NOT_FOUND', { message: '这个码已失效，请直接使用小程序' });
  await repo.insertEvent(deps.db, { codeId: row.id, kind: input.kind, occurredAt: deps.clock.now() });
  const community = await findCommunity(deps.db, row.communityCode);
  return {
    code: row.id,
    community: { code: row.communityCode, name: row.communityName },
    street: { code: row.streetCode, name: row.streetName },
    pointId: community?.pointId ?? null,
  };
}

/** Attributes the caller's own application to the code it came from (once; a second call changes nothing). */
export async function attributeApplication(
  deps: Deps,
  principal: Principal,
  input: { code: string; applicationId: string },
) {
  const row = await repo.findCode(deps.db, input.code);
  if (!row) throw new AppError('NOT_FOUND', { message: '这个码已失效' });
  if ((await repo.applicantOf(deps.db, input.applicationId)) !== principal.userId)
    throw new AppError('NOT_FOUND', { message: '没有找到这份申请' });
  await repo.insertEvent(deps.db, {
    codeId: row.id,
    kind: 'application',
    applicationId: input.applicationId,
    occurredAt: deps.clock.now(),
  });
  return { done: true as const };
}

/** Reach per community in [from, to] (China dates, both inclusive). */
export async function reach(deps: Deps, principal: Principal, input: z.infer<typeof ZOutreachReachRequest>) {
  if (input.from > input.to) throw validationError([{ field: 'to', message: '结束日期不能早于开始日期' }]);
  const from = new Date(`${input.from}T00:00:00+08:00`);
  const to = new Date(new Date(`${input.to}T00:00:00+08:00`).getTime() + 24 * 3600_000);
  return { communities: await reachByCommunity(deps.db, from, to, codeScopeOf(principal)) };
}
