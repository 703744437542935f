import { CHART_KIND_NAMES } from './charts/chart-data.ts';

/**
 * The components editors may use in `.mdx` files, with the props each takes. The MDX rules (mdx-policy.ts) allow
 * nothing else; src/components/mdx/index.ts maps each name to its Astro component, and the editors' guide lists them.
 */

/** One prop: plain text, or one of a few fixed words. */
export type PropSpec = { type: 'text'; required: boolean } | { type: 'choice'; values: readonly string[]; required: boolean };

/** One component: its props, and whether it stands alone as a block (`flow`) or may sit inside a sentence. */
export interface ComponentSpec {
  block: boolean;
  props: Readonly<Record<string, PropSpec>>;
}

/** Every component editors may write, by name: `<Note title="办理提示">…</Note>`, `<Figure caption="…">![说明](./a.jpg)</Figure>`. */
export const MDX_COMPONENTS = {
  /** A boxed note: `<Note title="办理提示" tone="注意">…</Note>`. */
  Note: {
    block: true,
    props: { title: { type: 'text', required: false }, tone: { type: 'choice', values: ['提示', '注意'], required: false } },
  },
  /** An image (Markdown inside) with a caption under it: `<Figure caption="2024年6月，冷链车开进山村">![冷链车](./a.jpg)</Figure>`. */
  Figure: {
    block: true,
    props: { caption: { type: 'text', required: true } },
  },
  /**
   * A bar, column or line chart drawn at build time from the table inside it (or a CSV file beside the report), with
   * its data table for screen readers: `<Chart type="条形图" title="各区县新增会员企业" unit="家">| 区县 | 企业 |…</Chart>`.
   */
  Chart: {
    block: true,
    props: {
      type: { type: 'choice', values: CHART_KIND_NAMES, required: true },
      title: { type: 'text', required: true },
      unit: { type: 'text', required: true },
      src: { type: 'text', required: false },
      caption: { type: 'text', required: false },
    },
  },
} as const satisfies Record<string, ComponentSpec>;

/** A name editors may use as a component. */
export type ComponentName = keyof typeof MDX_COMPONENTS;

/** Whether a JSX name is one of ours: `"Note"` → true; `"Fragment"`, `"note"` → false. */
export function isComponentName(name: string | null | undefined): name is ComponentName {
  return typeof name === 'string' && Object.hasOwn(MDX_COMPONENTS, name);
}

/** The spec of a component, for checking its props: `"Figure"` → `{ block: true, props: { caption: … } }`. */
export function componentSpec(name: ComponentName): ComponentSpec {
  return MDX_COMPONENTS[name];
}
