/** Admin view and publishing of routing rules: each publish is a new version; old versions stay for reproducibility. */
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { issuesFromZod, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './routing.repo';
import { clearRoutingRulesCache } from './routing.service';
import { DEFAULT_ROUTING_RULES, ZRoutingRules } from './routing-rules';

export async function getRoutingRules(db: Db) {
  const row = await repo.currentRules(db);
  return row ? { version: row.version, rules: row.rules } : { version: 0, rules: DEFAULT_ROUTING_RULES };
}

/** @throws AppError VALIDATION_FAILED naming the rule field (prefixed `rules.`) */
export async function publishRoutingRules(deps: Deps, adminId: string, rules: unknown) {
  const parsed = ZRoutingRules.safeParse(rules);
  if (!parsed.success) throw validationError(issuesFromZod(parsed.error, 'rules'));
  const published = await inTransaction(deps.db, async (tx) => {
    const current = await repo.currentRules(tx);
    const version = (current?.version ?? 0) + 1;
    await repo.insertRules(tx, version, parsed.data, adminId);
    await appendAudit(tx, deps.clock, {
      actorUserId: adminId,
      action: 'routing.rules_published',
      entity: 'routing_rules',
      entityId: String(version),
    });
    return { version, rules: parsed.data };
  });
  clearRoutingRulesCache(deps); // after the commit: a submit that reloads now sees the new version
  return published;
}
