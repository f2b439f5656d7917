/**
 * What `npm run bench` measures. Add a scenario in one line: name, target, path, body (or a per-request body
 * factory), optional setup (log in, create fixtures) and the ceiling it is compared with.
 * Every scenario runs at each of CONNECTIONS; `ratio` compares it with its ceiling at the same connection count.
 */
import { randomInt } from 'node:crypto';
import { Api, type Json } from './lib/api';
import { ensureGeneratedPolicies, SEARCH_QUERIES } from './policy-fixtures';

/** The processes a scenario can hit. `server` is the real server started as `npm start` runs it. */
export type TargetName = 'ceiling.koa' | 'ceiling.koa-insert' | 'server';

/** What a setup step can add: headers for every request, or a body replacing the scenario's. */
export type Prepared = { headers?: Record<string, string>; body?: Json | (() => Json) };

/** The coming run: warm-up plus measured seconds. */
export type RunInfo = { seconds: number };

export type Scenario = {
  name: string;
  target: TargetName;
  /** Every request is `POST <path>` with `Content-Type: application/json`. */
  path: string;
  /** A fixed JSON body, or a factory called for every request (unique values, random picks…). */
  body: Json | (() => Json);
  /** Runs before each of the scenario's runs (after the server is ready): log in, create fixtures… */
  setup?: (api: Api, run: RunInfo) => Promise<Prepared>;
  /** Name of the ceiling scenario this one is compared with, or null. */
  ceiling: string | null;
};

/** Throughput is read at 50 connections; latency at 10 (a saturated server's p99 measures its queue). */
export const CONNECTIONS = [10, 50] as const;

/** Logs in through dev login as one of the demo users (default: the first) and sends its access token.
 * The token is reused while it outlives the coming run by a minute, so the login rate limit is never hit. */
export const asDevUser = (pick: (users: { id: string; roles: string[] }[]) => { id: string } | undefined = (u) => u[0]) => {
  const cache = new Map<string, { headers: Record<string, string>; expiresAt: number }>();
  return async (api: Api, run: RunInfo): Promise<Prepared> => {
    const cached = cache.get(api.baseUrl);
    if (cached && cached.expiresAt - Date.now() > (run.seconds + 60) * 1000) return { headers: cached.headers };
    const { users } = await api.call('auth.devUsers', {});
    const user = pick(users);
    if (!user) throw new Error('no matching demo user (is dev login enabled and are demo users seeded?)');
    const session = await api.call('auth.devLogin', { userId: user.id });
    const headers = { authorization: `Bearer ${session.accessToken}` };
    cache.set(api.baseUrl, { headers, expiresAt: Date.parse(session.accessTokenExpiresAt) });
    return { headers };
  };
};

export const scenarios: Scenario[] = [
  // Ceilings: each in its own process, measured in the same run as the project's endpoints.
  { name: 'ceiling.koa', target: 'ceiling.koa', path: '/', body: {}, ceiling: null },
  { name: 'ceiling.koa-insert', target: 'ceiling.koa-insert', path: '/', body: () => ({ name: `item-${randomInt(1e9)}`, n: randomInt(1000) }), ceiling: null },

  // Project endpoints. Reads are compared with ceiling.koa: the upper bound of any read, not a like-for-like target.
  { name: 'org.overview', target: 'server', path: '/api/org.overview', body: {}, ceiling: 'ceiling.koa' },
  { name: 'servicePoints.list', target: 'server', path: '/api/servicePoints.list', body: { streetCode: '330106005000' }, ceiling: 'ceiling.koa' },
  { name: 'me.get', target: 'server', path: '/api/me.get', body: {}, setup: asDevUser(), ceiling: 'ceiling.koa' },
  // 5,000 generated policies (plus the seed), rotating Chinese queries: single chars, words, mixed digits
  {
    name: 'policy-search-5k',
    target: 'server',
    path: '/api/policies.list',
    body: { q: '低保' },
    setup: async (api) => {
      await ensureGeneratedPolicies(api);
      return { body: () => ({ q: SEARCH_QUERIES[randomInt(SEARCH_QUERIES.length)]! }) };
    },
    ceiling: 'ceiling.koa',
  },
  // anonymous self-check against every published policy's current rule (the seeded policies; generated ones carry no rule)
  {
    name: 'self-check',
    target: 'server',
    path: '/api/selfCheck.run',
    body: () => ({ answers: { householdSize: 1 + randomInt(5), monthlyIncomePerPerson: randomInt(4000), age: 20 + randomInt(70), hasDisability: randomInt(2) === 1 } }),
    ceiling: 'ceiling.koa',
  },
];
