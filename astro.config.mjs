// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/lib/paths.ts';
import { collectRedirects } from './src/lib/redirects.ts';
import { remarkOutline } from './src/lib/remark-outline.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

const site = loadSiteConfig(contentDir);
const redirectPages = new Set(Object.keys(collectRedirects(contentDir)).map((from) => new URL(from, site.baseUrl).href));

export default defineConfig({
  site: site.baseUrl,
  // GSL_OUT_DIR lets tests, benchmarks and the atomic build write somewhere other than dist/.
  outDir: process.env.GSL_OUT_DIR ?? './dist',
  // Each content tree keeps its own render cache, so builds of different trees never share one.
  cacheDir: `./node_modules/.astro/${contentDir.replace(/[^a-zA-Z0-9]+/g, '_')}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // unified, not Astro 7's default Sätteri: our outline plugin is a remark plugin (see README).
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [remarkOutline] }),
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !redirectPages.has(page) }),
  ],
});
