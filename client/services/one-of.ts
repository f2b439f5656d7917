/** True when `value` is one of `values`: narrows a string from a URL, storage or a tap to a shared enum. */
export function isOneOf<const T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((v) => v === value);
}
