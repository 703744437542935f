import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildText } from '../i18n/build.ts';
import { checkContentTree, defaultCheckCacheFile, formatFindings, hasErrors } from '../lib/checks/index.ts';
import { contentDir } from '../lib/paths.ts';

/**
 * Set by `npm run build` (scripts/build.ts) to the content folder it has just checked itself, so the check
 * does not run twice; a plain `astro build` has it unset and checks here.
 */
export const CONTENT_CHECKED_ENV = 'GSL_CONTENT_CHECKED';

/** Runs the editors' checks (`npm run check`) at the start of `astro build`; an error stops the build before anything is written. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'gsl-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' || process.env[CONTENT_CHECKED_ENV] === path.resolve(contentDir)) return;
        const started = performance.now();
        const stats = { reused: 0, inspected: 0 };
        const findings = await checkContentTree(contentDir, { cacheFile: defaultCheckCacheFile(contentDir), stats });
        if (hasErrors(findings)) throw new Error(`内容检查未通过，未构建：\n${formatFindings(findings)}`);
        if (findings.length > 0) logger.warn(formatFindings(findings));
        logger.info(buildText.check.passed(Math.round(performance.now() - started), stats.inspected, stats.reused));
      },
    },
  };
}
