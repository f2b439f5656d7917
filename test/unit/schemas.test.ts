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
      expect(
        access === 'public' ||
          access === 'user' ||
          (Array.isArray(access) && access.length > 0 && !access.includes('resident')),
      ).toBe(true);
    }
    expect(endpoints['admin.invites.create'].access).toEqual(['admin']);
    expect(endpoints['me.get'].access).toBe('user');
  });
});

describe('ZInviteCode', () => {
  it.each([['K7QM-3XPA-92HD'], ['k7qm3xpa92hd'], ['  K7QM-3XPA92HD ']])('accepts %j', (code) => {
    expect(ZInviteCode.safeParse(code).success).toBe(true);
  });

  it.each([
    ['K7QM-3XPA-92H'],
    ['K7QM-3XPA-92HDX'],
    ['K7QM_3XPA_92HD'],
    ['K7QM--3XPA-92HD'],
    ['邀请码邀请码邀请码邀请码'],
    [''],
  ])('refuses %j', (code) => {
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
    for (const validDays of [1, 30])
      expect(ZInviteCreateRequest.safeParse({ role: 'admin', validDays }).success).toBe(true);
    for (const validDays of [0, 31, 1.5, '7'])
      expect(ZInviteCreateRequest.safeParse({ role: 'admin', validDays }).success).toBe(false);
  });
});

describe('invisible formatting characters (bidi controls, zero-width characters, BOM)', () => {
  const INVISIBLE = [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200B',
    '\u200C',
    '\u200D',
    '\u200E',
    '\u200F',
    '\uFEFF',
  ];
  const self = (over: Record<string, unknown>) => ({
    channel: 'self',
    subjectName: '张阿姨',
    phone: '13912345678',
    divisionCode: '330106005055',
    address: '翠苑一区12幢3单元',
    needTier: 'survival',
    urgency: 'normal',
    description: '生活有些困难',
    consents: { privacyNotice: true, sensitiveData: true },
    ...over,
  });
  const submit = endpoints['applications.submit'].input;

  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
    'names and phones refuse %s, naming the field',
    (_label, c) => {
      for (const [field, value] of [
        ['subjectName', `张${c}阿姨`],
        ['subjectName', `${c}张阿姨`],
        ['phone', `139${c}12345678`],
      ] as const) {
        const result = submit.safeParse(self({ [field]: value }));
        expect([field, result.success]).toEqual([field, false]);
        expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
      }
      const referral = submit.safeParse({
        channel: 'referral',
        subjectName: `王${c}奶奶`,
        address: '翠苑二区',
        urgency: 'normal',
        observed: '没见她出门',
        consents: { privacyNotice: true },
      });
      expect(referral.error!.issues[0]!.path).toEqual(['subjectName']);
    },
  );

  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
    'free text has %s removed',
    (_label, c) => {
      const parsed = submit.parse(
        self({ address: `${c}翠苑${c}一区12幢${c}`, description: `生活${c}有些困难${c}` }),
      ) as { address: string; description: string };
      expect([parsed.address, parsed.description]).toEqual(['翠苑一区12幢', '生活有些困难']);
      const note = endpoints['cases.contact'].input.parse({
        id: UUID,
        expectedVersion: 1,
        outcome: 'reached',
        note: `下午${c}再打`,
      }) as { note: string };
      expect(note.note).toBe('下午再打');
      const title = endpoints['cases.escalate'].input.safeParse({ id: UUID, expectedVersion: 1, reason: `${c}${c}` });
      expect(title.success).toBe(false); // only invisible characters: nothing left, so the minimum length applies
    },
  );

  it('the Trojan Source case: an address with an override reads as stored', () => {
    const parsed = submit.parse(self({ address: '翠苑一区\u202E号503\u202C12幢' })) as { address: string };
    expect(parsed.address).toBe('翠苑一区号50312幢');
  });
});

describe('client-supplied dates', () => {
  const visit = endpoints['cases.visit'].input;
  const body = (visitedAt: string) => ({ id: UUID, expectedVersion: 1, note: '走访', visitedAt });

  it.each([
    ['0001-01-01T00:00:00+08:00'],
    ['1999-12-31T23:59:59Z'],
    ['2100-01-01T00:00:00Z'],
    ['9999-12-31T23:59:59+08:00'],
    ['2026-02-30T10:00:00+08:00'],
  ])('cases.visit refuses visitedAt %s, naming the field', (visitedAt) => {
    const result = visit.safeParse(body(visitedAt));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['visitedAt']);
  });

  it.each([['2000-01-01T00:00:00Z'], ['2026-05-13T09:30:00+08:00'], ['2099-12-31T23:59:59.999Z']])(
    'cases.visit accepts visitedAt %s',
    (visitedAt) => {
      expect(visit.safeParse(body(visitedAt)).success).toBe(true);
    },
  );
});
