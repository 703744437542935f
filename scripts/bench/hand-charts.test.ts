import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { handBarChart, handLineChart, handTicks } from './hand-charts.ts';

/** How many elements of a kind an SVG has, read by a parser. */
const count = (svg: string, tag: string) => DomUtils.getElementsByTagName(tag, parseDocument(svg, { xmlMode: true })).length;

describe('handTicks', () => {
  it('finds round steps of 1, 2 or 5 times a power of ten', () => {
    expect([handTicks(0, 5.3, 4), handTicks(0, 86, 4), handTicks(-3, 2, 4)]).toEqual([
      { min: 0, max: 6, step: 2 },
      { min: 0, max: 100, step: 50 },
      { min: -4, max: 2, step: 2 },
    ]);
  });
});

describe('the hand-written baseline charts', () => {
  const spec = { kind: 'bar' as const, title: 't', unit: '家', categoryLabel: '区县', categories: ['锦南区', '<b>'], series: [{ name: 's', values: [86, 43] }] };

  it('draws a bar per category, escaping labels', () => {
    const svg = handBarChart(spec);
    expect(count(svg, 'rect')).toBe(2);
    expect(svg).toContain('width="37%"');
    expect(svg).toContain('&lt;b>');
  });

  it('draws a line per series with a dot per value', () => {
    const svg = handLineChart({ ...spec, kind: 'line', series: [...spec.series, { name: 'b', values: [1, 2] }] });
    expect([count(svg, 'path'), count(svg, 'circle')]).toEqual([2, 4]);
  });
});
