import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentGlob } from './lib/content-extensions.ts';
import { enterpriseSchema, honorSchema, reportSchema, storySchema } from './lib/content-schemas.ts';
import { contentDir } from './lib/paths.ts';
import { pickSlug } from './lib/slug.ts';

/** Entry ids are `<year folder>/<slug>`, so URLs stay `/reports/2024/<slug>/` whatever the file is called. */
function yearSlugId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const folder = entry.split('/')[0] ?? '';
  const slug = pickSlug(entry, typeof data['slug'] === 'string' ? data['slug'] : undefined, String(data['title'] ?? entry));
  return `${folder}/${slug}`;
}

// `retainBody: false`: the data store (bundled whole into the build) keeps the rendered HTML but not the
// Markdown; src/content.ts reads the bodies it needs from the files.
const reports = defineCollection({
  loader: glob({ pattern: contentGlob('report'), base: `${contentDir}/reports`, generateId: yearSlugId, retainBody: false }),
  schema: reportSchema,
});

const honors = defineCollection({
  loader: glob({ pattern: contentGlob('honor'), base: `${contentDir}/honors`, generateId: yearSlugId, retainBody: false }),
  schema: honorSchema,
});

const stories = defineCollection({
  loader: glob({ pattern: contentGlob('story'), base: `${contentDir}/stories`, generateId: yearSlugId, retainBody: false }),
  schema: ({ image }) => storySchema(image()),
});

const enterprises = defineCollection({
  loader: glob({ pattern: contentGlob('enterprise'), base: `${contentDir}/enterprises` }),
  schema: enterpriseSchema,
});

export const collections = { reports, honors, stories, enterprises };
