import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readContentData } from './lib/checks/front-matter.ts';
import { contentGlob } from './lib/content-extensions.ts';
import { enterpriseSchema, eventsSchema, honorSchema, reportSchema, storySchema } from './lib/content-schemas.ts';
import { contentDir } from './lib/paths.ts';
import { placePiece } from './lib/place-piece.ts';
import { buildTime } from './lib/publish.ts';
import { keepPublished } from './lib/published-store.ts';
import type { PieceFolder } from './lib/urls.ts';

/**
 * Astro's glob loader over one folder of content/, with two changes that keep the build equal to the checker:
 * front matter is read by our own YAML reader (what the checker read, every scalar as written: a date without a zone
 * is Beijing time, `title: 1.10` stays "1.10"), and a production build stores only published pieces (so a draft's
 * images and MDX never enter it). Dated pieces get the id `placePiece` gives them: `<year>/<slug>`.
 * `retainBody: false`: the data store (bundled whole into the build) keeps the rendered HTML, not the Markdown.
 */
function editorFiles(folder: PieceFolder | 'enterprises' | 'events', pattern: string): Loader {
  const base = `${contentDir}/${folder}`;
  const format = folder === 'enterprises' || folder === 'events' ? 'yaml' : 'markdown';
  const read = (file: string) => readContentData(readFileSync(file, 'utf8'), format);
  const inner = glob({
    pattern,
    base,
    retainBody: false,
    ...(folder === 'enterprises' || folder === 'events' ? {} : { generateId: ({ entry }) => placePiece(folder, entry, read(path.resolve(base, entry))).id }),
  });
  return {
    name: 'gsl-editor-files',
    load: (context) =>
      inner.load({
        ...context,
        parseData: <Data extends Record<string, unknown>>(props: { id: string; data: Data; filePath?: string }) =>
          context.parseData({ ...props, data: props.filePath ? (read(props.filePath) as Data) : props.data }),
        store: import.meta.env.PROD ? keepPublished(context.store, buildTime()) : context.store,
      }),
  };
}

const reports = defineCollection({ loader: editorFiles('reports', contentGlob('report')), schema: reportSchema });
const honors = defineCollection({ loader: editorFiles('honors', contentGlob('honor')), schema: honorSchema });
const stories = defineCollection({ loader: editorFiles('stories', contentGlob('story')), schema: ({ image }) => storySchema(image()) });
const enterprises = defineCollection({ loader: editorFiles('enterprises', contentGlob('enterprise')), schema: enterpriseSchema });

// 大事记: one file per year, `events/<year>.yaml`, whose id is the year.
const events = defineCollection({ loader: editorFiles('events', contentGlob('event')), schema: eventsSchema });

export const collections = { reports, honors, stories, enterprises, events };
