/**
 * Replaces Taro.request (the network) with a per-endpoint handler table, and records every call.
 * Handlers return a response ({ statusCode, data }) or throw to simulate a network failure.
 */
import Taro from '@tarojs/taro';

export type MockResponse = { statusCode: number; data: unknown };
export type RecordedCall = { name: string; data: unknown; authorization?: string };
type Handler = (data: unknown, authorization: string | undefined) => MockResponse | Promise<MockResponse>;

export const ok = (data: unknown): MockResponse => ({ statusCode: 200, data: { ok: true, data } });

export const fail = (statusCode: number, code: string, extra: Record<string, unknown> = {}): MockResponse => ({
  statusCode,
  data: { ok: false, code, message: `服务器说：${code}`, requestId: 'req-123', ...extra },
});

export function mockApi(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const spy = jest.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
    const name = String(options.url).replace(/^.*\/api\//, '');
    const header = (options.header ?? {}) as Record<string, string>;
    calls.push({ name, data: options.data, authorization: header.Authorization });
    const handler = handlers[name];
    if (!handler) return Promise.resolve(fail(404, 'NOT_FOUND'));
    return Promise.resolve().then(() => handler(options.data, header.Authorization));
  }) as unknown as typeof Taro.request);
  return { calls, spy, callsTo: (name: string) => calls.filter((c) => c.name === name) };
}
