/**
 * Seals the audit chain head every AUDIT_CHECKPOINT_INTERVAL_MS, only when it moved since this process last sealed
 * it, and once more at shutdown. Runs in every server process: each appends its own lines to the checkpoint file,
 * and every line is valid on its own (two processes sealing the same head both write it; heads sealed out of
 * order are fine). The log line carries ids, counts, hashes and the signature only: no personal data.
 */
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Logger } from '../../lib/logger';
import { repeatEvery } from '../../lib/repeat';
import { auditChainHeads } from './chain-heads.repo';
import { appendCheckpoint, signCheckpoint, type ChainHeadSource, type Checkpoint } from './checkpoint';

export type CheckpointDeps = { db: Db; clock: Clock; logger: Logger };
export type CheckpointOptions = { file: string; key: Buffer; source?: ChainHeadSource };

export type Checkpointer = {
  /** Writes a checkpoint when the heads moved since the last one this checkpointer wrote; returns it, or null. */
  sealIfMoved(): Promise<Checkpoint | null>;
};

export function createCheckpointer(deps: CheckpointDeps, options: CheckpointOptions): Checkpointer {
  const source = options.source ?? auditChainHeads;
  let lastSealed: string | null = null;
  let running: Promise<Checkpoint | null> = Promise.resolve(null);
  const seal = async (): Promise<Checkpoint | null> => {
    const heads = await source.heads(deps.db);
    const sealed = JSON.stringify(heads);
    if (heads.length === 0 || sealed === lastSealed) return null;
    const checkpoint = signCheckpoint(options.key, deps.clock.now(), heads);
    await appendCheckpoint(options.file, checkpoint);
    lastSealed = sealed;
    deps.logger.info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
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
