/**
 * Policies and services that fit an application (the matching rule, shared/domain/matching), from what it stores:
 * categories, target group, need tier, street and community, and the age and sex read from the subject's ID number.
 * For the applicant or subject (`applications.suggestions`), and for staff and department officers (case detail).
 */
import { chinaDay } from '../../../../shared/domain/china-time';
import {
  forDepartments,
  matchCatalog,
  personFromApplication,
  type MatchResult,
  type Suggestion,
} from '../../../../shared/domain/matching';
import type { TSuggestion, TSuggestions } from '../../../../shared/schemas/matching';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { matchingCatalog } from '../policies/catalog.service';
import { openTargetGroup, type ApplicationRecord } from './sealed-fields';
import { findMatchFacts } from './suggestions.repo';

/** How many of each kind the resident sees, and staff. */
export const RESIDENT_LIMIT = 5;
export const STAFF_LIMIT = 10;

type AppFacts = Pick<
  ApplicationRecord,
  'id' | 'version' | 'categories' | 'targetGroup' | 'needTier' | 'streetCode' | 'divisionCode' | 'subjectIdEnc'
>;

function present(s: Suggestion): TSuggestion {
  return {
    kind: s.kind,
    id: s.id,
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    band: s.band,
    reasons: s.reasons,
    unknowns: s.unknowns,
    department: s.departmentId && s.departmentName ? { id: s.departmentId, name: s.departmentName } : null,
    providerName: s.providerName,
    howToApply: s.howToApply,
  };
}

type ApplicationFacts = Parameters<typeof personFromApplication>[0];

/**
 * The full ranked match of an application, memoised on the catalog per application version and day (age). `facts`
 * is called only when the match is not memoised yet, so a repeated request decrypts nothing.
 */
async function matchApplication(
  deps: Deps,
  key: Pick<AppFacts, 'id' | 'version'>,
  facts: () => ApplicationFacts,
  db: Db,
): Promise<MatchResult> {
  const catalog = await matchingCatalog(deps, db);
  const today = chinaDay(deps.clock.now());
  return catalog.memo.get(`${key.id}:${key.version}:${today}`, async () =>
    matchCatalog(catalog, personFromApplication(facts(), today), { mode: 'application' }),
  );
}

function factsOf(deps: Deps, app: Omit<AppFacts, 'id' | 'version'>): ApplicationFacts {
  return {
    categories: app.categories,
    targetGroup: app.targetGroup,
    needTier: app.needTier,
    streetCode: app.streetCode,
    divisionCode: app.divisionCode,
    idNumber: app.subjectIdEnc ? deps.cipher.decrypt(app.subjectIdEnc) : null,
  };
}

function topOf(all: MatchResult, options: { limit: number; departmentIds?: readonly string[] }): TSuggestions {
  const shown = options.departmentIds ? forDepartments(all, options.departmentIds) : all;
  return {
    policies: shown.policies.slice(0, options.limit).map(present),
    services: shown.services.slice(0, options.limit).map(present),
  };
}

/**
 * Top `limit` of each kind; with `departmentIds`, only what those departments offer (a department officer).
 * `db`: the transaction the caller is in, if any.
 */
export async function suggestionsForApplication(
  deps: Deps,
  app: AppFacts,
  options: { limit: number; departmentIds?: readonly string[]; db?: Db },
): Promise<TSuggestions> {
  return topOf(await matchApplication(deps, app, () => factsOf(deps, app), options.db ?? deps.db), options);
}

/**
 * 您可能还可以申请: for the applicant or the subject of their own application. A neighbour who reported a lead sees
 * only its status, so not this.
 * @throws AppError NOT_FOUND when the user is neither applicant nor subject (or only the referrer)
 */
export async function mySuggestions(deps: Deps, userId: string, id: string): Promise<TSuggestions> {
  const row = await findMatchFacts(deps.db, userId, id);
  if (!row) throw new AppError('NOT_FOUND', { message: '没有找到这份申请' });
  const facts = () => factsOf(deps, { ...row, targetGroup: openTargetGroup(deps.cipher, row) });
  return topOf(await matchApplication(deps, row, facts, deps.db), { limit: RESIDENT_LIMIT });
}
