import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderShareImage, type ShareImageRequest } from './render-share-image.ts';
import { loadShareFonts, locateShareFontFiles, type ShareFontFace } from './share-fonts.ts';
import type { WorkerRequest, WorkerResponse } from './render-worker.ts';

// Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture Node supports.
const TICK_MS = 10;

/** Renders share images, in this thread or in worker threads; `close()` ends the workers. */
export interface RenderPool {
  readonly workers: number;
  render(request: ShareImageRequest): Promise<Buffer>;
  close(): Promise<void>;
}

/** CPU time (clock ticks) of every user process but this one, by pid; undefined without /proc (not Linux). */
export function otherProcessTicks(): Map<string, number> | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const ticks = new Map<string, number>();
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      // Kernel threads have no command line; their work (e.g. writing back the pages just built) is not a competitor.
      if (readFileSync(`/proc/${name}/cmdline`).length === 0) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(name, Number(fields[11]) + Number(fields[12])); // utime + stime
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks;
}

/**
 * Cores kept busy between two `otherProcessTicks` readings `elapsedMs` apart. A process that started in between
 * counts with all its time, one that ended counts not at all.
 * `({1: 100}, {1: 150, 2: 20}, 1000)` → `0.7` (50 + 20 ticks of 10 ms in one second)
 */
export function coresBusy(start: ReadonlyMap<string, number>, end: ReadonlyMap<string, number>, elapsedMs: number): number {
  let ticks = 0;
  for (const [pid, total] of end) ticks += total - (start.get(pid) ?? 0);
  return Math.max(0, (ticks * TICK_MS) / elapsedMs);
}

/**
 * How many cores other programs kept busy over the next `ms` milliseconds: `0.0` on an idle machine, `≈1`
 * while another build runs. On Linux it adds up the CPU time of every other user process (from /proc; the
 * kernel's own threads are left out, since flushing the pages just written is no competitor); elsewhere it
 * takes the machine's busy time from `os.cpus()` minus this process's own. Unlike the load average, which
 * trails by a minute and still counts this build's page rendering, this sees only other work, and only now.
 */
export async function measureOtherCpuUse(ms = 300): Promise<number> {
  const busy = () => cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
  const startTicks = otherProcessTicks();
  const startBusy = busy();
  const startOwn = process.cpuUsage();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const elapsed = performance.now() - started;
  const endTicks = startTicks && otherProcessTicks();
  if (startTicks && endTicks) return coresBusy(startTicks, endTicks, elapsed);
  const own = process.cpuUsage(startOwn);
  return Math.max(0, (busy() - startBusy - (own.user + own.system) / 1000) / elapsed);
}

/** Below this many images to draw, workers never pay (and the CPU use is not even measured). */
export const MIN_IMAGES_FOR_WORKERS = 300;

/**
 * How many worker threads pay for a batch. A worker compiles and warms up satori, harfbuzz and resvg and parses the
 * fonts on its own: measured with scripts/bench-images.ts on the 162 demo images, two workers spent 7.6 s of CPU
 * against 4.6 s in this thread. So workers only for large batches (a first build of a big site), one per core that
 * other programs leave idle (`otherCpuUse` from `measureOtherCpuUse`), at most 3: each holds a few hundred MB.
 * This thread only hands out work: rendering here as well was slower (large site: 153 s with this thread and one
 * worker against 116 s with two workers), since every image's garbage here means collecting the build's 1.4 GB heap.
 * `(162, 2, 0.1)` → `0`; `(3000, 2, 0.3)` → `2`; `(3000, 2, 0.9)` → `1`; `(3000, 2, 1.9)` → `0`; `(3000, 8, 0)` → `3`
 */
export function chooseWorkerCount(images: number, cores: number, otherCpuUse: number): number {
  if (cores < 2 || images < MIN_IMAGES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(3, Math.floor(cores - otherCpuUse + 0.75)));
}

/** Starts a pool: `workers` 0 renders in this thread, with the given faces or fonts loaded once here. */
export function createRenderPool(workers: number, fontFiles: string[] = locateShareFontFiles(), loaded?: ShareFontFace[]): RenderPool {
  if (workers === 0) {
    let faces = loaded;
    return {
      workers,
      render: (request) => renderShareImage(request, (faces ??= loadShareFonts(fontFiles).faces)),
      close: async () => {},
    };
  }
  const threads = Array.from({ length: workers }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: fontFiles }));
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  const load = threads.map(() => 0);
  for (const [i, thread] of threads.entries()) {
    thread.on('message', (response: WorkerResponse) => {
      const pending = waiting.get(response.id);
      waiting.delete(response.id);
      load[i]! -= 1;
      if ('error' in response) pending?.reject(new Error(`分享图片渲染失败：${response.error}`));
      else pending?.resolve(Buffer.from(response.png.buffer, response.png.byteOffset, response.png.byteLength));
    });
    thread.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(new Error('分享图片的渲染线程意外退出', { cause: error }));
      waiting.clear();
    });
  }
  let nextId = 0;
  return {
    workers,
    render(request) {
      const id = nextId++;
      const target = load.indexOf(Math.min(...load));
      load[target]! += 1;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        threads[target]!.postMessage({ id, request } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}
