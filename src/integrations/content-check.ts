import type { AstroIntegration } from 'astro';
import { checkContentTree, defaultCheckCacheFile, formatFindings, hasErrors } from '../lib/checks/index.ts';
import { contentDir } from '../lib/paths.ts';

/** Runs the editors' checks (`npm run check`) at the start of `astro build`; an error stops the build before anything is written. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'gsl-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const stats = { reused: 0, inspected: 0 };
        const findings = await checkContentTree(contentDir, { cacheFile: defaultCheckCacheFile(contentDir), stats });
        if (hasErrors(findings)) throw new Error(`内容检查未通过，未构建：\n${formatFindings(findings)}`);
        if (findings.length > 0) logger.warn(formatFindings(findings));
        logger.info(`内容检查通过，用时 ${Math.round(performance.now() - started)} 毫秒（${stats.inspected} 个文件检查，${stats.reused} 个未改动、沿用上次的结果）`);
      },
    },
  };
}
