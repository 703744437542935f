import { describe, expect, it } from 'vitest';
import { runInPool } from './run-in-pool.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runInPool', () => {
  it('returns the results in the order of the items, not the order they finish in', async () => {
    expect(await runInPool([2025, 2024, 2023], 2, async (year) => (await sleep(year === 2025 ? 30 : 1), `${year}年`))).toEqual(['2025年', '2024年', '2023年']);
  });

  it('never runs more tasks at once than asked', async () => {
    let running = 0;
    let most = 0;
    await runInPool([1, 2, 3, 4, 5], 2, async () => {
      most = Math.max(most, ++running);
      await sleep(5);
      running -= 1;
    });
    expect(most).toBe(2);
  });

  it('fails with the first error and starts no task after it', async () => {
    const started: number[] = [];
    const run = runInPool([2025, 2024, 2023], 1, async (year) => {
      started.push(year);
      if (year === 2024) throw new Error('2024年度汇编 PDF 生成失败');
    });
    await expect(run).rejects.toThrow('2024年度汇编 PDF 生成失败');
    expect(started).toEqual([2025, 2024]);
  });
});
