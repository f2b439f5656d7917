/**
 * The only caller of Taro.request. `call(name, input)` posts to /api/<name>, unwraps `{ ok, data }`
 * and turns every failure into an ApiError. An expired access token is refreshed once, silently
 * (one refresh shared by all calls that fail together), then the call is retried.
 */
import Taro from '@tarojs/taro';
import type { EndpointName, Input, Output } from '@shared/api/endpoints';
import { ZErrorBody, isErrorCode } from '@shared/errors';
import type { TSession } from '@shared/schemas/auth';
import { apiBase } from '../env';
import { clearSession, getSession, setSession } from '../stores/session';
import { ApiError } from './api-error';

export { ApiError } from './api-error';

const TIMEOUT_MS = 15000;

/** Endpoints that never carry a session and never trigger a refresh. */
const SESSIONLESS: ReadonlySet<EndpointName> = new Set([
  'auth.wechat',
  'auth.devLogin',
  'auth.devUsers',
  'auth.refresh',
]);

type Response = { statusCode: number; data: unknown };

/** Extra request options of `call` (e.g. the Idempotency-Key of applications.submit). */
export type CallOptions = { headers?: Record<string, string> };

async function send(
  name: EndpointName,
  input: unknown,
  accessToken: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<unknown> {
  const header: Record<string, string> = { ...extraHeaders, 'Content-Type': 'application/json' };
  if (accessToken) header.Authorization = `Bearer ${accessToken}`;

  let res: Response;
  try {
    res = (await Taro.request({
      url: `${apiBase}/api/${name}`,
      method: 'POST',
      data: input ?? {},
      header,
      timeout: TIMEOUT_MS,
      dataType: 'json',
    })) as Response;
  } catch (cause) {
    throw new ApiError('NETWORK', { cause });
  }
  if (!res || typeof res.statusCode !== 'number') throw new ApiError('NETWORK');
  return unwrap(res);
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** Turns a raw `{ statusCode, data }` answer into its data, or throws the ApiError it carries (used by uploads too). */
export function unwrap(res: Response): unknown {
  const body = parseBody(res.data) as { ok?: unknown; data?: unknown } | null;
  if (res.statusCode >= 200 && res.statusCode < 300 && body && body.ok === true && 'data' in body) {
    return body.data;
  }
  const error = ZErrorBody.safeParse(body);
  if (!error.success || !isErrorCode(error.data.code) || error.data.code === 'NETWORK') {
    throw new ApiError('INTERNAL', { status: res.statusCode });
  }
  const { code, message, details, requestId } = error.data;
  throw new ApiError(code, { status: res.statusCode, message, details, requestId });
}

let refreshing: Promise<TSession | null> | null = null;

/** Refresh answers that mean the refresh token itself is dead (revoked, reused, expired or malformed). */
const REFUSED: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'VALIDATION_FAILED']);

/**
 * Rotates the refresh token. Resolves the new session, or null after clearing a session the server
 * refused. Anything else (no network, rate limit, server trouble) rejects and keeps the session,
 * so a bad signal or a busy server never logs anyone out.
 */
function refreshSession(session: TSession): Promise<TSession | null> {
  refreshing ??= (async () => {
    try {
      const next = (await send('auth.refresh', { refreshToken: session.refreshToken }, null)) as TSession;
      // Logged out (or in as someone else) while the refresh was in flight: never bring that session back.
      if (getSession()?.refreshToken !== session.refreshToken) return getSession();
      setSession(next);
      return next;
    } catch (error) {
      if (!(error instanceof ApiError) || !REFUSED.has(error.code)) throw error;
      clearSession();
      return null;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Returns a session whose access token differs from `usedToken`, refreshing if needed. */
async function freshSession(usedToken: string): Promise<TSession | null> {
  const current = getSession();
  if (!current) return null;
  // Another call already refreshed while this one was in flight: just use the new token.
  if (current.accessToken !== usedToken) return current;
  return refreshSession(current);
}

/**
 * Calls one endpoint of the shared contract.
 *
 * @throws ApiError with a shared ErrorCode; UNAUTHENTICATED after a failed refresh (the session is then cleared).
 */
export async function call<N extends EndpointName>(
  name: N,
  input: Input<N>,
  options: CallOptions = {},
): Promise<Output<N>> {
  if (SESSIONLESS.has(name)) return (await send(name, input, null, options.headers)) as Output<N>;
  return (await withSession((accessToken) => send(name, input, accessToken, options.headers))) as Output<N>;
}

/**
 * Runs one authenticated request (`call`, or an upload) with the current access token; on UNAUTHENTICATED
 * refreshes once, silently, and runs it again with the new token.
 *
 * @throws ApiError from `run`; UNAUTHENTICATED after a failed refresh (the session is then cleared).
 */
export async function withSession<T>(run: (accessToken: string | null) => Promise<T>): Promise<T> {
  const session = getSession();
  try {
    return await run(session?.accessToken ?? null);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED' || !session) throw error;
    const next = await freshSession(session.accessToken);
    if (!next) throw error;
    try {
      return await run(next.accessToken);
    } catch (retryError) {
      if (retryError instanceof ApiError && retryError.code === 'UNAUTHENTICATED') clearSession();
      throw retryError;
    }
  }
}
