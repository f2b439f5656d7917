/** SQL for the resident's suggestions: only the facts matching reads, still sealed, in one prepared statement. */
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { applications } from '../../db/schema-applications';

function matchFactsQuery(db: Db) {
  const userId = sql.placeholder('userId');
  return db
    .select({
      id: applications.id,
      version: applications.version,
      categories: applications.categories,
      needTier: applications.needTier,
      streetCode: applications.streetCode,
      divisionCode: applications.divisionCode,
      subjectIdEnc: applications.subjectIdEnc,
      targetGroupEnc: applications.targetGroupEnc,
      legacyTargetGroup: applications.legacyTargetGroup,
    })
    .from(applications)
    .where(
      and(
        eq(applications.id, sql.placeholder('id')),
        // the applicant (not a neighbour who only reported a lead), or the subject who bound a proxy application
        or(
          and(eq(applications.applicantUserId, userId), ne(applications.channel, 'referral')),
          and(eq(applications.channel, 'proxy'), eq(applications.subjectUserId, userId)),
        ),
      ),
    )
    .prepare('application_match_facts');
}

const matchFactsQueries = new WeakMap<Db, ReturnType<typeof matchFactsQuery>>();

/**
 * What matching reads of an application its applicant or bound subject may see (sealed fields left sealed: they are
 * opened only when the match is not memoised yet); null when there is none or the caller only referred it.
 */
export async function findMatchFacts(db: Db, userId: string, id: string) {
  let query = matchFactsQueries.get(db);
  if (!query) matchFactsQueries.set(db, (query = matchFactsQuery(db)));
  const [row] = await query.execute({ userId, id });
  return row ?? null;
}

export type MatchFactsRow = NonNullable<Awaited<ReturnType<typeof findMatchFacts>>>;
