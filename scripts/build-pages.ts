/**
 * The Astro part of `npm run build`, run by scripts/build.ts in a child process with the build's Node flags:
 * calls Astro's own `build()` and, when it throws, sends scripts/build.ts the error explained in Chinese
 * (`explainError`) over the IPC channel, and the error object in full to stderr, which goes to the log only.
 * Not meant to be run by hand: it builds into GSL_OUT_DIR as it is.
 */
import { inspect } from 'node:util';
import { build } from 'astro';
import { explainError, type Explanation } from '../src/lib/explain-error.ts';

/** What this process tells scripts/build.ts when it is done. */
export type PagesOutcome = { ok: true } | { ok: false; explanation: Explanation };

// Without its parent nobody would swap the result in or clean it up: stop rather than build for no one.
process.on('disconnect', () => process.exit(1));

const finish = (outcome: PagesOutcome) => {
  if (process.send) process.send(outcome, () => process.exit(outcome.ok ? 0 : 1));
  else process.exit(outcome.ok ? 0 : 1);
};

try {
  await build({ root: process.cwd(), mode: 'production', force: process.argv.includes('--force') });
  finish({ ok: true });
} catch (error) {
  process.stderr.write(`\n${inspect(error, { depth: 8, colors: false })}\n`);
  finish({ ok: false, explanation: explainError(error) });
}
