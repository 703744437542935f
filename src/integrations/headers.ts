import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile, type HeaderSite } from '../lib/deploy/headers.ts';
import { contentDir } from '../lib/paths.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

/**
 * Writes dist/_headers (Netlify / Cloudflare Pages) after `astro build`, from the same rules the S3 upload
 * and deploy/nginx.conf use, with the CSP widened only when site.yaml turns the WeChat JS-SDK on.
 */
export default function headers(options: { site?: HeaderSite } = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gsl-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = options.site ?? loadSiteConfig(path.resolve(root, contentDir));
        writeFileSync(path.join(fileURLToPath(dir), '_headers'), renderHeadersFile(site));
        logger.info('已写入 _headers（缓存与安全响应头）');
      },
    },
  };
}
