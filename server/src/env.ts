/**
 * Process environment, parsed once at boot into a frozen typed object.
 * Every invalid variable is listed in one error so a misconfigured deploy fails loudly.
 */
import { z } from 'zod';
import { parseFieldKeys } from './lib/crypto';

const ZBoolish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** postgres://… uses a real PostgreSQL; empty uses embedded PGlite under DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres://' })
      .optional(),
    /**
     * Optional streaming replica (postgres://…) for reads that may lag a moment: public content and dashboard reads
     * through `readDb` (server/src/db/read-routing.ts). Writes, and reads after a write, always use DATABASE_URL.
     */
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres://' })
      .optional(),
    /** After a user's request wrote, that user's reads stay on the primary this long (DATABASE_READ_URL only). */
    READ_AFTER_WRITE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /** Server processes sharing PORT (node:cluster); more than 1 needs DATABASE_URL (PGlite is one process). */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    DATA_DIR: z.string().min(1).default('./data'),
    /** Comma-separated "kid:base64secret" pairs (each secret ≥ 32 bytes); the first signs. Generated into DATA_DIR in development. */
    JWT_KEYS: z.string().optional(),
    JWT_ISSUER: z.string().min(1).default('zhulian'),
    JWT_AUDIENCE: z.string().min(1).default('zhulian-mp'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
    /** Absolute lifetime of a login, counted from the login itself; refreshes never extend it. */
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /** A login ends after this many days without a refresh (idle), well before REFRESH_TOKEN_TTL_DAYS. */
    SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /** 32-byte base64 key for AES-256-GCM field encryption and the HMAC blind index (kid `k1`). Generated in development. */
    FIELD_ENCRYPTION_KEY: z.string().optional(),
    /**
     * Field keyring "kid:base64key[,kid:base64key]" (each key 32 bytes): the first encrypts, all decrypt. Replaces
     * FIELD_ENCRYPTION_KEY (which is the ring "k1:<key>"); rotate with `npm run crypto:reencrypt`.
     */
    FIELD_ENCRYPTION_KEYS: z
      .string()
      .superRefine((v, ctx) => {
        try {
          parseFieldKeys(v);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : 'invalid' });
        }
      })
      .optional(),
    /** 32-byte base64 key of the HMAC blind indexes; default: the key `k1`. Changing it needs `crypto:reencrypt -- --reindex`. */
    FIELD_BLIND_INDEX_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'must be base64 of 32 bytes' })
      .optional(),
    WECHAT_APP_ID: z.string().min(1).optional(),
    WECHAT_APP_SECRET: z.string().min(1).optional(),
    WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
    WECHAT_TIMEOUT_MS: z.coerce.number().int().min(100).max(30000).default(3000),
    /** Subscribe-message templates: "subscribe.application_progress=TEMPLATE_ID,subscribe.live_reminder=…". */
    WECHAT_TEMPLATES: z
      .string()
      .regex(/^([a-z_.]+=[A-Za-z0-9_-]+)(,[a-z_.]+=[A-Za-z0-9_-]+)*$/, {
        message: 'must be topic=templateId pairs separated by commas',
      })
      .optional(),
    /** How often the outbox worker looks for due messages (0 disables it in this process). */
    OUTBOX_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
    /** How often overdue cases are escalated one tier up (0 disables the sweep in this process). */
    DEADLINE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    /** A resolved case nobody confirmed or followed up closes by itself this many days after resolution (issue 11.4). */
    AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /** How often neighbour leads that never became a case are erased 90 days after ending (0 disables it in this process). */
    LEAD_ERASURE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
    /**
     * Base64 key (≥ 32 bytes) that signs audit checkpoints (HMAC-SHA256). Keep it away from the database and its
     * role: whoever holds it can forge checkpoints. Generated into DATA_DIR in development; required in production.
     */
    AUDIT_CHECKPOINT_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length >= 32, { message: 'must be base64 of at least 32 bytes' })
      .optional(),
    /** Where signed audit checkpoints are appended as JSON lines (default DATA_DIR/audit-checkpoints.jsonl). */
    AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
    /** How often this process seals the audit chain head when it moved (0 disables checkpoints in this process). */
    AUDIT_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
    /** The public address of the H5 app: printed outreach codes lead there when WeChat is not configured. */
    PUBLIC_H5_URL: z.url().default('http://localhost:3000'),
    /** Serve the H5 build from this folder at `/` (empty disables). */
    STATIC_DIR: z.string().default('dist/h5'),
    /** Life of a cached policy list page in ms (features/policies/search-cache.ts); 0 turns the page cache off. */
    SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
    BODY_LIMIT_KB: z.coerce.number().int().min(1).max(20480).default(256),
    /** What one user may upload in 24 hours, in MB (ASVS 5.2.4; 9 files × 10 MB per application fit twice). */
    UPLOAD_QUOTA_MB_PER_DAY: z.coerce.number().int().min(1).max(10240).default(200),
    /** Number of reverse proxies in front of the server whose X-Forwarded-For is trusted. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** Login attempts per client IP and minute: high, because a mobile carrier's NAT puts thousands of phones behind one address. */
    LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    /** Login attempts per account (WeChat openid, demo user, user binding a phone) and minute, from any address. */
    LOGIN_ACCOUNT_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    REFRESH_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /** Per-user limits on sensitive reads and writes (features/ratelimit/user-limits.ts): reveals of an ID number or phone… */
    REVEAL_RATE_PER_HOUR: z.coerce.number().int().min(1).default(20),
    REVEAL_RATE_PER_DAY: z.coerce.number().int().min(1).default(100),
    /** …applications submitted by one user, every channel and urgency (emergencies too)… */
    SUBMIT_RATE_PER_HOUR: z.coerce.number().int().min(1).default(5),
    SUBMIT_RATE_PER_DAY: z.coerce.number().int().min(1).default(20),
    /** …and answers to requests for more information. */
    PROVIDE_INFO_RATE_PER_HOUR: z.coerce.number().int().min(1).default(20),
    /** A user with more reveals than this in 24 hours is listed on the hub's workbench (cases.revealAnomalies). */
    REVEAL_ANOMALY_THRESHOLD: z.coerce.number().int().min(1).default(10),
    /**
     * Demo accounts (seeded) and the demo login (auth.devUsers / auth.devLogin) exist only when this is true.
     * `npm start` on PGlite sets it; with DATABASE_URL it must be set by hand; production refuses it.
     */
    DEMO_MODE: ZBoolish.default(false),
    /**
     * Check every endpoint's answer against its shared output schema (an answer that does not match is a 500).
     * Default: on outside production, off in production. The bench turns it off to measure what production runs.
     */
    OUTPUT_SCHEMA_CHECK: ZBoolish.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.FIELD_ENCRYPTION_KEY && env.FIELD_ENCRYPTION_KEYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIELD_ENCRYPTION_KEYS'],
        message: 'set FIELD_ENCRYPTION_KEYS or FIELD_ENCRYPTION_KEY, not both (the old key is "k1:<key>" in the ring)',
      });
    }
    if (env.FIELD_ENCRYPTION_KEYS && !env.FIELD_BLIND_INDEX_KEY && !/(^|,)\s*k1:/.test(env.FIELD_ENCRYPTION_KEYS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIELD_BLIND_INDEX_KEY'],
        message: 'required when FIELD_ENCRYPTION_KEYS has no key "k1" (the blind index keeps one key)',
      });
    }
    if (env.WEB_CONCURRENCY > 1 && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEB_CONCURRENCY'],
        message:
          'more than one process needs DATABASE_URL: the embedded PGlite database belongs to one process; unset WEB_CONCURRENCY or set DATABASE_URL',
      });
    }
    if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_READ_URL'], message: 'a read replica needs DATABASE_URL too' });
    }
    if (Boolean(env.WECHAT_APP_ID) !== Boolean(env.WECHAT_APP_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_SECRET'],
        message: 'WECHAT_APP_ID and WECHAT_APP_SECRET go together',
      });
    }
    if (env.NODE_ENV === 'production' && env.DEMO_MODE) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_MODE'],
        message:
          'demo accounts and the demo login are never allowed in production (NODE_ENV=production); unset DEMO_MODE',
      });
    }
    if (env.NODE_ENV === 'production') {
      for (const key of [
        'JWT_KEYS',
        'FIELD_ENCRYPTION_KEY',
        'AUDIT_CHECKPOINT_KEY',
        'DATABASE_URL',
        'WECHAT_APP_ID',
      ] as const) {
        const given =
          key === 'FIELD_ENCRYPTION_KEY' ? (env.FIELD_ENCRYPTION_KEY ?? env.FIELD_ENCRYPTION_KEYS) : env[key];
        if (!given)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              key === 'FIELD_ENCRYPTION_KEY'
                ? 'required in production (or FIELD_ENCRYPTION_KEYS)'
                : 'required in production',
          });
      }
    }
  });

export type Env = Readonly<z.infer<typeof ZEnv>>;

/** Parses the environment; throws one error listing every problem. Empty strings count as unset. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // empty counts as unset, except STATIC_DIR where empty means "serve no static files"
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([k, v]) => v !== undefined && (v !== '' || k === 'STATIC_DIR')),
  );
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}

/** Demo mode: demo accounts are seeded and the demo-login endpoints exist (never in production). */
export function isDemoMode(env: Env): boolean {
  return env.DEMO_MODE && env.NODE_ENV !== 'production';
}

/** The demo login is offered only in demo mode and only when no WeChat credentials are configured. */
export function isDevLoginEnabled(env: Env): boolean {
  return isDemoMode(env) && !env.WECHAT_APP_ID;
}
