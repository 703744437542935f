import path from 'node:path';

/**
 * The folder editors write in; `GSL_CONTENT_DIR` points a build at another tree (tests, benchmarks).
 * `GSL_CONTENT_DIR=tests/fixtures/site` → `"tests/fixtures/site"`; unset → `"content"`
 */
export const contentDir: string = (process.env['GSL_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');

/** Absolute path of the content folder, resolved from the working directory. */
export const contentRoot: string = path.resolve(contentDir);

/**
 * Astro's cache folder (rendered Markdown, data store) for a content tree, relative to the project: each tree
 * keeps its own, so builds of different trees never share one.
 * `"content"` → `"node_modules/.astro/content"`; `"/tmp/gsl-x/content"` → `"node_modules/.astro/_tmp_gsl_x_content"`
 */
export function renderCacheDir(dir: string = contentDir): string {
  return `node_modules/.astro/${pathKey(dir)}`;
}

/** A path as one folder or file name: `"/tmp/gsl-x/content/"` → `"_tmp_gsl_x_content"`. */
export function pathKey(dir: string): string {
  return dir.replace(/\/+$/, '').replace(/[^a-zA-Z0-9]+/g, '_');
}
