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
  /**
   * The read replica (DATABASE_READ_URL), or absent. Never use it directly: `readDb(deps)` (db/read-routing.ts)
   * picks it only for reads that may lag, and the primary after a write.
   */
  replica?: Database | null;
  logger: Logger;
  clock: Clock;
  tokens: TokenConfig;
  cipher: FieldCipher;
  /** null when no WeChat credentials are configured (dev login is used instead). */
  wechat: WechatClient | null;
};
