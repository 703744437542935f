/**
 * `npm run headers`: rewrites deploy/_headers and deploy/nginx.conf from the caching and security rules in
 * src/lib/deploy/ and the WeChat setting in site.yaml. Run it after changing either; a test fails until then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDeployFiles } from '../src/lib/deploy/deploy-files.ts';
import { contentDir } from '../src/lib/paths.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';

for (const [file, text] of Object.entries(renderDeployFiles(loadSiteConfig(contentDir)))) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`已生成 ${file}`);
}
