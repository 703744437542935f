import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { BUILD_CACHES } from '../../src/lib/file-cache.ts';
import { BUILD_NODE_FLAGS } from '../../src/lib/node-flags.ts';
import { renderCacheDir } from '../../src/lib/paths.ts';
import { parseBuildLog, type BuildPhases } from './build-log.ts';
import { assertSucceeded, runCommand, type CommandRun } from './run-command.ts';

/** One build of the site against a content tree. */
export interface AstroBuild {
  run: CommandRun;
  phases: BuildPhases;
}

/**
 * The caches a cold build must start without, for a content tree: Astro's rendered Markdown (`renderCacheDir`) and `cacheRoot`, under which the build keeps share images, archives, the search index and
 * the content check's results.
 */
export function cacheDirsFor(project: string, contentDir: string, cacheRoot: string): string[] {
  return [path.join(project, renderCacheDir(contentDir)), cacheRoot];
}

/**
 * Builds the site as `npm run build` does (production mode, same config) against another content tree.
 * The output lives on tmpfs, but Astro moves assets into an outDir outside the working folder by rename()
 * from `<cwd>/.astro`, which fails across filesystems (EXDEV); so Astro is given `outLink`, a link inside
 * the project pointing at `outDir`, and the build runs in the project as usual.
 */
export async function buildSite(
  project: string,
  env: { contentDir: string; outDir: string; outLink: string; cacheRoot: string },
  cold: boolean,
): Promise<AstroBuild> {
  if (cold) {
    rmSync(env.outDir, { recursive: true, force: true });
    for (const dir of cacheDirsFor(project, env.contentDir, env.cacheRoot)) rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(env.outDir, { recursive: true });
  // The prerender bundle written under outDir imports packages; Node resolves them from its real location.
  const modules = path.join(path.dirname(path.dirname(env.outDir)), 'node_modules');
  if (!existsSync(modules)) symlinkSync(path.join(project, 'node_modules'), modules);
  rmSync(env.outLink, { force: true });
  mkdirSync(path.dirname(env.outLink), { recursive: true });
  symlinkSync(env.outDir, env.outLink);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    GSL_CONTENT_DIR: env.contentDir,
    GSL_OUT_DIR: env.outLink,
    ...Object.fromEntries(Object.entries(BUILD_CACHES).map(([name, { variable }]) => [variable, path.join(env.cacheRoot, name)])),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // As scripts/build.ts does: a parent runner's DEV/MODE would turn the build into one that shows drafts.
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete childEnv[key];
  const astro = path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = await runCommand(process.execPath, [...BUILD_NODE_FLAGS, astro, 'build'], { cwd: project, env: childEnv });
  assertSucceeded(run, `astro build of ${env.contentDir}`);
  return { run, phases: parseBuildLog(run.lines) };
}
