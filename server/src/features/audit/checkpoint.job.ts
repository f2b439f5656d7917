/**
 * Seals the audit chains every AUDIT_CHECKPOINT_INTERVAL_MS: each checkpoint lists the heads of the chains written
 * since the previous one (rows stamped up to LATE_COMMIT_MS before it, for transactions that committed late), minus
 * heads this process already sealed; nothing is written when no chain moved. The first seal of a process starts from
 * the newest checkpoint in the file (every chain when there is none) and also seals the legacy chain. Runs in every
 * server process: each appends its own lines, and every line is valid on its own (two processes sealing the same head
 * both write it). Also `npm run audit:seal` (db/cli.ts). The log line carries counts and hashes only.
 */
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Logger } from '../../lib/logger';
import { repeatEvery } from '../../lib/repeat';
import { auditChainHeads } from './chain-heads.repo';
import {
  appendCheckpoint,
  checkpointRoot,
  newestCheckpointAt,
  signCheckpoint,
  type ChainHeadSource,
  type Checkpoint,
} from './checkpoint';

export type CheckpointDeps = { db: Db; clock: Clock; logger: Logger };
export type CheckpointOptions = { file: string; key: Buffer; source?: ChainHeadSource };

/** How long after its row's time a transaction may commit and still be sealed by the next checkpoint. */
export const LATE_COMMIT_MS = 60_000;

export type Checkpointer = {
  /** Writes a checkpoint of the chains that moved since the last one; returns it, or null when none moved. */
  sealIfMoved(): Promise<Checkpoint | null>;
};

export function createCheckpointer(deps: CheckpointDeps, options: CheckpointOptions): Checkpointer {
  const source = options.source ?? auditChainHeads;
  let since: Date | null | undefined; // undefined: not read from the file yet
  /** Heads this process sealed in the current window: chain → "id hash", with the seal time. */
  let sealed = new Map<string, { head: string; at: number }>();
  let legacyPending = true;
  let running: Promise<Checkpoint | null> = Promise.resolve(null);
  const seal = async (): Promise<Checkpoint | null> => {
    if (since === undefined) {
      const newest = await newestCheckpointAt(options.file, options.key);
      since = newest && new Date(newest.getTime() - LATE_COMMIT_MS);
    }
    const started = deps.clock.now();
    const heads = (await source.heads(deps.db, { since, legacy: legacyPending })).filter(
      (h) => sealed.get(h.chain)?.head !== `${h.id} ${h.hash}`,
    );
    const nextSince = new Date(started.getTime() - LATE_COMMIT_MS);
    if (heads.length === 0) {
      [since, legacyPending] = [nextSince, false];
      return null;
    }
    const checkpoint = signCheckpoint(options.key, deps.clock.now(), heads);
    await appendCheckpoint(options.file, checkpoint);
    [since, legacyPending] = [nextSince, false];
    sealed = new Map([...sealed].filter(([, s]) => s.at >= nextSince.getTime()));
    for (const h of heads) sealed.set(h.chain, { head: `${h.id} ${h.hash}`, at: started.getTime() });
    const { at, sig } = checkpoint;
    deps.logger.info(
      { auditCheckpoint: { at, heads: heads.length, root: checkpointRoot(checkpoint), sig } },
      'audit checkpoint',
    );
    return checkpoint;
  };
  return {
    // one at a time, so a shutdown seal never races a periodic one in the same process
    sealIfMoved() {
      const next = running.catch(() => null).then(seal);
      running = next;
      return next;
    },
  };
}

/** Starts the periodic seal; stop() waits for a running seal, then seals once more (call it after other writers stopped). */
export function startAuditCheckpoints(deps: CheckpointDeps, options: CheckpointOptions & { intervalMs: number }) {
  const checkpointer = createCheckpointer(deps, options);
  const repeating = repeatEvery(options.intervalMs, () => checkpointer.sealIfMoved(), deps.logger, 'audit checkpoint');
  return {
    async stop(): Promise<void> {
      await repeating.stop();
      await checkpointer
        .sealIfMoved()
        .catch((err: Error) =>
          deps.logger.error({ err: { message: err.message } }, 'audit checkpoint failed at shutdown'),
        );
    },
  };
}
