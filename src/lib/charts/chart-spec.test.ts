import { describe, expect, it } from 'vitest';
import { countChart, formatValue, withUnit } from './chart-spec.ts';

describe('formatValue', () => {
  it('groups thousands and keeps up to two decimals, as Chinese readers write numbers', () => {
    expect([formatValue(12345.678), formatValue(-3), formatValue(0.5)]).toEqual(['12,345.68', '-3', '0.5']);
  });
});

describe('withUnit', () => {
  it('writes the unit right after the number', () => {
    expect([withUnit(42, '家'), withUnit(3.5, '%')]).toEqual(['42家', '3.5%']);
  });
});

describe('countChart', () => {
  it('orders categories by count, largest first, ties by their Chinese reading', () => {
    const spec = countChart('受表彰对象（按区县）', '区县', '个', new Map([['临溪县', 3], ['锦南区', 10], ['白石县', 3]]));
    expect(spec).toEqual({
      kind: 'bar',
      title: '受表彰对象（按区县）',
      unit: '个',
      categoryLabel: '区县',
      categories: ['锦南区', '白石县', '临溪县'],
      series: [{ name: '受表彰对象（按区县）', values: [10, 3, 3] }],
    });
  });
});

describe('countChart with unknowns', () => {
  it('puts 未注明 last, however many it counts', () => {
    expect(countChart('t', '区县', '个', new Map([['未注明', 9], ['锦南区', 1]])).categories).toEqual(['锦南区', '未注明']);
  });
});
