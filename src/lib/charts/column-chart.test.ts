import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { MAX_LABELS, renderColumnChart } from './column-chart.ts';

describe('renderColumnChart', () => {
  it('stands columns on one base line, the tallest 8em high', () => {
    const svg = renderColumnChart({ kind: 'column', title: 't', unit: '篇', categoryLabel: '年份', categories: ['2022', '2023'], series: [{ name: 's', values: [2, 4] }] });
    const rects = (svg.children as Element[]).flatMap((g) => (g.children ?? []) as Element[]).filter((e) => e.tagName === 'rect');
    expect(rects.map((r) => [r.properties['y'], r.properties['height']])).toEqual([
      ['5.4em', '4em'],
      ['1.4em', '8em'],
    ]);
  });

  it('labels at most MAX_LABELS columns', () => {
    const categories = Array.from({ length: 30 }, (_, i) => String(1995 + i));
    const svg = renderColumnChart({ kind: 'column', title: 't', unit: '', categoryLabel: '年份', categories, series: [{ name: 's', values: categories.map(() => 1) }] });
    const labels = (svg.children as Element[]).flatMap((g) => (g.children ?? []) as Element[]).filter((e) => e.tagName === 'text');
    expect(labels.length).toBeLessThanOrEqual(MAX_LABELS);
  });
});
