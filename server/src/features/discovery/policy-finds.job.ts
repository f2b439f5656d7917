/**
 * 政策找人 (policy finds people): when the policies or their standards change (say the 低保 line rises), the newest
 * visit of every household that agreed to be contacted is matched again with its stored facts (the self-check
 * answers), and each policy it now strongly matches (很可能符合) and did not before becomes a find for its point's
 * staff, with the reason. Nobody is told anything automatically. Runs in the deadline worker: the catalog's
 * fingerprint is claimed in one row, so of two processes exactly one evaluates a change, in one transaction.
 */
import { createHash } from 'node:crypto';
import { matchCatalog, personFromAnswers, type Catalog } from '../../../../shared/domain/matching';
import type { TSelfCheckAnswers } from '../../../../shared/schemas/content';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { matchingCatalog } from '../policies/catalog.service';
import * as repo from './finds.repo';

/** What a change of the rules is measured by: each policy's rule and the standards. */
export function catalogFingerprint(catalog: Catalog): string {
  const policies = catalog.policies.map((p) => [p.slug, p.ruleVersion, p.rule]).sort();
  const standards = [...catalog.standards.values()].map((s) => [s.key, s.value]).sort();
  return createHash('sha256')
    .update(JSON.stringify([policies, standards]))
    .digest('hex');
}

/** The policies the facts strongly match, with their reasons. */
export function strongMatches(
  catalog: Catalog,
  facts: TSelfCheckAnswers,
  place: { communityCode: string; streetCode: string },
) {
  const person = { ...personFromAnswers(facts), communityCode: place.communityCode, streetCode: place.streetCode };
  return matchCatalog(catalog, person, { mode: 'selfCheck' }).policies.filter((s) => s.band === 'likely');
}

export async function runPolicyFinds(deps: Deps): Promise<{ policyFinds: number }> {
  return inTransaction(deps.db, async (tx) => {
    const catalog = await matchingCatalog(deps, tx);
    if (!(await repo.claimFingerprint(tx, catalogFingerprint(catalog), deps.clock.now()))) return { policyFinds: 0 };
    let found = 0;
    for (const h of await repo.consentingHouseholds(tx)) {
      const facts = JSON.parse(deps.cipher.decrypt(h.factsEnc!)) as TSelfCheckAnswers;
      const matches = strongMatches(catalog, facts, h);
      for (const m of matches.filter((s) => !h.matched.includes(s.slug))) {
        const inserted = await repo.insertFind(tx, {
          visitId: h.id,
          communityCode: h.communityCode,
          streetCode: h.streetCode,
          policySlug: m.slug,
          policyTitle: m.title,
          reasonEnc: deps.cipher.encrypt(m.reasons.join('；') || '情况符合这项政策的条件'),
        });
        if (inserted) found++;
      }
      await repo.setMatched(
        tx,
        h.id,
        matches.map((s) => s.slug),
      );
    }
    return { policyFinds: found };
  });
}
