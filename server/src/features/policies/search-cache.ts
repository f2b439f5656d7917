/**
 * Policy list pages are cached per process (lib/ttl-cache), keyed by the whole request (query tokens, filters,
 * cursor, limit, district day). Admin writes in this process clear it; other processes see a change after at
 * most the TTL (decision 15; the self-check cache is decision 13). The TTL is the environment's
 * SEARCH_CACHE_TTL_MS (env.ts; 0 turns the cache off: every request is ranked by the search index, decision 44).
 */
export const SEARCH_CACHE_TTL_MS = 10_000;
export const SEARCH_CACHE_MAX = 500;
