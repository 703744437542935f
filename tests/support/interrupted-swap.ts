/**
 * `node tests/support/interrupted-swap.ts <staging> <dist> <step>`: runs the build's own swap (replaceDir) on two
 * built folders and kills this process with SIGKILL right after `step` (`moved-aside` or `moved-in`), leaving the
 * folders exactly as a build killed at that moment would. Tests only.
 */
import { replaceDir, type SwapStep } from '../../src/lib/atomic-dir.ts';

const [staging, dist, stop] = process.argv.slice(2) as [string, string, SwapStep];
replaceDir(staging, dist, (step) => {
  if (step === stop) process.kill(process.pid, 'SIGKILL');
});
