import { describe, expect, it } from 'vitest';
import { createEnterpriseIndex } from '../enterprise-index.ts';
import { createKeepFinder } from './keep-terms.ts';

const enterprises = [
  { slug: 'jian-yiliao', name: '锦川济安医疗器械有限公司', aliases: ['济安医疗'] },
  { slug: 'huarui-yaoye', name: '锦川华瑞药业股份有限公司', aliases: ['华瑞药业'] },
];
const find = createKeepFinder(enterprises, createEnterpriseIndex(enterprises), ['锦川市工商业联合会（总商会）', '光彩事业贡献奖']);

describe('createKeepFinder', () => {
  it('finds the names and aliases of the enterprises a text mentions', () => {
    expect(find('华瑞药业、济安医疗共建检测平台')).toEqual(['华瑞药业', '济安医疗']);
  });

  it('finds the other names it was given, such as award headings and the site’s own name', () => {
    expect(find('2023年度锦川市光彩事业贡献奖')).toEqual(['光彩事业贡献奖']);
  });

  it('finds nothing in a text that names none', () => {
    expect(find('在市工商联十届四次执委会议上的工作报告')).toEqual([]);
  });
});
