/**
 * Fuzz bodies derived from the shared zod schemas, so a field added to a schema is fuzzed without editing
 * the tests: `validBody` walks the schema (key-name hints supply what a schema cannot say, e.g. a real case
 * id or a valid ID number), `nearValid` breaks exactly one thing in a valid body, `junk` is anything at all.
 * Whether a body is valid is never guessed here: the tests ask the schema itself (safeParse).
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** A placeholder the test resolves at request time (e.g. "a case on which this action is legal"). */
export class Slot {
  constructor(readonly name: string) {}
}
/** A body sent with `"key": valueText` spliced in last as raw JSON (an own `__proto__` key, nesting deeper than fast-check builds). */
export class WithRawKey {
  constructor(
    readonly key: string,
    readonly valueText: string,
    readonly body: unknown,
  ) {}
}

export type Hints = Record<string, fc.Arbitrary<unknown>>;

const SQLISH = [
  "' OR 1=1--",
  "'; DROP TABLE applications;--",
  'SELECT * FROM users',
  '1; UPDATE applications SET status=$$closed$$',
  "\\'",
  '$1',
  'pg_sleep(5)',
];
const WEIRD = [
  '',
  ' ',
  '\u200b',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '😀👨‍👩‍👧',
  'ＡＢＣ１２３',
  '\r\n',
  '<script>alert(1)</script>',
  '%00',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
];
const ODD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'isAdmin',
  'status',
  'version',
  'applicantUserId',
  'role',
  'id',
  '',
  '😀',
];

/**
 * Hints every endpoint shares: id lists of files (attachments, visit photos) are usually empty, otherwise
 * random ids the server must refuse without writing anything.
 */
export const fileIdHints: Hints = Object.fromEntries(
  ['attachmentIds', 'photoIds'].map((k) => [
    k,
    fc.oneof(
      { arbitrary: fc.constant([]), weight: 3 },
      { arbitrary: fc.array(fc.uuid({ version: 4 }), { minLength: 1, maxLength: 3 }), weight: 1 },
    ),
  ]),
);

/** True when a body names ids (`…Ids` lists) the test did not create: such a body may be refused. */
export const namesUnknownIds = (value: unknown): boolean =>
  !!value &&
  typeof value === 'object' &&
  Object.entries(value).some(([k, v]) => (/Ids$/.test(k) && Array.isArray(v) && v.length > 0) || namesUnknownIds(v));

/** Hostile scalars: unicode, control characters, SQL-ish text, huge strings, odd numbers. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...SQLISH, ...WEIRD),
  fc.constantFrom('x'.repeat(5000), '字'.repeat(3000)),
  fc.integer(),
  fc.constantFrom(0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, -1e-308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** Anything JSON can carry, nested a little. */
export const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...ODD_KEYS)), tie('any'), { maxKeys: 4 }),
  ),
})).any;

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const isOptional = (s: z.ZodType) => ['optional', 'default'].includes(defOf(s).type);

function checkValue(s: z.ZodType, check: string, field: string): number | undefined {
  const checks = (defOf(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
  const found = checks.find((c) => c._zod.def.check === check);
  return found ? (found._zod.def[field] as number) : undefined;
}

const TEXT_UNIT = fc.oneof(
  { arbitrary: fc.constantFrom(...'帮助老人家里困难生活医疗王阿姨社区走访电话'.split('')), weight: 30 },
  { arbitrary: fc.constantFrom('a', 'Z', '7', ' ', '。', '😀', '\u202e', '\t'), weight: 6 },
);

function stringArb(s: z.ZodType): fc.Arbitrary<string> {
  const str = s as unknown as { minLength: number | null; maxLength: number | null; format: string | null };
  const def = defOf(s);
  if (str.format === 'uuid' || str.format === 'guid') return fc.uuid({ version: 4 });
  if (str.format === 'datetime')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  const patterns = ((def.checks as { _zod: { def: { pattern?: RegExp } } }[] | undefined) ?? [])
    .map((c) => c._zod.def.pattern)
    .filter(Boolean) as RegExp[];
  if (def.pattern instanceof RegExp) patterns.push(def.pattern);
  if (patterns.length) return fc.stringMatching(patterns[0]!);
  const min = str.minLength ?? 0;
  const max = Math.min(str.maxLength ?? 80, 80);
  const text = fc
    .string({ unit: TEXT_UNIT, minLength: min, maxLength: max })
    .map((v) => (v.trim().length >= min ? v : `${v}帮助`.padEnd(min + 2, '助')).slice(0, str.maxLength ?? undefined));
  // now and then a character PostgreSQL cannot store (U+0000, a lone surrogate) somewhere inside
  const unstorable = fc
    .tuple(text, fc.constantFrom('\u0000', '\ud800', '\udfff'), fc.nat())
    .map(([v, c, at]) => v.slice(0, at % (v.length + 1)) + c + v.slice(at % (v.length + 1)));
  return fc.oneof({ arbitrary: text, weight: 30 }, { arbitrary: unstorable, weight: 1 });
}

/** A value the schema should accept (most of the time; refinements the walker cannot see need hints). */
export function validBody(schema: z.ZodType, hints: Hints = {}, key?: string): fc.Arbitrary<unknown> {
  if (key !== undefined && hints[key]) return hints[key]!;
  if (key !== undefined && fileIdHints[key]) return fileIdHints[key]!;
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const required = Object.keys(shape).filter((k) => !isOptional(shape[k]!));
      const model = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, validBody(v, hints, k)]));
      return fc.record(model, { requiredKeys: required });
    }
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => validBody(o, hints, key)));
    case 'optional':
    case 'default':
    case 'nonoptional':
    case 'readonly':
      return validBody(def.innerType as z.ZodType, hints, key);
    case 'nullable':
      return fc.option(validBody(def.innerType as z.ZodType, hints, key), { nil: null, freq: 8 });
    case 'pipe':
      return validBody(def.in as z.ZodType, hints, key);
    case 'string':
      return stringArb(schema);
    case 'number': {
      const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const min = Math.max(n.minValue ?? -1e6, -1e6);
      const max = Math.min(n.maxValue ?? 1e6, 1e6);
      return n.isInt
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array': {
      const min = checkValue(schema, 'min_length', 'minimum') ?? 0;
      const max = Math.min(checkValue(schema, 'max_length', 'maximum') ?? 4, 4);
      return fc.array(validBody(def.element as z.ZodType, hints), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'record':
      return fc.dictionary(
        validBody(def.keyType as z.ZodType, hints) as fc.Arbitrary<string>,
        validBody(def.valueType as z.ZodType, hints),
        { maxKeys: 3 },
      );
    default:
      return junk;
  }
}

/** Every path (key list) inside a JSON value, the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object' || value instanceof Slot) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** Deep copy of arrays and plain objects (own `__proto__` keys kept); slots are shared, not copied. */
export function cloneJson(value: unknown, leaf: (v: unknown) => unknown = (v) => v): unknown {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v, leaf));
  if (value && typeof value === 'object' && !(value instanceof Slot))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneJson(v, leaf)]));
  return leaf(value);
}

type Mutation = 'replace' | 'delete' | 'addKey' | 'swapType';

function mutate(
  body: unknown,
  path: (string | number)[],
  how: Mutation,
  replacement: unknown,
  extraKey: string,
): unknown {
  const copy = cloneJson(body) as Record<string | number, unknown>;
  if (path.length === 0) return copy;
  let parent = copy;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const current = parent[last];
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 'replace') parent[last] = replacement;
  else if (how === 'swapType')
    parent[last] =
      typeof current === 'string'
        ? Number(current) || [current]
        : typeof current === 'number'
          ? String(current)
          : typeof current === 'boolean'
            ? String(current)
            : Array.isArray(current)
              ? { ...current }
              : current === null
                ? {}
                : [current];
  else {
    // an unknown key on the nearest object (arrays cannot carry one in JSON)
    const target =
      current && typeof current === 'object' && !Array.isArray(current) && !(current instanceof Slot)
        ? current
        : Array.isArray(parent)
          ? null
          : parent;
    if (target)
      Object.defineProperty(target, extraKey, {
        value: replacement,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else parent[last] = replacement;
  }
  return copy;
}

/** A valid body with exactly one thing broken: a value replaced or retyped, a key removed or an unknown key added. */
export function nearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'addKey', 'swapType'),
      fc.oneof(nasty, junk),
      fc.constantFrom(...ODD_KEYS, 'extra'),
    )
    .map(([body, pick, how, replacement, extraKey]) => {
      const paths = pathsOf(body);
      return paths.length
        ? mutate(body, paths[pick % paths.length]!, how, replacement, extraKey)
        : { [extraKey || 'extra']: replacement };
    });
}

const RAW_VALUES = [
  '{"isAdmin":true}',
  '{"prototype":{"polluted":1}}',
  'null',
  '"x"',
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
  `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
];

/** Bodies for one endpoint: valid, near-valid, junk, and raw JSON (`__proto__`/`constructor` keys, deep nesting). */
export function bodies(schema: z.ZodType, hints: Hints = {}, validWeight = 4): fc.Arbitrary<unknown> {
  const valid = validBody(schema, hints);
  const keys = ['__proto__', 'constructor', ...Object.keys((schema as unknown as { shape?: object }).shape ?? {})];
  const proto = fc
    .tuple(valid, fc.constantFrom(...keys), fc.constantFrom(...RAW_VALUES))
    .map(([b, k, v]) => new WithRawKey(k, v, b));
  return fc.oneof(
    { arbitrary: valid, weight: validWeight },
    { arbitrary: nearValid(valid), weight: 5 },
    { arbitrary: junk, weight: 1 },
    { arbitrary: proto, weight: 1 },
  );
}
