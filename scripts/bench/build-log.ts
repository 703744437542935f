/** One line of build output and when it arrived, in milliseconds since the build started. */
export interface LogLine {
  t: number;
  text: string;
}

/** Phase durations (ms) and counts read from one build's log; `undefined` where the log says nothing. */
export interface BuildPhases {
  /** From the start of the process to `Syncing content`: Node, Vite and the config loading. */
  startup?: number;
  /** The content check integration, which runs inside start-up. */
  check?: number;
  content?: number;
  bundle?: number;
  pages?: number;
  images?: number;
  index?: number;
  archives?: number;
  pageCount?: number;
  imagesRendered?: number;
  imagesSkipped?: number;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters by definition.
const ANSI = /\u001b\[[0-9;]*m/g;
// Astro writes `812ms`, `3.05s` or, past a minute, `3m 12s`.
const COMPLETED = /✓ Completed in (?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)/;
const DURATION = /(?:用时|耗时|\bin|\btook|（)\s*(?:(\d+)\s*(?:m|分钟?)\s*)?(\d+(?:\.\d+)?)\s*(ms|s|毫秒|秒)/i;
const INTEGRATIONS = {
  check: /content-check|内容检查/i,
  images: /share|og-image|poster|分享图片/i,
  index: /pagefind|search|搜索|索引/i,
  archives: /archive|归档|打包|下载包/i,
} as const;
// Astro's own labels; their lines (and unlabelled route listings like `├─ /archives/2019/`) are never an integration's.
const CORE_LABELS = /^(build|content|vite|types|check|assets|router|config)$/;

/** A duration match `[, minutes?, value, unit]` in ms: `3m 12s` → 192000, `20毫秒` → 20. */
function toMs(match: RegExpExecArray): number {
  const [, minutes, value, unit] = match;
  const seconds = unit === 's' || unit === '秒' ? Number(value) : Number(value) / 1000;
  return Math.round((Number(minutes ?? 0) * 60 + seconds) * 1000);
}

/** The `[label]` of an Astro log line: `'07:22:01 [pagefind] done'` → `'pagefind'`. */
export function labelOf(text: string): string {
  return /^(?:\d\d:\d\d:\d\d\s+)?\[([^\]]+)\]/.exec(text)?.[1] ?? '';
}

/** Time of the first completion line after a marker line, as Astro prints it. */
function completedAfter(lines: readonly LogLine[], marker: RegExp): number | undefined {
  const start = lines.findIndex((line) => marker.test(line.text));
  if (start < 0) return undefined;
  const done = lines.slice(start + 1).map((line) => COMPLETED.exec(line.text)).find((m) => m !== null);
  return done ? toMs(done) : undefined;
}

/** An integration's time: the duration it states, else from the line before its first line to its last. */
function integrationTime(lines: readonly LogLine[], pattern: RegExp): number | undefined {
  const own = lines
    .map((line, i) => ({ line, i, label: labelOf(line.text) }))
    .filter(({ line, label }) => label !== '' && !CORE_LABELS.test(label) && (pattern.test(label) || pattern.test(line.text)));
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last) return undefined;
  const stated = own.map(({ line }) => DURATION.exec(line.text)).filter((m) => m !== null).pop();
  if (stated) return toMs(stated);
  return last.line.t - (lines[first.i - 1]?.t ?? first.line.t);
}

/** Reads phase timings from an Astro build log, tolerant of lines it does not know. */
export function parseBuildLog(raw: readonly LogLine[]): BuildPhases {
  const lines = raw.map((line) => ({ t: line.t, text: line.text.replace(ANSI, '').trim() }));
  const phases: BuildPhases = {};
  const syncing = lines.find((line) => /Syncing content/.test(line.text));
  const synced = lines.find((line) => /Synced content/.test(line.text));
  if (syncing) phases.startup = syncing.t;
  if (syncing && synced) phases.content = synced.t - syncing.t;
  const bundling = lines.find((line) => /Building \w+ entrypoints/.test(line.text));
  const routes = lines.find((line) => /(generating|prerendering) static routes/.test(line.text));
  if (bundling && routes) phases.bundle = routes.t - bundling.t;
  const pages = completedAfter(lines, /(generating|prerendering) static routes/);
  if (pages !== undefined) phases.pages = pages;
  for (const key of ['check', 'images', 'index', 'archives'] as const) {
    const time = integrationTime(lines, INTEGRATIONS[key]);
    if (time !== undefined) phases[key] = time;
  }
  const count = lines.map((line) => /(\d+) page\(s\) built in/.exec(line.text)).find((m) => m !== null);
  if (count) phases.pageCount = Number(count[1]);
  const rendered = lines.map((line) => /(?:新生成|rendered)\s*(\d+)|(\d+)\s*(?:rendered|新生成)/i.exec(line.text)).filter((m) => m !== null).pop();
  if (rendered) phases.imagesRendered = Number(rendered[1] ?? rendered[2]);
  const skipped = lines.map((line) => /(?:沿用缓存|skipped|cached)\s*(\d+)|(\d+)\s*(?:skipped|cached)/i.exec(line.text)).filter((m) => m !== null).pop();
  if (skipped) phases.imagesSkipped = Number(skipped[1] ?? skipped[2]);
  return phases;
}
