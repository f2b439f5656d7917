/** Seed loader of the routing rules: version 1 from the defaults when no rules exist (idempotent). */
import { DEFAULT_ROUTING_RULES } from '../../features/applications/routing-rules';
import * as repo from '../../features/applications/routing.repo';
import type { Db } from '../client';

export async function seedRoutingRules(db: Db): Promise<void> {
  await repo.insertRules(db, 1, DEFAULT_ROUTING_RULES, null);
}
