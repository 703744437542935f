import path from 'node:path';

/**
 * The folder editors write in; `GSL_CONTENT_DIR` points a build at another tree (tests, benchmarks).
 * `GSL_CONTENT_DIR=tests/fixtures/site` → `"tests/fixtures/site"`; unset → `"content"`
 */
export const contentDir: string = (process.env['GSL_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');

/** Absolute path of the content folder, resolved from the working directory. */
export const contentRoot: string = path.resolve(contentDir);
