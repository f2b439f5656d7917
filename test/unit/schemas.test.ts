/** The shared request schemas: every endpoint input is strict, and the field rules residents meet are right. */
import fc from 'fast-check';
import { endpoints } from '../../shared/api/endpoints';
import { ZDevLoginRequest, ZInviteCode, ZRefreshRequest, ZWechatLoginRequest } from '../../shared/schemas/auth';
import { ZInviteCreateRequest } from '../../shared/schemas/org';

const UUID = '3f2b8c1e-6a4d-4e2f-9b1a-0c7d5e6f8a9b';

describe('endpoint inputs', () => {
  it.each(Object.keys(endpoints))('%s refuses unknown fields', (name) => {
    const input = endpoints[name as keyof typeof endpoints].input;
    // a discriminated union (applications.submit) only reports unknown keys once a branch is chosen
    const probe = name === 'applications.submit' ? { channel: 'referral', __unknown: 1 } : { __unknown: 1 };
    const result = input.safeParse(probe);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('marks every endpoint public, user or a list of known staff roles', () => {
    for (const def of Object.values(endpoints)) {
      const access = def.access as unknown;
      expect(access === 'public' || access === 'user' || (Array.isArray(access) && access.length > 0 && !access.includes('resident'))).toBe(true);
    }
    expect(endpoints['invites.create'].access).toEqual(['admin']);
    expect(endpoints['me.get'].access).toBe('user');
  });
});

describe('ZInviteCode', () => {
  it.each([['K7QM-3XPA-92HD'], ['k7qm3xpa92hd'], ['  K7QM-3XPA92HD ']])('accepts %j', (code) => {
    expect(ZInviteCode.safeParse(code).success).toBe(true);
  });

  it.each([['K7QM-3XPA-92H'], ['K7QM-3XPA-92HDX'], ['K7QM_3XPA_92HD'], ['K7QM--3XPA-92HD'], ['邀请码邀请码邀请码邀请码'], ['']])('refuses %j', (code) => {
    const result = ZInviteCode.safeParse(code);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('邀请码应为12位字母或数字');
  });
});

describe('login requests', () => {
  it('requires a printable WeChat code of at most 128 characters', () => {
    expect(ZWechatLoginRequest.safeParse({ code: '0a1B2c-_' }).success).toBe(true);
    expect(ZWechatLoginRequest.safeParse({ code: 'x'.repeat(128) }).success).toBe(true);
    for (const code of ['', 'x'.repeat(129), 'has space', 'tab\t', '中文', 42]) {
      expect(ZWechatLoginRequest.safeParse({ code }).success).toBe(false);
    }
    expect(ZWechatLoginRequest.safeParse({}).error?.issues[0]?.message).toBe('缺少微信登录凭证');
  });

  it('never accepts a code containing control characters or non-ASCII (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (s) => {
        const printable = /^[\x21-\x7e]+$/.test(s);
        expect(ZWechatLoginRequest.safeParse({ code: s }).success).toBe(printable);
      }),
    );
  });

  it('takes a uuid for dev login and a 20-200 character refresh token', () => {
    expect(ZDevLoginRequest.safeParse({ userId: UUID }).success).toBe(true);
    expect(ZDevLoginRequest.safeParse({ userId: 'admin' }).success).toBe(false);
    expect(ZRefreshRequest.safeParse({ refreshToken: 'x'.repeat(19) }).success).toBe(false);
    expect(ZRefreshRequest.safeParse({ refreshToken: 'x'.repeat(20) }).success).toBe(true);
    expect(ZRefreshRequest.safeParse({ refreshToken: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('ZInviteCreateRequest', () => {
  it('refuses the resident role with a Chinese reason on `role`', () => {
    const result = ZInviteCreateRequest.safeParse({ role: 'resident' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['role'], message: '居民无需邀请码' });
  });

  it('keeps validDays a whole number from 1 to 30', () => {
    for (const validDays of [1, 30]) expect(ZInviteCreateRequest.safeParse({ role: 'admin', validDays }).success).toBe(true);
    for (const validDays of [0, 31, 1.5, '7']) expect(ZInviteCreateRequest.safeParse({ role: 'admin', validDays }).success).toBe(false);
  });
});
