import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from './chart-spec.ts';
import { renderChartSvg } from './render-chart.ts';

const bar: ChartSpec = { kind: 'bar', title: '受表彰对象', unit: '个', categoryLabel: '区县', categories: ['锦南区', '临溪县'], series: [{ name: '人数', values: [12, 6] }] };
const read = (svg: string) => fromHtml(svg, { fragment: true });
/** Elements by tag name (`rect`) or class (`.chart-label`), in document order. */
function selectAll(selector: string, node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') {
    const classes = String(node.properties['className'] ?? '').split(/[ ,]+/);
    if (selector.startsWith('.') ? classes.includes(selector.slice(1)) : node.tagName === selector) found.push(node);
  }
  if ('children' in node) for (const child of node.children) selectAll(selector, child, found);
  return found;
}
const attr = (svg: string, selector: string, name: string) => selectAll(selector, read(svg)).map((node) => [node.properties[name]].flat().join(' '));
const texts = (svg: string, selector: string) => selectAll(selector, read(svg)).map((node) => (node.children[0] as { value: string }).value);

describe('renderChartSvg: bar', () => {
  it('draws one bar per category, the largest across 74% of the width, the others in proportion', () => {
    const svg = renderChartSvg(bar);
    expect(attr(svg, 'rect', 'width')).toEqual(['74%', '37%']);
    expect(texts(svg, '.chart-label')).toEqual(['锦南区', '临溪县']);
    expect(texts(svg, '.chart-value')).toEqual(['12', '6']);
  });

  it('lays rows out in em, so the chart grows with the text in 关怀版, and hides itself from screen readers (the table speaks)', () => {
    const svg = renderChartSvg(bar);
    expect(svg).toMatch(/^<svg class="chart-svg chart-bar-svg" width="100%" height="[\d.]+em" aria-hidden="true"/);
    expect(attr(svg, 'rect', 'height')).toEqual(['1em', '1em']);
  });

  it('prints a label that is markup as text', () => {
    const svg = renderChartSvg({ ...bar, categories: ['<script>alert(1)</script>', '临溪县'] });
    expect(selectAll('script', read(svg))).toEqual([]);
    expect(texts(svg, '.chart-label').slice(0, 2).join('')).toBe('<script>alert(1)</script>');
  });
});

describe('renderChartSvg: column', () => {
  it('stands one column per year on a common base, heights in proportion', () => {
    const svg = renderChartSvg({ ...bar, kind: 'column', categories: ['2023', '2024'], series: [{ name: '人数', values: [4, 8] }] });
    expect(attr(svg, 'rect', 'height')).toEqual(['4em', '8em']);
    expect(texts(svg, '.chart-label')).toEqual(['2023', '2024']);
  });
});

describe('renderChartSvg: line', () => {
  const line: ChartSpec = { kind: 'line', title: '融资', unit: '亿元', categoryLabel: '季度', categories: ['一季度', '二季度', '三季度'], series: [{ name: '2023年', values: [3, 6, 4.5] }] };

  it('draws the line in a stretched box with strokes that keep their width, and a dot per value', () => {
    const svg = renderChartSvg(line);
    expect(attr(svg, 'path', 'd')).toEqual(['M140.4,500L500,0L859.6,250']);
    expect(attr(svg, 'path', 'vectorEffect')).toEqual(['non-scaling-stroke']);
    expect(selectAll('circle', read(svg))).toHaveLength(3);
  });

  it('labels gridlines with round numbers from zero', () => {
    expect(texts(renderChartSvg(line), '.chart-tick')).toEqual(['0', '2', '4', '6']);
  });

  it('names each series in a legend when there are several', () => {
    const svg = renderChartSvg({ ...line, series: [...line.series, { name: '2022年', values: [2, 3, 4] }] });
    expect(texts(svg, '.chart-legend')).toEqual(['2023年', '2022年']);
    expect(attr(svg, 'path', 'className')).toEqual(['chart-line s0', 'chart-line s1']);
  });
});

describe('renderChartSvg: line labels', () => {
  it('keeps the end labels inside the chart on a narrow phone: wider labels sit further in', () => {
    const x = (categories: string[]) => {
      const svg = renderChartSvg({ kind: 'line', title: 't', unit: '', categoryLabel: 'c', categories, series: [{ name: 's', values: categories.map(() => 1) }] });
      return attr(svg, 'circle', 'cx')[0];
    };
    expect([x(['1月', '2月']), x(['第一季度', '第二季度'])]).toEqual(['7.96%', '18.39%']);
  });
});

describe('renderChartSvg: many columns', () => {
  it('labels every n-th column and leaves the values to the table when there are more than six', () => {
    const categories = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const svg = renderChartSvg({ kind: 'column', title: 't', unit: '', categoryLabel: '月份', categories, series: [{ name: 's', values: categories.map((_, i) => i) }] });
    expect(texts(svg, '.chart-label')).toEqual(['1月', '3月', '5月', '7月', '9月', '11月']);
    expect(texts(svg, '.chart-value')).toEqual([]);
  });
});
