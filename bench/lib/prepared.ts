import type { Json } from './api';

/** What a setup step can add: headers for every request, a body replacing the scenario's, headers made per request. */
export type Prepared = {
  headers?: Record<string, string>;
  body?: Json | (() => Json);
  requestHeaders?: () => Record<string, string>;
};

/** The coming run: warm-up plus measured seconds. */
export type RunInfo = { seconds: number };
