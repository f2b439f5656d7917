/**
 * Property test over the rest of the shared map (applications, cases and routing rules have their own,
 * deeper fuzz files): whatever JSON a client sends, with an admin session or none, the answer is the
 * expected 2xx/4xx envelope — never a 5xx, a stack trace or SQL — and a refusal writes nothing.
 */
import fc from 'fast-check';
import { endpoints, type EndpointName } from '../../shared/api/endpoints';
import { bodies } from './fuzz-schema';
import { invalidateState, probe, schemaRefuses, type Caller } from './fuzz-oracle';
import { buildSession } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const RUNS = Number(process.env.FUZZ_RUNS_GENERIC ?? 60);
/** Fuzzed 200+ times as real callers in applications-fuzz.test.ts and cases-fuzz.test.ts. */
const DEDICATED = new Set([
  'applications.submit',
  'applications.withdraw',
  'applications.provideInfo',
  'applications.revokeConsent',
  'admin.routing.set',
]);
const names = (Object.keys(endpoints) as EndpointName[]).filter((n) => !DEDICATED.has(n) && !n.startsWith('cases.'));

describe('fuzz: every other endpoint', () => {
  let token = '';
  const adminSession = async () => (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
  beforeAll(async () => {
    token = await adminSession();
  });

  it.each(names)(
    `%s: ${RUNS} fuzzed bodies, never 5xx, nothing leaked, refusals write nothing`,
    async (name) => {
      const { access, input } = endpoints[name];
      const roles = access as 'public' | 'user' | readonly string[];
      await fc.assert(
        fc.asyncProperty(bodies(input), fc.boolean(), async (body, withToken) => {
          // a logout ends the session it names, so each one gets its own
          const own = name === 'auth.logout' ? await adminSession() : token;
          if (name === 'auth.logout') invalidateState(t);
          const caller: Caller =
            roles === 'public'
              ? { token: withToken ? own : undefined }
              : !withToken
                ? { status: 401 }
                : roles === 'user' || roles.includes('admin')
                  ? { token: own }
                  : { token: own, status: 403 };
          // dev login bodies with a real demo id log in (200); rate-limited endpoints may answer 429
          await probe(t, {
            name,
            body,
            caller,
            read: true,
            mayLimit: true,
            resolve: () => undefined,
            refuses: (v) => schemaRefuses(input, v),
          });
        }),
        { numRuns: RUNS },
      );
    },
    180_000,
  );
});
