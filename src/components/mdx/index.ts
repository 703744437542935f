import type { ComponentName } from '../../lib/mdx-components.ts';
import Figure from './Figure.astro';
import Note from './Note.astro';

/** The Astro component behind each name editors may use in `.mdx` (the names and their props: src/lib/mdx-components.ts). */
export const mdxComponents = { Note, Figure } satisfies Record<ComponentName, unknown>;
