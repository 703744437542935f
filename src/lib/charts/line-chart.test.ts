import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderLineChart } from './line-chart.ts';

const spec = { kind: 'line' as const, title: '净增', unit: '家', categoryLabel: '季度', categories: ['一季度', '二季度', '三季度'], series: [{ name: '净增', values: [-2, 3, 1] }] };

describe('renderLineChart', () => {
  it('takes negative values, with a zero line among the gridlines', () => {
    const svg = renderLineChart(spec);
    const ticks = (svg.children as Element[]).filter((e) => e.tagName === 'text' && [e.properties['className']].flat().includes('chart-tick'));
    expect(ticks.map((t) => (t.children[0] as { value: string }).value)).toEqual(['-2', '-1', '0', '1', '2', '3']);
  });

  it('prints each value over its point when one short series is drawn', () => {
    const values = (renderLineChart(spec).children as Element[]).filter((e) => [e.properties['className']].flat().includes('chart-value'));
    expect(values.map((v) => (v.children[0] as { value: string }).value)).toEqual(['-2', '3', '1']);
  });
});
