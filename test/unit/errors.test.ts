/** The shared error model is complete: every code has a status and a Chinese message, and the envelope schema holds. */
import { ErrorCode, ZErrorBody, defaultMessageOf, httpStatusOf, isErrorCode } from '../../shared/errors';

const codes = Object.values(ErrorCode);

describe('ErrorCode', () => {
  it('maps each code to itself (stable wire strings in UPPER_SNAKE)', () => {
    for (const [key, value] of Object.entries(ErrorCode)) {
      expect(value).toBe(key);
      expect(value).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    }
    expect(codes.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every code exactly one HTTP status: 4xx/5xx, or 0 for the client-only NETWORK', () => {
    expect(Object.keys(httpStatusOf).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const status = httpStatusOf[code];
      if (code === 'NETWORK') expect(status).toBe(0);
      else expect(status >= 400 && status <= 599).toBe(true);
    }
  });

  it('uses the conventional status for the common codes', () => {
    expect(httpStatusOf).toMatchObject({
      VALIDATION_FAILED: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      RATE_LIMITED: 429,
      INTERNAL: 500,
      SERVICE_UNAVAILABLE: 503,
    });
  });

  it('gives every code a short, distinct Chinese message with no technical words', () => {
    expect(Object.keys(defaultMessageOf).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const message = defaultMessageOf[code];
      expect(message).toMatch(/[\u4e00-\u9fa5]{4,}/);
      expect(message.length).toBeLessThanOrEqual(40);
      expect(message).not.toMatch(/[A-Za-z]{3,}|\d{3}/);
    }
    expect(new Set(Object.values(defaultMessageOf)).size).toBe(codes.length);
  });
});

describe(isErrorCode.name, () => {
  it('accepts every code and nothing else, not even inherited keys', () => {
    for (const code of codes) expect(isErrorCode(code)).toBe(true);
    for (const value of ['validation_failed', 'toString', '__proto__', 'constructor', '', 400, null, undefined])
      expect(isErrorCode(value)).toBe(false);
  });
});

describe('ZErrorBody', () => {
  it('accepts the envelope with or without details', () => {
    expect(ZErrorBody.safeParse({ ok: false, code: 'NOT_FOUND', message: '没有', requestId: 'r1' }).success).toBe(true);
    const withDetails = {
      ok: false,
      code: 'VALIDATION_FAILED',
      message: 'x',
      details: [{ field: 'a', message: 'b' }],
      requestId: 'r',
    };
    expect(ZErrorBody.parse(withDetails)).toEqual(withDetails);
  });

  it('refuses a success body, a missing requestId and malformed details', () => {
    expect(ZErrorBody.safeParse({ ok: true, code: 'X', message: 'm', requestId: 'r' }).success).toBe(false);
    expect(ZErrorBody.safeParse({ ok: false, code: 'X', message: 'm' }).success).toBe(false);
    expect(
      ZErrorBody.safeParse({ ok: false, code: 'X', message: 'm', requestId: 'r', details: [{ field: 1 }] }).success,
    ).toBe(false);
  });
});
