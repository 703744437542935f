import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the bundled demo content, built once for all end-to-end tests. */
    demoDist: string;
  }
}

/** Builds the demo site once, the way `npm run build` does, before any end-to-end test runs. */
export default function setup(project: TestProject): void {
  const started = Date.now();
  const site = buildSite('content');
  if (site.status !== 0) throw new Error(`演示站点构建失败：\n${site.output}`);
  console.log(`demo site built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${site.dist}`);
  project.provide('demoDist', site.dist);
}
