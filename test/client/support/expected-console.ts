// Taro's inputs and jsdom print a few known, harmless errors under jest (about 2,000 lines of dumps a run) that
// bury a real one. Only these exact errors are dropped; every other console.error still prints.

type ErrorLike = { name?: unknown; message?: unknown; stack?: unknown; type?: unknown };

const STENCIL_VALUE_HOSTS = new Set(['taro-input-core', 'taro-textarea-core']);
const STENCIL_VALUE_FRAME = /\bwatchValue\b.*\/@tarojs\/components\/dist\/components\/taro-(input|textarea)-core\.js:/;

function errorLike(value: unknown): ErrorLike | undefined {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : undefined;
}

/**
 * Stencil runs the value watcher of Taro's Input / Textarea before the component has rendered its inner
 * <input>, and logs the TypeError with the host element: `console.error(error, element)`.
 */
function isStencilValueWatcherError(args: unknown[]): boolean {
  const error = errorLike(args[0]);
  const host = args[1];
  return (
    error?.name === 'TypeError' &&
    error.message === "Cannot read properties of undefined (reading 'value')" &&
    typeof error.stack === 'string' &&
    STENCIL_VALUE_FRAME.test(error.stack) &&
    typeof host === 'object' &&
    host !== null &&
    STENCIL_VALUE_HOSTS.has(String((host as { localName?: unknown }).localName))
  );
}

/** jsdom cannot play media: Taro's Video calls load(), jsdom reports it as "not implemented". */
function isJsdomMediaLoad(args: unknown[]): boolean {
  const error = errorLike(args[0]);
  return (
    args.length === 1 &&
    error?.type === 'not implemented' &&
    error.message === 'Not implemented: HTMLMediaElement.prototype.load'
  );
}

export function isExpectedConsoleError(args: unknown[]): boolean {
  return isStencilValueWatcherError(args) || isJsdomMediaLoad(args);
}

/** Replaces `target.error` (the test console) by one that drops the expected errors and forwards the rest. */
export function silenceExpectedConsoleErrors(target: Pick<Console, 'error'>): void {
  const original = target.error;
  target.error = function error(this: unknown, ...args: unknown[]) {
    if (isExpectedConsoleError(args)) return;
    original.apply(this, args);
  };
}
