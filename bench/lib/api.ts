/** A tiny client for scenario setup (log in, create fixtures) against the running server. */
import type { EndpointName, Input, Output } from '../../shared/api/endpoints';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class Api {
  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {}

  /** The same client, sending extra headers (e.g. a bearer token). */
  with(headers: Record<string, string>): Api {
    return new Api(this.baseUrl, { ...this.headers, ...headers });
  }

  /** POST /api/<name>; returns `data` of `{ ok: true, data }`, throws with the response otherwise. */
  async call<N extends EndpointName>(name: N, body: Input<N>): Promise<Output<N>> {
    return (await this.post(`/api/${name}`, body)) as Output<N>;
  }

  /** POST any path with a JSON body; expects a 2xx `{ ok: true, data? }` answer. */
  async post(path: string, body: unknown): Promise<unknown> {
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const envelope = parsed as { ok?: unknown; data?: unknown } | undefined;
    if (!res.ok || envelope?.ok !== true) {
      throw new Error(`POST ${path} → ${res.status}: ${text.slice(0, 500)}`);
    }
    return envelope.data;
  }
}
