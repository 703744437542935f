import { describe, expect, it } from 'vitest';
import { chooseWorkerCount, coresBusy, createRenderPool, measureOtherCpuUse, otherProcessTicks } from './render-pool.ts';
import type { ShareImageRequest } from './render-share-image.ts';

const request: ShareImageRequest = {
  image: 'card',
  share: { kind: 'story', title: '锦川华瑞药业加班加点保障防疫物资供应', description: '', pagePath: '/stories/2020/huarui/', date: '2020-02-03' },
  site: { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' } },
};

describe('chooseWorkerCount', () => {
  it('renders the demo site\'s 162 images in this thread', () => {
    expect(chooseWorkerCount(162, 2, 0.1)).toBe(0);
  });

  it('uses two workers for a large first build on an idle two-core machine', () => {
    expect(chooseWorkerCount(3000, 2, 0.3)).toBe(2);
  });

  it('takes one worker per core other programs leave idle, at most three', () => {
    expect(chooseWorkerCount(3000, 2, 0.9)).toBe(1);
    expect(chooseWorkerCount(3000, 4, 1)).toBe(3);
    expect(chooseWorkerCount(3000, 8, 0)).toBe(3);
  });

  it('stays in this thread when other work keeps both cores busy', () => {
    expect(chooseWorkerCount(3000, 2, 1.9)).toBe(0);
  });

  it('never starts workers on a single core', () => {
    expect(chooseWorkerCount(3000, 1, 0)).toBe(0);
  });
});

describe('otherProcessTicks', () => {
  it('reads the CPU time of other processes, never its own', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 3000; while (Date.now() < end);'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 600));
      const ticks = otherProcessTicks();
      expect(ticks).toBeDefined();
      expect(ticks!.get(String(child.pid))).toBeGreaterThan(0);
      expect(ticks!.has(String(process.pid))).toBe(false);
    } finally {
      child.kill();
    }
  });
});

describe('coresBusy', () => {
  it('adds the time of processes that ran on, and of those that started, per elapsed time', () => {
    const start = new Map([['1', 100], ['3', 40]]);
    const end = new Map([['1', 150], ['2', 20]]);
    expect(coresBusy(start, end, 1000)).toBeCloseTo(0.7);
  });

  it('reads an idle machine as 0', () => {
    expect(coresBusy(new Map([['1', 5]]), new Map([['1', 5]]), 300)).toBe(0);
  });
});

describe('measureOtherCpuUse', () => {
  it('returns a core count', async () => {
    const cores = await measureOtherCpuUse(100);
    expect(cores).toBeGreaterThanOrEqual(0);
    expect(cores).toBeLessThan(64);
  });
});

describe('createRenderPool', () => {
  it('draws the same bytes in worker threads as in this thread', async () => {
    const here = createRenderPool(0);
    const threads = createRenderPool(2);
    try {
      const [local, first, second] = await Promise.all([here.render(request), threads.render(request), threads.render(request)]);
      expect(first.equals(local)).toBe(true);
      expect(second.equals(local)).toBe(true);
    } finally {
      await Promise.all([here.close(), threads.close()]);
    }
  }, 60_000);

  it('spreads a batch over the workers, same bytes from each', async () => {
    const here = createRenderPool(0);
    const both = createRenderPool(3);
    try {
      const local = await here.render(request);
      const pngs = await Promise.all(Array.from({ length: 4 }, () => both.render(request)));
      expect(pngs.every((png) => png.equals(local))).toBe(true);
    } finally {
      await Promise.all([here.close(), both.close()]);
    }
  }, 60_000);
});
