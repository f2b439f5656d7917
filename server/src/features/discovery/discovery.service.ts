/**
 * Proactive discovery (主动发现): point staff (there is no separate grid-worker role; grid workers are invited as
 * point staff) log a household visit for their own community on the 定期探访 form; a station logs for its
 * street/town. Every area carries a risk level; a risk above 无 stays open (待清零风险) until staff clear it with a
 * note. Names, addresses and notes are sealed; the household key is a blind index of community + address, so a
 * household visited twice in a month counts once.
 */
import { VISIT_AREAS } from '../../../../shared/domain/outreach';
import { chinaDay } from '../../../../shared/domain/china-time';
import type { TVisitCreateRequest } from '../../../../shared/schemas/discovery';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { pointScopeOf } from '../org/point-scope';
import { findCommunity } from '../org/community.repo';
import { matchingCatalog } from '../policies/catalog.service';
import * as repo from './discovery.repo';
import { strongMatches } from './policy-finds.job';

export function communityScopeOf(principal: Principal): repo.CommunityScope {
  const p = pointScopeOf(principal);
  const communityCodes = principal.row.memberships
    .filter((m) => m.role === 'point_staff' && m.pointDivision)
    .map((m) => m.pointDivision!);
  return { all: p.all, streetCodes: p.streetCodes, communityCodes };
}

const inScope = (s: repo.CommunityScope, c: { communityCode: string; streetCode: string }) =>
  s.all || s.streetCodes.includes(c.streetCode) || s.communityCodes.includes(c.communityCode);

/** The household key: the same address in the same community is the same household, however it is typed. */
const householdKey = (communityCode: string, address: string) =>
  `${communityCode}|${address
    .replace(/\s+/g, '')
    .replace(/[－—–]/g, '-')
    .toLowerCase()}`;

export async function createVisit(deps: Deps, principal: Principal, input: TVisitCreateRequest) {
  const community = await findCommunity(deps.db, input.communityCode);
  if (!community) throw validationError([{ field: 'communityCode', message: '没有这个社区或村' }]);
  const today = chinaDay(deps.clock.now());
  if (input.visitedOn > today) throw validationError([{ field: 'visitedOn', message: '走访日期不能晚于今天' }]);
  if (input.followUp?.on && input.followUp.on < input.visitedOn)
    throw validationError([{ field: 'followUp.on', message: '回访日期不能早于走访日期' }]);
  if (!inScope(communityScopeOf(principal), { communityCode: community.code, streetCode: community.streetCode }))
    throw new AppError('FORBIDDEN', { message: '只能走访本社区的住户' });
  const { cipher } = deps;
  const hash = cipher.blindIndex(householdKey(community.code, input.household.address));
  const risks = VISIT_AREAS.map((area) => ({
    area,
    level: input.risks[area].level,
    noteEnc: input.risks[area].note ? cipher.encrypt(input.risks[area].note!) : null,
  }));
  // with consent, the facts are kept and their current strong matches recorded: only later changes become finds
  const keepFacts = input.facts && input.contactConsent ? input.facts : null;
  const matched = keepFacts
    ? strongMatches(await matchingCatalog(deps), keepFacts, {
        communityCode: community.code,
        streetCode: community.streetCode,
      }).map((s) => s.slug)
    : [];
  const id = await inTransaction(deps.db, async (tx) => {
    const visitId = await repo.insertVisit(
      tx,
      {
        communityCode: community.code,
        streetCode: community.streetCode,
        householdHash: hash,
        householdNameEnc: cipher.encrypt(input.household.name),
        householdAddressEnc: cipher.encrypt(input.household.address),
        visitedOn: input.visitedOn,
        followUpEnc: input.followUp?.note ? cipher.encrypt(input.followUp.note) : null,
        followUpOn: input.followUp?.on ?? null,
        contactConsent: !!input.contactConsent,
        contactConsentMethod: input.contactConsent ?? null,
        factsEnc: keepFacts ? cipher.encrypt(JSON.stringify(keepFacts)) : null,
        matchedPolicySlugs: matched,
        visitedBy: principal.userId,
      },
      risks,
    );
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'discovery.visit_logged',
      entity: 'household_visit',
      entityId: visitId,
      data: { communityCode: community.code, openRisks: risks.filter((r) => r.level !== 'none').length },
    });
    return visitId;
  });
  return {
    id,
    communityCode: community.code,
    visitedOn: input.visitedOn,
    openRisks: risks.filter((r) => r.level !== 'none').length,
    visitsThisMonth: await repo.householdVisitsInMonth(deps.db, hash, input.visitedOn.slice(0, 7)),
  };
}

export function countVisits(deps: Deps, principal: Principal, month: string) {
  return repo.countVisits(deps.db, communityScopeOf(principal), month);
}

export async function listOpenRisks(deps: Deps, principal: Principal) {
  const today = chinaDay(deps.clock.now());
  const rows = await repo.listOpenRisks(deps.db, communityScopeOf(principal));
  return {
    items: rows.map((r) => ({
      id: r.id,
      visitId: r.visitId,
      area: r.area,
      level: r.level,
      note: r.noteEnc ? deps.cipher.decrypt(r.noteEnc) : null,
      household: { name: deps.cipher.decrypt(r.nameEnc), address: deps.cipher.decrypt(r.addressEnc) },
      community: { code: r.communityCode, name: r.communityName },
      visitedOn: r.visitedOn,
      followUpOn: r.followUpOn,
      due: (r.followUpOn ?? addDays(r.visitedOn, 7)) <= today,
    })),
  };
}

export async function clearRisk(deps: Deps, principal: Principal, input: { id: string; note: string }) {
  const risk = await repo.findRisk(deps.db, input.id);
  if (!risk || !inScope(communityScopeOf(principal), risk))
    throw new AppError('NOT_FOUND', { message: '没有找到这项风险' });
  if (risk.clearedAt || risk.level === 'none') throw new AppError('CONFLICT', { message: '这项风险已经清零了' });
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    if (!(await repo.clearRisk(tx, risk.id, principal.userId, deps.cipher.encrypt(input.note), now)))
      throw new AppError('CONFLICT', { message: '这项风险已经清零了' });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'discovery.risk_cleared',
      entity: 'visit_risk',
      entityId: risk.id,
    });
  });
  return { id: risk.id, clearedAt: now.toISOString() };
}

export function addDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
