/**
 * Mounts the shared endpoint map: `POST /api/<name>` → access check → rate limit → input parsed with the
 * shared zod schema → handler → output checked against the shared schema (OUTPUT_SCHEMA_CHECK: on outside production) →
 * `{ ok: true, data }`. Names not in the map answer 404; there is no other way to add a route.
 */
import type Koa from 'koa';
import type { Context } from 'koa';
import type { z } from 'zod';
import { endpoints, type EndpointName, type Endpoints } from '../../../shared/api/endpoints';
import { unverifiedSubject, withReadRouting } from '../db/read-routing';
import type { Deps } from '../deps';
import { AppError, issuesFromZod, validationError } from '../errors';
import { hasAnyRole, type Principal } from '../features/auth/principal';
import { consume, type RateRule } from '../features/ratelimit/rate-limit';
import { authenticate } from './auth';

type Caller<N extends EndpointName> = Endpoints[N]['access'] extends 'public' ? Principal | null : Principal;

export type HandlerArgs<N extends EndpointName> = {
  input: z.output<Endpoints[N]['input']>;
  principal: Caller<N>;
  deps: Deps;
  ctx: Context;
};

export type RouteDef<N extends EndpointName> = {
  handler: (args: HandlerArgs<N>) => Promise<z.input<Endpoints[N]['output']>>;
  /** Counted per client IP before the input is even parsed. */
  rateLimit?: (deps: Deps) => RateRule;
  /** When false the endpoint is not mounted at all: its name answers 404 like an unknown one (e.g. the demo login outside demo mode). */
  available?: (deps: Deps) => boolean;
};

export type RouteTable = { [N in EndpointName]: RouteDef<N> };

/**
 * The endpoint map as one middleware: `POST /api/<name>` is found by an exact lookup (one Map get, not a walk over
 * every route's pattern); anything else goes on to the next middleware.
 */
export function endpointsMiddleware(deps: Deps, table: RouteTable): Koa.Middleware {
  const mounted = new Map<string, EndpointName>();
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    if (table[name].available && !table[name].available(deps)) continue;
    mounted.set(`/api/${name}`, name);
  }
  return async (ctx, next) => {
    const name = ctx.method === 'POST' ? mounted.get(ctx.path) : undefined;
    if (name === undefined) return next();
    const work = () => run(name, table[name] as RouteDef<typeof name>, deps, ctx);
    // with a read replica: the request's reads after a write, and a recent writer's reads, stay on the primary
    const data = deps.replica
      ? await withReadRouting(deps, unverifiedSubject(ctx.get('authorization')), work)
      : await work();
    ctx.body = { ok: true, data };
  };
}

async function run<N extends EndpointName>(name: N, route: RouteDef<N>, deps: Deps, ctx: Context) {
  const def = endpoints[name];
  const access = def.access as 'public' | 'user' | readonly string[];
  let principal: Principal | null = null;
  if (access !== 'public') {
    principal = await authenticate(deps, ctx);
    if (Array.isArray(access) && !hasAnyRole(principal, access as Principal['roles'])) {
      throw new AppError('FORBIDDEN');
    }
  }
  if (route.rateLimit) await consume(deps, route.rateLimit(deps), ctx.ip || 'unknown');
  const parsed = def.input.safeParse(ctx.state.body ?? {});
  if (!parsed.success) throw validationError(issuesFromZod(parsed.error));
  const data = await route.handler({
    input: parsed.data as HandlerArgs<N>['input'],
    principal: principal as Caller<N>,
    deps,
    ctx,
  });
  if (deps.env.OUTPUT_SCHEMA_CHECK ?? deps.env.NODE_ENV !== 'production') {
    const checked = def.output.safeParse(data);
    if (!checked.success)
      throw new AppError('INTERNAL', { message: `output of ${name} does not match its schema`, cause: checked.error });
  }
  return data;
}
