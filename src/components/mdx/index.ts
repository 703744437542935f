import type { ComponentName } from '../../lib/mdx-components.ts';
import Chart from './Chart.astro';
import Figure from './Figure.astro';
import Note from './Note.astro';

/** The Astro component behind each name editors may use in `.mdx` (the names and their props: src/lib/mdx-components.ts). */
export const mdxComponents = { Note, Figure, Chart } satisfies Record<ComponentName, unknown>;
