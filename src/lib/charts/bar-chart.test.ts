import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { LABEL_EM, renderBarChart } from './bar-chart.ts';
import { NARROWEST_EM } from './label-lines.ts';

const spec = { kind: 'bar' as const, title: 't', unit: '个', categoryLabel: '奖项', categories: ['锦川市第四届优秀中国特色社会主义事业建设者', '光彩事业贡献奖'], series: [{ name: 's', values: [15, 16] }] };

describe('renderBarChart', () => {
  it('gives each category a row: its label lines, its bar and its value', () => {
    const rows = renderBarChart(spec).children as Element[];
    expect(rows.map((row) => (row.children as Element[]).map((child) => child.tagName))).toEqual([
      ['text', 'text', 'rect', 'text'],
      ['text', 'rect', 'text'],
    ]);
  });

  it('wraps labels narrower than the narrowest chart', () => {
    expect(LABEL_EM).toBeLessThan(NARROWEST_EM);
  });

  it('draws a chart of zeros without dividing by zero', () => {
    const rows = renderBarChart({ ...spec, series: [{ name: 's', values: [0, 0] }] }).children as Element[];
    expect(rows.map((row) => (row.children as Element[]).find((c) => c.tagName === 'rect')?.properties['width'])).toEqual(['0%', '0%']);
  });
});
