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
import type { ApplicationRecord } from './sealed-fields';
import { viewerOf } from './applicant.presenter';
import * as repo from './applications.repo';

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

/** The full ranked match of an application, memoised on the catalog per application version and day (age). */
async function matchApplication(deps: Deps, app: AppFacts, db: Db): Promise<MatchResult> {
  const catalog = await matchingCatalog(deps, db);
  const today = chinaDay(deps.clock.now());
  return catalog.memo.get(`${app.id}:${app.version}:${today}`, async () => {
    const person = personFromApplication(
      {
        categories: app.categories,
        targetGroup: app.targetGroup,
        needTier: app.needTier,
        streetCode: app.streetCode,
        divisionCode: app.divisionCode,
        idNumber: app.subjectIdEnc ? deps.cipher.decrypt(app.subjectIdEnc) : null,
      },
      today,
    );
    return matchCatalog(catalog, person, { mode: 'application' });
  });
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
  const all = await matchApplication(deps, app, options.db ?? deps.db);
  const shown = options.departmentIds ? forDepartments(all, options.departmentIds) : all;
  return {
    policies: shown.policies.slice(0, options.limit).map(present),
    services: shown.services.slice(0, options.limit).map(present),
  };
}

/**
 * 您可能还可以申请: for the applicant or the subject of their own application. A neighbour who reported a lead sees
 * only its status, so not this.
 * @throws AppError NOT_FOUND when the user is neither applicant nor subject (or only the referrer)
 */
export async function mySuggestions(deps: Deps, userId: string, id: string): Promise<TSuggestions> {
  const row = await repo.findVisible(deps.db, deps.cipher, userId, id);
  if (!row || viewerOf(row, userId) === 'referrer') throw new AppError('NOT_FOUND', { message: '没有找到这份申请' });
  return suggestionsForApplication(deps, row.app, { limit: RESIDENT_LIMIT });
}
