/**
 * Structured JSON logs (pino). Personal data never goes in: the redaction list is the last line of
 * defence; the first is not logging bodies, queries, parameters, headers or error messages at all
 * (errors are logged as describeError summaries: class, SQLSTATE, constraint, statement name, frames).
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { describeError } from './error-summary';

export type { Logger };

const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.secret',
  '*.session_key',
  '*.sessionKey',
  '*.access_token',
  '*.accessToken',
  '*.refreshToken',
  '*.openid',
  '*.phone',
  '*.phoneNumber',
  '*.idNumber',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'zhulian' },
      redact: { paths: REDACT, censor: '[redacted]' },
      // an Error handed to the logger as-is (`{ err }` or as the first argument) is summarised, never serialised whole
      serializers: { err: (value: unknown) => (value instanceof Error ? describeError(value) : value) },
    },
    destination,
  );
}

/** Removes credentials that WeChat's API puts in query strings (secret, js_code, access_token). */
export function scrubUrl(url: string): string {
  return url.replace(/([?&](?:secret|js_code|access_token|code)=)[^&]*/gi, '$1[redacted]');
}
