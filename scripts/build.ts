/**
 * `npm run build`: builds the whole site (pages, share images, search index, archives) into a
 * staging folder and puts it in place of dist/ only when every step succeeded. A failed or
 * interrupted build leaves the previous dist/ exactly as it was.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { removeStaleStagingDirs, replaceDir, stagingDirFor } from '../src/lib/atomic-dir.ts';
import { acquireBuildLock } from '../src/lib/build-lock.ts';
import { checkBuiltSite } from '../src/lib/link-check.ts';
import { BUILD_NODE_FLAGS } from '../src/lib/node-flags.ts';
import { contentDir } from '../src/lib/paths.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';

const finalDir = path.resolve(process.env['GSL_OUT_DIR'] ?? 'dist');
const staging = stagingDirFor(finalDir);
const releaseLock = await acquireBuildLock(path.resolve('.astro/build.lock'), (pid) =>
  console.log(`另一个构建正在进行（进程 ${pid}），等它结束后再开始……`),
);
process.on('exit', releaseLock);
const cleanUp = () => rmSync(staging, { recursive: true, force: true });
removeStaleStagingDirs(finalDir);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

// Vite reads these from the environment; a parent test runner sets them (DEV=1, MODE=test), which
// would turn the production build into one that shows drafts.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', GSL_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' };
for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[key];

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [...BUILD_NODE_FLAGS, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });

const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
if (code !== 0) {
  cleanUp();
  console.error(`\n构建失败（退出码 ${code}），已发布的 ${path.relative(process.cwd(), finalDir) || finalDir}/ 保持不变。`);
  process.exit(code);
}
const broken = checkBuiltSite(staging, loadSiteConfig(contentDir).baseUrl);
if (broken.length > 0) {
  cleanUp();
  const reasons = { 'missing-file': '页面或文件不存在', 'missing-anchor': '页面中没有这个锚点' };
  console.error(`\n构建结果中有 ${broken.length} 个失效链接，未发布：`);
  for (const b of broken.slice(0, 50)) console.error(`  ${b.page} → ${b.link}（${reasons[b.reason]}）`);
  console.error(`已发布的 ${path.relative(process.cwd(), finalDir) || finalDir}/ 保持不变。`);
  process.exit(1);
}
replaceDir(staging, finalDir);
console.log(`\n构建完成：${path.relative(process.cwd(), finalDir) || finalDir}/`);
