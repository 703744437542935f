import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderShareImage, type ShareImageRequest } from './render-share-image.ts';
import { loadShareFonts, locateShareFontFiles, type ShareFontFace } from './share-fonts.ts';
import type { WorkerRequest, WorkerResponse } from './render-worker.ts';

/** Renders share images, in this thread or in worker threads; `close()` ends the workers. */
export interface RenderPool {
  readonly workers: number;
  render(request: ShareImageRequest): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * How many workers pay for a batch. A worker compiles and warms up satori, harfbuzz and resvg and parses the
 * fonts on its own: measured with scripts/bench-images.ts on the 162 demo images, two workers spent 7.6 s of
 * CPU against 4.6 s in this thread. So workers only for large batches (a first build of a big site), and only
 * when the machine has a core to spare: on a busy machine the extra CPU makes them slower, not faster. The load
 * average counts this build's own busy thread (≈1 after rendering pages), so only load beyond that means other work.
 * `(162, 2, 0.2)` → `0`; `(3000, 2, 1.1)` → `2`; `(3000, 2, 1.9)` → `0`; `(3000, 1, 0)` → `0`
 */
export function chooseWorkerCount(images: number, cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  const otherWork = Math.max(0, load - 1);
  if (cores < 2 || images < 300 || otherWork > cores - 1.25) return 0;
  return 2;
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
