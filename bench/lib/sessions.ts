/**
 * Logging the bench in through dev login. Tokens are cached per server and reused while they outlive the
 * coming run by a minute, so neither token expiry nor the login rate limit (20/min per IP) can turn a run
 * into 401s/429s.
 */
import type { Api } from './api';

export type DevUser = { id: string; displayName: string; description: string; roles: string[] };
type Session = { headers: Record<string, string>; expiresAt: number };

/** Sessions of every demo user `pick` returns (at least one), logged in once per server and reused. */
export function devSessions(pick: (users: DevUser[]) => DevUser[]) {
  const cache = new Map<string, Session[]>();
  return async (api: Api, seconds: number): Promise<Record<string, string>[]> => {
    const cached = cache.get(api.baseUrl);
    if (cached && cached.every((s) => s.expiresAt - Date.now() > (seconds + 60) * 1000))
      return cached.map((s) => s.headers);
    const { users } = await api.call('auth.devUsers', {});
    const picked = pick(users);
    if (picked.length === 0) throw new Error('no matching demo user (is dev login enabled and are demo users seeded?)');
    const sessions: Session[] = [];
    for (const user of picked) {
      const session = await api.call('auth.devLogin', { userId: user.id });
      sessions.push({
        headers: { authorization: `Bearer ${session.accessToken}` },
        expiresAt: Date.parse(session.accessTokenExpiresAt),
      });
    }
    cache.set(api.baseUrl, sessions);
    return sessions.map((s) => s.headers);
  };
}

/** A demo user by the description shown on the dev login page (e.g. '翠苑街道服务站'). */
export const byDescription = (description: string) => (users: DevUser[]) =>
  users.filter((u) => u.description === description).slice(0, 1);
