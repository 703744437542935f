/**
 * Runs `task` over `items` with at most `jobs` running at once; results come back in the items' order, whatever order
 * they finish in. The first failure rejects, after the tasks already started have settled.
 * `([3, 1, 2], 2, async (n) => n * 10)` → `[30, 10, 20]`
 */
export async function runInPool<T, R>(items: readonly T[], jobs: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected) throw rejected.reason;
  return results;
}
