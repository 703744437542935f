import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';

/**
 * Where `npm run build` keeps the whole technical output of its last run (Astro's log, stack traces, error
 * objects with their causes), relative to the project. Editors see one Chinese line that names this file.
 */
export const BUILD_LOG_FILE = '.astro/build.log';

/** A log file written as things happen, so it holds everything up to the moment a build died. */
export interface TechnicalLog {
  file: string;
  /** Whether the file could be opened: only then may a message point to it. */
  opened: boolean;
  write(text: string): void;
  /** Writes an error in full: name, message, stack, and every property and cause Node can show. */
  writeError(label: string, error: unknown): void;
  close(): void;
}

/**
 * Starts a new log at `file` (replacing the last run's). A log that cannot be opened (the project folder is
 * not writable) writes nothing rather than failing the build for it.
 * `openTechnicalLog(".astro/build.log").write("…")` → the text is on disk before `write` returns
 */
export function openTechnicalLog(file: string): TechnicalLog {
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(file, 'w');
  } catch {
    fd = undefined;
  }
  const write = (text: string) => {
    if (fd === undefined) return;
    try {
      writeSync(fd, text);
    } catch {
      // A full disk must not turn logging into a second error: the Chinese line still reaches the editor.
    }
  };
  return {
    file,
    opened: fd !== undefined,
    write,
    writeError(label, error) {
      write(`\n${label}\n${inspect(error, { depth: 8, colors: false })}\n`);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
