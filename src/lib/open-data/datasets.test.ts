import { describe, expect, it } from 'vitest';
import { honorTables, parseHonorDocument } from '../honors.ts';
import { listDatasets } from './datasets.ts';

const input = {
  site: { name: '锦川市工商联', baseUrl: 'https://www.jcgsl.example.cn', dataLicence: '请注明来源' },
  honors: [
    { year: 2024, slug: 'guangcai', title: '光彩事业贡献奖', url: '/honors/2024/guangcai/', date: new Date('2024-03-15T00:00:00+08:00'), issuers: ['市光彩会'], tables: honorTables(parseHonorDocument('| 名称 |\n|---|\n| 甲公司 |\n')) },
  ],
  enterprises: [{ url: '/enterprises/jia/', name: '甲公司', aliases: [], county: '锦南区', industry: '医药', profile: '甲。' }],
};

describe('listDatasets', () => {
  const datasets = listDatasets(input);

  it('lists each honour list as CSV and JSON under its year, then the enterprise directory', () => {
    expect(datasets.map((d) => [d.path, d.year, d.pageUrl])).toEqual([
      ['/data/honors/2024/guangcai.csv', 2024, '/honors/2024/guangcai/'],
      ['/data/honors/2024/guangcai.json', 2024, '/honors/2024/guangcai/'],
      ['/data/enterprises.csv', undefined, '/enterprises/'],
      ['/data/enterprises.json', undefined, '/enterprises/'],
    ]);
  });

  it('gives each file its size in bytes as served (UTF-8, BOM included)', () => {
    for (const dataset of datasets) expect(dataset.bytes).toBe(Buffer.from(dataset.body).length);
    expect(datasets[0]!.bytes).toBe(Buffer.byteLength('\uFEFF分组,序号,名称\r\n,1,甲公司\r\n'));
  });

  it('writes absolute page URLs and the licence into the JSON', () => {
    expect(JSON.parse(datasets[1]!.body)).toMatchObject({ url: 'https://www.jcgsl.example.cn/honors/2024/guangcai/', licence: '请注明来源' });
  });
});
