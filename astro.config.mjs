// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import archives from './src/integrations/archives.ts';
import contentCheck from './src/integrations/content-check.ts';
import headers from './src/integrations/headers.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import rareGlyphs from './src/integrations/rare-glyphs.ts';
import shareImages from './src/integrations/share-images.ts';
import { contentDir, renderCacheDir } from './src/lib/paths.ts';
import { collectRedirects } from './src/lib/redirects.ts';
import { remarkOutline } from './src/lib/remark-outline.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

const site = loadSiteConfig(contentDir);
// Astro caches rendered Markdown and clears that cache only when this config changes; putting the
// outline plugin's own source into its options makes an edit to the plugin re-render every report.
const outlineRevision = createHash('sha256')
  .update(['remark-outline', 'outline', 'mdast-text'].map((f) => readFileSync(new URL(`./src/lib/${f}.ts`, import.meta.url), 'utf8')).join('\n'))
  .digest('hex')
  .slice(0, 16);
const redirectPages = new Set(Object.keys(collectRedirects(contentDir)).map((from) => new URL(from, site.baseUrl).href));

export default defineConfig({
  site: site.baseUrl,
  // GSL_OUT_DIR lets tests, benchmarks and the atomic build write somewhere other than dist/.
  outDir: process.env.GSL_OUT_DIR ?? './dist',
  cacheDir: `./${renderCacheDir()}`,
  trailingSlash: 'always',
  // Four pages at a time overlap rendering with writing files: large benchmark site, page phase 12.1 s → 10.3 s.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  markdown: {
    // unified, not Astro 7's default Sätteri: our outline plugin is a remark plugin (see README).
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [[remarkOutline, { revision: outlineRevision }]] }),
  },
  integrations: [
    contentCheck(),
    mdx(),
    shareImages(),
    rareGlyphs(),
    pagefindIndex(),
    archives(),
    headers(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !/\/archives\/\d{4}\/compilation\/$/.test(page) && !redirectPages.has(page) }),
  ],
});
