/**
 * What every fuzzed write must satisfy: a known 2xx/4xx status with the error envelope, no stack trace, SQL
 * or driver text in the body (after removing what the request itself echoed), no prototype pollution, and
 * — for every refusal — no change at all to the business tables.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { z } from 'zod';
import { queryRows } from '../../server/src/db/client';
import type { TestContext } from './support/harness';
import { cloneJson, Slot, WithRawKey } from './fuzz-schema';

const ALLOWED = new Set([200, 400, 401, 403, 404, 409, 413, 422, 429]);
const LEAK =
  /\bat .+\(.+:\d+:\d+\)|\bat (?:async )?[\w.<>]+ \(|node_modules|\.ts:\d+|\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b.*\b(?:FROM|SET|VALUES|WHERE)\b|syntax error|duplicate key|violates|invalid input syntax|invalid byte sequence|relation "|column "|ECONN|drizzle|pglite|postgres|DatabaseError|TypeError|ReferenceError|undefined is not|Cannot read prop/i;

/** Resolves slots (depth-first, left to right) and serialises; a WithRawKey body gets its raw key spliced in last (so it wins). */
export async function serialise(
  body: unknown,
  resolve: (slot: Slot) => Promise<unknown> | unknown,
): Promise<{ value: unknown; text: string }> {
  const pending: Slot[] = [];
  const inner = body instanceof WithRawKey ? body.body : body;
  cloneJson(inner, (v) => (v instanceof Slot && pending.push(v), v));
  const resolved = new Map<Slot, unknown>();
  for (const slot of pending) if (!resolved.has(slot)) resolved.set(slot, await resolve(slot));
  const value = cloneJson(inner, (v) => (v instanceof Slot ? resolved.get(v) : v));
  let text = JSON.stringify(value ?? null);
  if (body instanceof WithRawKey) {
    const rest = value && typeof value === 'object' && !Array.isArray(value) ? text.slice(1, -1) : '';
    text = `{${rest ? `${rest},` : ''}${JSON.stringify(body.key)}:${body.valueText}}`;
  }
  return { value: body instanceof WithRawKey ? JSON.parse(text) : value, text };
}

/** Every string (keys and values) in a JSON value: what a response may legitimately echo back (iterative: bodies nest deeply). */
export function stringsOf(root: unknown): string[] {
  const out: string[] = [];
  for (const stack = [root]; stack.length;) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        stack.push(v);
      }
  }
  return out;
}

/** POST /api/<name> with a raw JSON text. */
export function postRaw(
  t: TestContext,
  name: string,
  text: string,
  token?: string,
  headers: Record<string, string> = {},
) {
  const req = t.api().post(`/api/${name}`).set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  for (const [h, v] of Object.entries(headers)) req.set(h, v);
  return req.send(text);
}

/** Every string any fuzzed request of this test file sent: stored user text that later responses may show. */
const sentEver = new Set<string>();

/** Throws (with the request and response) unless the response is a well-formed 2xx/4xx that leaks nothing. */
export function expectSafeResponse(
  name: string,
  res: { status: number; text: string; body: unknown },
  sent: { value: unknown; text: string },
) {
  const fail = (why: string) => {
    throw new Error(`${name} ${why} → ${res.status}: ${res.text.slice(0, 400)}\nrequest: ${sent.text.slice(0, 400)}`);
  };
  if (!ALLOWED.has(res.status)) fail('status not allowed');
  const body = res.body as { ok?: unknown; code?: unknown; message?: unknown; requestId?: unknown };
  if (typeof body?.ok !== 'boolean') fail('no envelope');
  if (
    res.status >= 400 &&
    (body.ok !== false ||
      typeof body.code !== 'string' ||
      !/[\u4e00-\u9fa5]/.test(String(body.message)) ||
      typeof body.requestId !== 'string')
  )
    fail('bad error envelope');
  const sentStrings = stringsOf(sent.value);
  for (const s of sentStrings) sentEver.add(s).add(s.trim());
  if (res.status < 300) {
    // a success may show text stored by earlier requests (a timeline note): check each string it did not receive from a client
    const own = stringsOf(res.body).find((s) => !sentEver.has(s) && !sentEver.has(s.trim()) && LEAK.test(s));
    if (own !== undefined) fail(`leaks internals (${LEAK.exec(own)![0]})`);
  } else {
    let scrubbed = res.text;
    const echoes = sentStrings.flatMap((s) => [
      s,
      s.trim(),
      JSON.stringify(s).slice(1, -1),
      JSON.stringify(s.trim()).slice(1, -1),
    ]);
    for (const e of echoes.filter((s) => s.length >= 2).sort((a, b) => b.length - a.length))
      scrubbed = scrubbed.split(e).join('');
    if (LEAK.test(scrubbed)) fail(`leaks internals (${LEAK.exec(scrubbed)![0]})`);
  }
  if (Object.keys(Object.prototype).length || ({} as Record<string, unknown>).isAdmin !== undefined)
    fail('polluted Object.prototype');
}

/** Counts (and version sums) of every table a write may touch; equal snapshots mean nothing changed. */
export async function dbState(t: TestContext): Promise<string> {
  const [row] = await queryRows<Record<string, unknown>>(
    t.deps.db,
    sql`select
      (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(*) filter (where status = 'withdrawn') from applications) as applications,
      (select count(*) from application_events) as events,
      (select count(*) || ':' || count(revoked_at) from consents) as consents,
      (select count(*) || ':' || count(*) filter (where status = 'open') || ':' || count(closed_at) from department_referrals) as referrals,
      (select count(*) || ':' || count(*) filter (where state = 'completed') from idempotency_keys) as idempotency,
      (select count(*) from routing_rules) as routing,
      (select count(*) from audit_log) as audit,
      (select count(*) from outbox) as outbox,
      (select count(*) || ':' || count(application_id) from attachments) as attachments,
      (select count(*) from users) as users`,
  );
  return JSON.stringify(row);
}

const lastState = new WeakMap<TestContext, string>();
/** Call after writing rows outside a probe (fixtures built on demand), so the next probe takes a fresh snapshot. */
export const invalidateState = (t: TestContext) => lastState.delete(t);

/** True when the schema would refuse the body (the server must then answer 400 and change nothing). */
export const schemaRefuses = (schema: z.ZodType, value: unknown) => !schema.safeParse(value).success;

export type Caller = { token?: string; status?: 401 | 403 };
export type CallerKind = 'right' | 'none' | 'garbage' | 'forbidden';

/** Who calls: mostly the right person, sometimes nobody, a forged token, or (when given) someone refused. */
export const callerKinds = (withForbidden: boolean) =>
  fc.constantFrom<CallerKind>(
    ...Array<CallerKind>(12).fill('right'),
    'none',
    'garbage',
    ...(withForbidden ? (['forbidden', 'forbidden'] as const) : []),
  );

export const callerOf = (kind: CallerKind, right: string, forbidden?: string): Caller =>
  kind === 'right'
    ? { token: right }
    : kind === 'none'
      ? { status: 401 }
      : kind === 'garbage'
        ? { token: `${right.slice(0, -4)}AAAA`, status: 401 }
        : { token: forbidden!, status: 403 };

export type Probe = {
  name: string;
  body: unknown;
  caller: Caller;
  resolve: (slot: Slot) => Promise<unknown> | unknown;
  /** True when the server must refuse the (resolved) body with 400 VALIDATION_FAILED. */
  refuses: (value: unknown) => boolean;
  /** True when a body the schema accepts must succeed (e.g. a legal action on a case in scope). */
  mustSucceed?: (value: unknown) => boolean;
  headers?: Record<string, string>;
  limitBytes?: number;
  /** Reads may write (an audited read) or not; writes must change something when they succeed. */
  read?: boolean;
  /** The endpoint is rate-limited before parsing: 429 is an acceptable answer to anything. */
  mayLimit?: boolean;
};

/**
 * Sends one fuzzed request and checks it: the expected refusal status in order (413 → non-object 400 →
 * 401/403 → schema 400), a safe body, and the database unchanged by every refusal and by replays.
 */
export async function probe(t: TestContext, p: Probe): Promise<{ status: number; replayed: boolean; message: string }> {
  const sent = await serialise(p.body, p.resolve);
  const before = lastState.get(t) ?? (await dbState(t));
  const res = await postRaw(t, p.name, sent.text, p.caller.token, p.headers);
  try {
    expectSafeResponse(p.name, res, sent);
  } catch (err) {
    const logged = t.logs.filter((l) => l.includes('request failed')).pop();
    throw new Error(`${(err as Error).message}${logged ? `\nserver log: ${logged.slice(0, 1500)}` : ''}`, {
      cause: err,
    });
  }
  const object = sent.value !== null && typeof sent.value === 'object' && !Array.isArray(sent.value);
  // the JSON body reader refuses (before any session check) oversize bodies, non-objects and U+0000 or lone surrogates anywhere
  const expected =
    Buffer.byteLength(sent.text) > (p.limitBytes ?? 256 * 1024)
      ? 413
      : !object || stringsOf(sent.value).some((s) => /[\u0000\p{Cs}]/u.test(s))
        ? 400
        : p.caller.status
          ? p.caller.status
          : p.refuses(sent.value)
            ? 400
            : p.mustSucceed?.(sent.value)
              ? 200
              : null;
  if (expected !== null && res.status !== expected && !(p.mayLimit && res.status === 429)) {
    throw new Error(
      `${p.name}: expected ${expected}, got ${res.status}: ${res.text.slice(0, 300)}\nrequest: ${sent.text.slice(0, 400)}`,
    );
  }
  const replayed = res.headers['idempotent-replayed'] === 'true';
  const after = await dbState(t);
  lastState.set(t, after);
  if ((res.status >= 400 || replayed) && after !== before)
    throw new Error(
      `${p.name} → ${res.status} changed the database\n${before}\n${after}\nrequest: ${sent.text.slice(0, 400)}`,
    );
  if (res.status < 300 && !replayed && !p.read && after === before)
    throw new Error(`${p.name} → ${res.status} but nothing was written\nrequest: ${sent.text.slice(0, 400)}`);
  return { status: res.status, replayed, message: String((res.body as { message?: unknown }).message ?? '') };
}
