/** Injectable time source so deadline, rate-limit and token logic can be tested with a fake clock. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A settable clock for tests. */
export function fixedClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
