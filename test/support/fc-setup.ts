/**
 * Jest setup (server and unit projects): every fast-check property runs from FC_SEED (fc-seed.ts), and a
 * failing one says how to replay it, after fast-check's own report (seed, path, counterexample).
 */
import fc from 'fast-check';
import { FC_SEED, reproduceHint } from './fc-seed';

fc.configureGlobal({
  seed: FC_SEED,
  reporter: (out) => {
    if (!out.failed) return;
    throw new Error(`${fc.defaultReportMessage(out)}\n\n${reproduceHint()}`, { cause: out.errorInstance });
  },
});
