import type { AstroIntegration } from 'astro';
import { checkContentTree, formatFindings, hasErrors } from '../lib/checks/index.ts';
import { contentDir } from '../lib/paths.ts';

/** Runs the editors' checks (`npm run check`) at the start of `astro build`; an error stops the build before anything is written. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'gsl-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const findings = await checkContentTree(contentDir);
        if (hasErrors(findings)) throw new Error(`内容检查未通过，未构建：\n${formatFindings(findings)}`);
        if (findings.length > 0) logger.warn(formatFindings(findings));
        logger.info(`内容检查通过（${Math.round(performance.now() - started)} 毫秒）`);
      },
    },
  };
}
