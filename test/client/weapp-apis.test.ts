/**
 * The mini-program-only wrappers around WeChat's client APIs (subscribe messages, the privacy gate), loaded as in
 * the weapp build (TARO_ENV=weapp). WeChat's APIs are stood in by callbacks/promises shaped like wx's answers.
 */
import type TaroType from '@tarojs/taro';

type Stub = Record<string, unknown>;

/** Loads `path` in a fresh registry as the weapp build would, after `stub` has replaced WeChat APIs on Taro. */
function loadWeapp<T>(path: string, stub: Stub): T {
  const before = process.env.TARO_ENV;
  process.env.TARO_ENV = 'weapp';
  try {
    let loaded: T | undefined;
    jest.isolateModules(() => {
      const Taro = require('@tarojs/taro') as typeof TaroType & Stub;
      Object.assign(Taro, stub);
      loaded = require(path) as T;
    });
    return loaded!;
  } finally {
    process.env.TARO_ENV = before;
  }
}

describe('subscribe messages (weapp)', () => {
  type Subscribe = typeof import('@/services/subscribe');
  const answer = (result: Record<string, string>) => ({
    requestSubscribeMessage: jest.fn().mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', ...result }),
  });

  beforeEach(() => {
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'subscribe.application_progress=PROG_1,subscribe.live_reminder=LIVE_1';
  });
  afterEach(() => {
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
  });

  it('is accepted when WeChat answers "accept" for the asked template', async () => {
    const stub = answer({ PROG_1: 'accept' });
    const { requestProgressSubscription } = loadWeapp<Subscribe>('@/services/subscribe', stub);
    await expect(requestProgressSubscription()).resolves.toBe('accepted');
    expect(stub.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['PROG_1'], entityIds: [] });
  });

  it('is rejected for "reject" or "ban", and an "accept" for another template does not count', async () => {
    const answers: Record<string, string>[] = [
      { PROG_1: 'reject' },
      { PROG_1: 'ban' },
      { PROG_1: 'reject', LIVE_1: 'accept' },
    ];
    for (const result of answers) {
      const { requestProgressSubscription } = loadWeapp<Subscribe>('@/services/subscribe', answer(result));
      await expect(requestProgressSubscription()).resolves.toBe('rejected');
    }
  });

  it('is rejected, not thrown, when WeChat fails', async () => {
    const stub = {
      requestSubscribeMessage: jest.fn().mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 }),
    };
    const { requestProgressSubscription } = loadWeapp<Subscribe>('@/services/subscribe', stub);
    await expect(requestProgressSubscription()).resolves.toBe('rejected');
  });
});

describe('privacy gate (weapp)', () => {
  type Privacy = typeof import('@/services/privacy');
  type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void };
  const setting = (needAuthorization: boolean) => ({
    getPrivacySetting: ({ success }: Callbacks) =>
      success?.({ errMsg: 'getPrivacySetting:ok', needAuthorization, privacyContractName: '《助联隐私保护指引》' }),
  });

  it('passes without a popup when WeChat needs no authorisation', async () => {
    const requirePrivacyAuthorize = jest.fn().mockResolvedValue({});
    const { ensurePrivacyAuthorized } = loadWeapp<Privacy>('@/services/privacy', {
      ...setting(false),
      requirePrivacyAuthorize,
    });
    await expect(ensurePrivacyAuthorized()).resolves.toBe(true);
    expect(requirePrivacyAuthorize).not.toHaveBeenCalled();
  });

  it('asks WeChat’s popup when needed, and follows the answer', async () => {
    const agreed = jest.fn().mockResolvedValue({});
    const privacy = loadWeapp<Privacy>('@/services/privacy', { ...setting(true), requirePrivacyAuthorize: agreed });
    await expect(privacy.ensurePrivacyAuthorized()).resolves.toBe(true);
    expect(agreed).toHaveBeenCalledTimes(1);

    const declined = jest
      .fn()
      .mockRejectedValue({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' });
    const again = loadWeapp<Privacy>('@/services/privacy', { ...setting(true), requirePrivacyAuthorize: declined });
    await expect(again.ensurePrivacyAuthorized()).resolves.toBe(false);
  });

  it('is not gated when the setting cannot be read (base library too old for the gate)', async () => {
    const failing = {
      getPrivacySetting: ({ fail }: Callbacks) => fail?.({ errMsg: 'getPrivacySetting:fail' }),
      requirePrivacyAuthorize: undefined,
    };
    const { ensurePrivacyAuthorized } = loadWeapp<Privacy>('@/services/privacy', failing);
    await expect(ensurePrivacyAuthorized()).resolves.toBe(true);
  });
});
