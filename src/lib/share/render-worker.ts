import { parentPort, workerData } from 'node:worker_threads';
import { renderShareImage, type ShareImageRequest } from './render-share-image.ts';
import { loadShareFonts } from './share-fonts.ts';

/** A message from the pool: render this request and answer with the same id. */
export interface WorkerRequest {
  id: number;
  request: ShareImageRequest;
}

/** The answer: the PNG, or the error's message. */
export type WorkerResponse = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

// Fonts are read once when the worker starts, never per image.
const { faces } = loadShareFonts(workerData as string[]);

parentPort!.on('message', async ({ id, request }: WorkerRequest) => {
  try {
    const started = performance.now();
    const png = await renderShareImage(request, faces);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    parentPort!.postMessage({ id, png: bytes, ms: performance.now() - started } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
});
