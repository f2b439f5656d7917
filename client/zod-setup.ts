/**
 * Must be the first import of app.tsx. WeChat forbids eval/new Function, and zod decides whether to
 * JIT-compile a schema when the schema is built, so this has to run before any shared/ schema module loads.
 * It sets a global (shared/ never does this: the server keeps zod's faster JIT path).
 */
import { z } from 'zod';

z.config({ jitless: true });
