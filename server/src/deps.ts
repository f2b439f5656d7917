import type { Env } from './env';
import type { Database, Db } from './db/client';
import type { TokenConfig } from './features/auth/tokens';
import type { Clock } from './lib/clock';
import type { FieldCipher } from './lib/crypto';
import type { Logger } from './lib/logger';
import type { WechatClient } from './lib/wechat';

/** Everything a request handler may use; built once in main.ts (or per test file) and passed to createApp. */
export type Deps = {
  env: Env;
  database: Database;
  db: Db;
  logger: Logger;
  clock: Clock;
  tokens: TokenConfig;
  cipher: FieldCipher;
  /** null when no WeChat credentials are configured (dev login is used instead). */
  wechat: WechatClient | null;
};
