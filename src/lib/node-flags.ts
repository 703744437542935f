/**
 * V8 flags for the `astro build` process that scripts/build.ts and the benchmark start. A 32 MB young
 * generation (Node's default is 16 MB on 64-bit) lets the short-lived objects of parsing thousands of Markdown
 * files die young instead of being promoted and marked: measured on the large benchmark site, the content
 * check went from 14.6 s to 10.3 s and its peak memory from 830 MB to 460 MB. `--expose-gc` lets the steps after
 * the pages (`collectGarbage`) drop what page rendering left behind before they start worker threads or Chromium.
 */
export const BUILD_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32', '--expose-gc'];

/**
 * A full garbage collection, when the process was started with `BUILD_NODE_FLAGS` (otherwise nothing). V8 left
 * ≈600 MB of page-rendering garbage in the large site's build until well into the share-image step, so the image
 * workers' memory came on top of it.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
