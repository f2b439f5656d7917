/**
 * What `npm run bench` measures. Add a scenario in one line: name, target, path, body (or a per-request body
 * factory), optional setup (log in, create fixtures) and the ceiling it is compared with.
 * Every scenario runs at each of CONNECTIONS; `ratio` compares it with its ceiling at the same connection count.
 */
import { randomInt } from 'node:crypto';
import type { FixtureName } from './fixtures';
import { SEARCH_QUERIES } from './fixtures/policies-5k';
import type { Api, Json } from './lib/api';
import type { Prepared, RunInfo } from './lib/prepared';
import { byDescription, devSessions, type DevUser } from './lib/sessions';
import { matchSetup } from './match';
import { submitSetup } from './submit';

/** The processes a scenario can hit. `server` is the real server started as `npm start` runs it. */
export type TargetName = 'ceiling.koa' | 'ceiling.koa-insert' | 'ceiling.koa-select' | 'server';

export type { Prepared, RunInfo } from './lib/prepared';

export type Scenario = {
  name: string;
  target: TargetName;
  /** Every request is `POST <path>` with `Content-Type: application/json`. */
  path: string;
  /** A fixed JSON body, or a factory called for every request (unique values, random picks…). */
  body: Json | (() => Json);
  /** Runs before each of the scenario's runs (after the server is ready): log in, create fixtures… */
  setup?: (api: Api, run: RunInfo) => Promise<Prepared>;
  /** Bulk data loaded into a server of its own before it starts (see fixtures/index.ts). */
  fixtures?: FixtureName;
  /** A status the run may see in up to 1% of answers without failing, and why (still counted in non2xx). */
  tolerate?: { status: number; why: string };
  /** Connection counts to run at; default CONNECTIONS. */
  connections?: readonly number[];
  /** Name of the ceiling scenario this one is compared with, or null. */
  ceiling: string | null;
  /** Environment of the `server` it runs against (a server of its own per distinct env). */
  env?: Record<string, string>;
};

/** Throughput is read at 50 connections; latency at 10 (a saturated server's p99 measures its queue). */
export const CONNECTIONS = [10, 50] as const;

/** Logs in through dev login as one of the demo users (default: the first) and sends its access token.
 * The token is reused while it outlives the coming run by a minute, so the login rate limit is never hit. */
export const asDevUser = (pick: (users: DevUser[]) => DevUser | undefined = (u) => u[0]) => {
  const sessions = devSessions((users) => {
    const user = pick(users);
    return user ? [user] : [];
  });
  return async (api: Api, run: RunInfo): Promise<Prepared> => ({ headers: (await sessions(api, run.seconds))[0] });
};

/** What the workbench sends for its first page (client/packages/staff/pages/queue/filters.ts: group 未办结, 20 rows). */
const QUEUE_FIRST_PAGE = { limit: 20, status: ['submitted', 'escalated', 'accepted', 'in_progress', 'needs_info'] };

/** The first page of a worker's queue, logged in as the demo user with `description`. */
const queueFirstPage = (name: string, description: string): Scenario => {
  const session = devSessions(byDescription(description));
  return {
    name,
    target: 'server',
    path: '/api/cases.queue',
    body: QUEUE_FIRST_PAGE,
    setup: async (api, run) => ({ headers: (await session(api, run.seconds))[0] }),
    fixtures: 'applications-1m',
    ceiling: 'ceiling.koa-select',
  };
};

/** The dashboard's month view: the current month's figures (the page's trend asks for 12 months; see bench/README). */
export const DASHBOARD_MONTH_VIEW = { months: 1 };

/** The district dashboard's month view over the 1M-application fixture, logged in as the demo user with `description`. */
const dashboardView = (name: string, description: string): Scenario => {
  const session = devSessions(byDescription(description));
  return {
    name,
    target: 'server',
    path: '/api/stats.dashboard',
    body: DASHBOARD_MONTH_VIEW,
    setup: async (api, run) => ({ headers: (await session(api, run.seconds))[0] }),
    fixtures: 'applications-1m',
    ceiling: 'ceiling.koa-select',
  };
};

export const scenarios: Scenario[] = [
  // Ceilings: each in its own process, measured in the same run as the project's endpoints.
  { name: 'ceiling.koa', target: 'ceiling.koa', path: '/', body: {}, ceiling: null },
  {
    name: 'ceiling.koa-insert',
    target: 'ceiling.koa-insert',
    path: '/',
    body: () => ({ name: `item-${randomInt(1e9)}`, n: randomInt(1000) }),
    ceiling: null,
  },

  {
    name: 'ceiling.koa-select',
    target: 'ceiling.koa-select',
    path: '/',
    // 20 rows of one of the BENCH_SELECT_ROWS / 20 groups (default 50,000)
    body: () => ({ grp: randomInt(Math.max(1, Math.floor(Number(process.env.BENCH_SELECT_ROWS ?? 1_000_000) / 20))) }),
    ceiling: null,
  },

  // Project endpoints. Reads are compared with ceiling.koa: the upper bound of any read, not a like-for-like target.
  { name: 'org.overview', target: 'server', path: '/api/org.overview', body: {}, ceiling: 'ceiling.koa' },
  {
    name: 'servicePoints.list',
    target: 'server',
    path: '/api/servicePoints.list',
    body: { streetCode: '330106005000' },
    ceiling: 'ceiling.koa',
  },
  { name: 'me.get', target: 'server', path: '/api/me.get', body: {}, setup: asDevUser(), ceiling: 'ceiling.koa' },
  // 5,000 generated policies (plus the seed), rotating Chinese queries: single chars, words, mixed digits, no-hit
  {
    name: 'policy-search-5k',
    target: 'server',
    path: '/api/policies.list',
    body: () => ({ q: SEARCH_QUERIES[randomInt(SEARCH_QUERIES.length)]! }),
    fixtures: 'policies-5k',
    ceiling: 'ceiling.koa',
  },
  // the same without the 10 s page cache: every request is ranked (in-process search index, decision 44)
  {
    name: 'policy-search-5k.nocache',
    target: 'server',
    path: '/api/policies.list',
    body: () => ({ q: SEARCH_QUERIES[randomInt(SEARCH_QUERIES.length)]! }),
    fixtures: 'policies-5k',
    env: { SEARCH_CACHE_TTL_MS: '0' },
    ceiling: 'ceiling.koa-select',
  },
  // intake through real HTTP: valid self applications, a fresh Idempotency-Key each, 256 rotating residents
  {
    name: 'submit',
    target: 'server',
    path: '/api/applications.submit',
    body: {},
    setup: submitSetup,
    fixtures: 'residents',
    // reference numbers are XH<yymmdd>-<4 of 31 chars>: ~1 collision per ~1,400 submits a day;
    // the insert's unique violation is answered 409 CONFLICT (tapping submit again with the same key succeeds)
    tolerate: { status: 409, why: 'reference-number collision (unique ref_no), 923,521 numbers a day' },
    ceiling: 'ceiling.koa-insert',
  },
  // 1,000,000 applications (BENCH_QUEUE_ROWS; 200,000 on PGlite): first queue page of a point, a station, the hub
  queueFirstPage('queue-1m.point', '翠苑一区社区服务点'),
  queueFirstPage('queue-1m.station', '翠苑街道服务站'),
  queueFirstPage('queue-1m.hub', '区级助联体'),
  // the same fixture: the dashboard's month view for the hub (whole district) and a station (its street)
  dashboardView('dashboard-1m.hub', '区级助联体'),
  dashboardView('dashboard-1m.station', '翠苑街道服务站'),
  // anonymous self-check against every published policy's current rule (the seeded policies; generated ones carry no rule)
  {
    name: 'self-check',
    target: 'server',
    path: '/api/selfCheck.run',
    body: () => ({
      answers: {
        householdSize: 1 + randomInt(5),
        monthlyIncomePerPerson: randomInt(4000),
        age: 20 + randomInt(70),
        hasDisability: randomInt(2) === 1,
      },
    }),
    ceiling: 'ceiling.koa',
  },
  // suggestions for a stored case: the matching rule over 5,000 policies and 5,000 services, 1 M applications loaded
  {
    name: 'match',
    target: 'server',
    path: '/api/applications.suggestions',
    body: {},
    setup: matchSetup,
    fixtures: 'match-1m',
    ceiling: 'ceiling.koa-select',
  },
];
