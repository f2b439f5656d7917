import { isDemoMode } from '../../env';
import type { RouteDef } from '../../middleware/endpoint';
import { consumeLoginAccount } from '../ratelimit/rate-limit';
import { deviceLabel } from './device-label';
import { presentMe } from './principal';
import * as auth from './auth.service';

const MINUTE = 60_000;
/** Per client IP; each login also counts against its account (consumeLoginAccount), whose limit is lower. */
const loginLimit = (deps: { env: { LOGIN_RATE_PER_MINUTE: number } }) => ({
  name: 'login',
  limit: deps.env.LOGIN_RATE_PER_MINUTE,
  windowMs: MINUTE,
});
/** Outside demo mode the demo login does not exist: 404 like any unknown endpoint. */
const demoOnly = (deps: { env: Parameters<typeof isDemoMode>[0] }) => isDemoMode(deps.env);

export const authRoutes: {
  'auth.wechat': RouteDef<'auth.wechat'>;
  'auth.devUsers': RouteDef<'auth.devUsers'>;
  'auth.devLogin': RouteDef<'auth.devLogin'>;
  'auth.refresh': RouteDef<'auth.refresh'>;
  'auth.logout': RouteDef<'auth.logout'>;
  'auth.phone': RouteDef<'auth.phone'>;
  'me.get': RouteDef<'me.get'>;
} = {
  'auth.wechat': {
    rateLimit: loginLimit,
    handler: ({ deps, input, ctx }) => auth.loginWithWechat(deps, input, deviceLabel(ctx.get('user-agent'))),
  },
  'auth.devUsers': { available: demoOnly, handler: ({ deps }) => auth.listDevUsers(deps) },
  'auth.devLogin': {
    available: demoOnly,
    rateLimit: loginLimit,
    handler: async ({ deps, input, ctx }) => {
      await consumeLoginAccount(deps, 'demo', input.userId);
      return auth.loginAsDemoUser(deps, input, deviceLabel(ctx.get('user-agent')));
    },
  },
  'auth.refresh': {
    rateLimit: (deps) => ({ name: 'refresh', limit: deps.env.REFRESH_RATE_PER_MINUTE, windowMs: MINUTE }),
    handler: ({ deps, input }) => auth.refreshSession(deps, input.refreshToken),
  },
  'auth.logout': {
    handler: async ({ deps, principal }) => {
      await auth.logout(deps, principal);
      return { done: true as const };
    },
  },
  'auth.phone': {
    rateLimit: (deps) => ({ name: 'phone', limit: deps.env.LOGIN_RATE_PER_MINUTE, windowMs: MINUTE }),
    handler: async ({ deps, principal, input }) => {
      await consumeLoginAccount(deps, 'phone', principal.userId);
      return auth.bindPhone(deps, principal.userId, input.code);
    },
  },
  'me.get': { handler: async ({ deps, principal }) => presentMe(principal, deps.cipher) },
};
