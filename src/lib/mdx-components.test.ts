import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentSpec, isComponentName, MDX_COMPONENTS } from './mdx-components.ts';

describe('MDX_COMPONENTS', () => {
  it('knows our components by their exact names only', () => {
    expect(['Note', 'Figure', 'note', 'Fragment', 'constructor', 'toString'].map(isComponentName)).toEqual([true, true, false, false, false, false]);
  });

  it('gives each component its props and types', () => {
    expect(componentSpec('Figure').props).toEqual({ caption: { type: 'text', required: true } });
    expect(componentSpec('Note').props['tone']).toEqual({ type: 'choice', values: ['提示', '注意'], required: false });
  });

  it('is documented in the editors’ guide, one example per component', () => {
    const guide = readFileSync('docs/编辑指南.md', 'utf8');
    for (const name of Object.keys(MDX_COMPONENTS)) expect(guide).toContain(`<${name} `);
  });
});
