import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LogLine } from './build-log.ts';

/** How one command went: exit code, wall time, peak resident memory of its largest process, and its output. */
export interface CommandRun {
  code: number;
  wallMs: number;
  peakRssBytes: number | undefined;
  lines: LogLine[];
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command, stamping every output line with its arrival time; peak RSS comes from GNU time when present. */
export async function runCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CommandRun> {
  const rssFile = path.join(tmpdir(), `gsl-bench-rss-${process.pid}-${Date.now()}`);
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-o', rssFile, '-f', '%M', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ t: performance.now() - started, text }));
  }
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  const wallMs = performance.now() - started;
  let peakRssBytes: number | undefined;
  if (timed) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    peakRssBytes = Number.isFinite(kb) ? kb * 1024 : undefined;
    rmSync(rssFile, { force: true });
  }
  return { code, wallMs, peakRssBytes, lines: lines.sort((a, b) => a.t - b.t) };
}

/** Throws with the last lines of output when a run failed. */
export function assertSucceeded(run: CommandRun, what: string): void {
  if (run.code === 0) return;
  const tail = run.lines.slice(-30).map((line) => line.text).join('\n');
  throw new Error(`${what} failed with exit code ${run.code}:\n${tail}`);
}
