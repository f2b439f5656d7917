/**
 * Property test over every endpoint of the shared map: whatever JSON a client sends, with or without a
 * session, the answer is a 2xx/4xx envelope — never a 5xx, a stack trace or SQL.
 */
import fc from 'fast-check';
import { endpoints, type EndpointName } from '../../shared/api/endpoints';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const ALLOWED = new Set([200, 400, 401, 403, 404, 409, 413, 415, 422, 429]);
const LEAK = /at .+\(.+:\d+:\d+\)|SELECT |INSERT |syntax error|node_modules|ECONN|drizzle|pglite/i;

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.constantFrom('', ' ', '330106005055', '00000000-0000-4000-8000-000000000000', "' OR 1=1--", '__proto__', 'null', '\u200b', 'ＡＢＣ１２３', 'x'.repeat(5000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, nasty, fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 12 }), tie('any'), { maxKeys: 4 })),
})).any;

/** Bodies that look like each endpoint's input: its real keys with hostile values, plus junk. */
function bodyFor(name: EndpointName) {
  const shape = (endpoints[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(shaped, value, fc.constant({ ['__proto__']: { isAdmin: true } }));
}

describe('fuzz: every endpoint', () => {
  let token = '';
  beforeAll(async () => {
    token = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
  });

  it.each(Object.keys(endpoints) as EndpointName[])('%s never answers 5xx or leaks internals', async (name) => {
    await fc.assert(
      fc.asyncProperty(bodyFor(name), fc.boolean(), async (body, withToken) => {
        // dev login bodies with a real demo id would log in; that is fine (200)
        const res = await post(t, name, body, withToken ? token : undefined);
        if (!ALLOWED.has(res.status) || LEAK.test(res.text)) {
          throw new Error(`${name} → ${res.status}: ${res.text.slice(0, 300)}`);
        }
        expect(typeof res.body.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
