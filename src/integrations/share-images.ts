import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/paths.ts';
import { buildShareImages } from '../lib/share/build-share-images.ts';
import { readBuiltPages } from '../lib/share/read-built-pages.ts';
import { buildWechatScript, WECHAT_SCRIPT_PATH } from '../lib/share/wechat-share-script.ts';
import { loadSiteConfig, type SiteConfig } from '../lib/site-config.ts';
import { buildCacheDir } from '../lib/file-cache.ts';
import { collectGarbage } from '../lib/node-flags.ts';

/** Options; both default from the project: site.yaml of the content folder, and node_modules/.cache/gsl-share. */
export interface ShareImagesOptions {
  site?: SiteConfig;
  cacheDir?: string;
}

/**
 * After `astro build`, reads the ShareData every page carries (ShareMeta's `gsl:share` meta), writes each
 * page's card, square thumbnail and poster under `/share/`, and, when site.yaml turns the WeChat JS-SDK on,
 * its glue script. A character no bundled font draws is a warning naming the character, page and file; the build goes on.
 */
export default function shareImages(options: ShareImagesOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gsl-share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const site = options.site ?? loadSiteConfig(path.resolve(root, contentDir));
        const pages = readBuiltPages(outDir);
        collectGarbage();
        logger.info(`${pages.length} 个页面需要分享图片`);
        await buildShareImages({
          pages,
          site,
          outDir,
          cacheDir: options.cacheDir ?? buildCacheDir('share', root),
          projectRoot: root,
          log: (message) => logger.info(message),
          warn: (message) => logger.warn(message),
        });
        if (site.wechat) {
          const file = path.join(outDir, WECHAT_SCRIPT_PATH);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, buildWechatScript());
        }
      },
    },
  };
}
