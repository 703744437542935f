import { describe, expect, it } from 'vitest';
import { enterpriseDatasetUrl, enterpriseUrl, honorDatasetUrl, pieceUrl, yearDataUrl, yearDatasetFolder, yearUrl } from './urls.ts';

describe('urls', () => {
  it('places pieces, enterprises and years', () => {
    expect([pieceUrl('reports', 2024, 'zhiwei'), enterpriseUrl('huarui-yaoye'), yearUrl(2024)]).toEqual(['/reports/2024/zhiwei/', '/enterprises/huarui-yaoye/', '/years/2024/']);
  });

  it('places the 数据 pages and every dataset under /data/, a year’s honour lists in their year’s folder', () => {
    expect([yearDataUrl(2024), yearDatasetFolder(2024), honorDatasetUrl(2024, 'guangcai', 'csv'), enterpriseDatasetUrl('json')]).toEqual([
      '/years/2024/data/',
      '/data/honors/2024/',
      '/data/honors/2024/guangcai.csv',
      '/data/enterprises.json',
    ]);
  });
});
