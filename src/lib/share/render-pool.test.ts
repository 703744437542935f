import { describe, expect, it } from 'vitest';
import { chooseWorkerCount, createRenderPool } from './render-pool.ts';
import type { ShareImageRequest } from './render-share-image.ts';

const request: ShareImageRequest = {
  image: 'card',
  share: { kind: 'story', title: '锦川华瑞药业加班加点保障防疫物资供应', description: '', pagePath: '/stories/2020/huarui/', date: '2020-02-03' },
  site: { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' } },
};

describe('chooseWorkerCount', () => {
  it('renders the demo site\'s 162 images in this thread', () => {
    expect(chooseWorkerCount(162, 2, 0.2)).toBe(0);
  });

  it('uses two workers for a large first build on an idle two-core machine', () => {
    expect(chooseWorkerCount(3000, 2, 0.3)).toBe(2);
  });

  it('does not count the build’s own busy thread as other work', () => {
    expect(chooseWorkerCount(3000, 2, 1.1)).toBe(2);
  });

  it('stays in this thread when other work keeps the second core busy', () => {
    expect(chooseWorkerCount(3000, 2, 1.9)).toBe(0);
  });

  it('never starts workers on a single core', () => {
    expect(chooseWorkerCount(3000, 1, 0)).toBe(0);
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
});
