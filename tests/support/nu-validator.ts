import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One message of the Nu Html Checker, with the file it is about relative to the folder that was checked. */
export interface NuMessage {
  file: string;
  line: number;
  type: string;
  message: string;
  extract: string;
}

/** Debian's package that brings the Java the checker runs on; named in the failure, never installed by a test. */
export const JAVA_INSTALL = 'apt-get install -y default-jre-headless';

const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/**
 * CSS the checker's CSS profile does not know yet, though browsers ship it: each message is ignored only when it is
 * exactly this text, in a stylesheet. Anything else in the same stylesheets still fails.
 * - container queries, Baseline since 2023 (w3c/css-validator#422 and #423, open);
 * - scroll-driven animations (`animation-timeline`, `animation-range`), used inside `@supports` for 回到目录;
 * - `scroll-initial-target`, which puts the current section's tab in view (care.js does it where unsupported).
 */
export const CSS_CHECKER_GAPS: ReadonlySet<string> = new Set([
  'CSS: “container”: Property “container” doesn\'t exist.',
  'CSS: Unrecognized at-rule “@container”',
  'CSS: “animation-timeline”: Property “animation-timeline” doesn\'t exist.',
  'CSS: “animation-range”: Property “animation-range” doesn\'t exist.',
  'CSS: “scroll-initial-target”: Property “scroll-initial-target” doesn\'t exist.',
]);

/** The messages that are not one of the CSS checker's known gaps (CSS_CHECKER_GAPS) in a stylesheet. */
export function beyondCheckerGaps(messages: readonly NuMessage[]): NuMessage[] {
  return messages.filter((m) => !(m.file.endsWith('.css') && CSS_CHECKER_GAPS.has(m.message)));
}

/**
 * Runs the Nu Html Checker (the W3C validator, vnu.jar from the pinned `vnu-jar` package) with the machine's Java
 * over files (HTML, and CSS with `css: true`) and returns its errors. Without Java it throws with the install command.
 */
export function validate(files: readonly string[], root: string, options: { css?: boolean } = {}): NuMessage[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) throw new Error(`找不到 Java，无法运行 Nu Html Checker（vnu.jar）。请安装：${JAVA_INSTALL}`);
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...(options.css ? ['--also-check-css'] : []), ...files];
  const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stdout) as { messages: Array<{ type: string; url?: string; lastLine?: number; message: string; extract?: string }> };
  return report.messages.map((m) => ({
    file: m.url ? path.relative(root, decodeURIComponent(new URL(m.url).pathname)) : '',
    line: m.lastLine ?? 0,
    type: m.type,
    message: m.message,
    extract: m.extract ?? '',
  }));
}
