import { describeError } from './error-summary';
import type { Logger } from './logger';

export type Repeating = { stop(): Promise<void> };

/**
 * Runs `task` every `intervalMs` (measured from the end of the previous run, so runs never overlap) until
 * stopped; a failed run is logged and the next one still happens. stop() resolves once the current run ends.
 */
export function repeatEvery(
  intervalMs: number,
  task: () => Promise<unknown>,
  logger: Logger,
  label: string,
): Repeating {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    current = task()
      .catch((err) => logger.error({ err: describeError(err) }, `${label} failed`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
