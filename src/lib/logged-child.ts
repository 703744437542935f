import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { TechnicalLog } from './technical-log.ts';

/** How a child process ended, and the last message it sent over its IPC channel. */
export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  message: unknown;
  /** How many lines it wrote to stderr: those went to the log only. */
  stderrLines: number;
}

/** A Node script to run: its path and arguments, Node's own flags and the environment. */
export interface ChildScript {
  script: string;
  args?: readonly string[];
  nodeFlags?: readonly string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Runs a Node script in a child process with an IPC channel. Everything it prints goes to `log`; its stdout
 * (Astro's progress lines) is also passed to `show`, its stderr (stack traces, Astro's English error report)
 * is not. `signal` forwards to the child, so stopping the build stops it too.
 * `runLoggedChild({ script: "scripts/build-pages.ts", env }, log, (t) => process.stdout.write(t))` → `{ code: 0, message: { ok: true }, … }`
 */
export function runLoggedChild(child: ChildScript, log: TechnicalLog, show: (text: string) => void): Promise<ChildOutcome> {
  const running = spawn(process.execPath, [...(child.nodeFlags ?? []), child.script, ...(child.args ?? [])], {
    env: child.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let message: unknown;
  let stderrLines = 0;
  running.on('message', (received) => (message = received));
  // Both are pipes (stdio above); Node's types cannot tell that from an array that also holds 'ipc'.
  const { stdout, stderr } = running as typeof running & { stdout: Readable; stderr: Readable };
  stdout.on('data', (chunk: Buffer) => {
    log.write(chunk.toString());
    show(chunk.toString());
  });
  stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    log.write(text);
    stderrLines += text.split('\n').filter((line) => line.trim() !== '').length;
  });
  const forward = (signal: NodeJS.Signals) => running.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    running.on('error', reject);
    running.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code, signal, message, stderrLines });
    });
  });
}
