// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
import { isIndexablePage } from './src/lib/indexable.ts';
import { remarkOutline } from './src/lib/remark-outline.ts';
import { rehypeSafeHtml } from './src/lib/rehype-safe-html.ts';
import { rehypeTableCards } from './src/lib/rehype-table-cards.ts';
import { remarkMdxGuard } from './src/lib/remark-mdx-guard.ts';
import { remarkChart } from './src/lib/remark-chart.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { codeFingerprint } from './src/lib/source-fingerprint.ts';

const site = loadSiteConfig(contentDir);
// Astro caches rendered Markdown and clears that cache only when this config changes: the code fingerprint of our
// Markdown plugins (the outline, the HTML policy, the MDX guard and what they import) and of every package, put into
// the plugins' options, makes a change to any of them re-render every page.
const markdownRevision = codeFingerprint({
  root: fileURLToPath(new URL('.', import.meta.url)),
  modules: ['remark-outline', 'rehype-safe-html', 'remark-mdx-guard', 'remark-chart', 'rehype-table-cards'].map((f) => fileURLToPath(new URL(`./src/lib/${f}.ts`, import.meta.url))),
  extra: [readFileSync(new URL('./package-lock.json', import.meta.url))],
}).slice(0, 16);
const outDir = process.env.GSL_OUT_DIR ?? './dist';
// Pagefind indexes the pages while the year bundles are made: `start` reads the pages, `finish` waits for the index.
const search = pagefindIndex();

export default defineConfig({
  site: site.baseUrl,
  // GSL_OUT_DIR lets tests, benchmarks and the atomic build write somewhere other than dist/.
  outDir,
  cacheDir: `./${renderCacheDir()}`,
  trailingSlash: 'always',
  // Four pages at a time overlap rendering with writing files: large benchmark site, page phase 12.1 s → 10.3 s.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Pages whose cacheKey (src/cache-keys.ts) and code are unchanged are copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // Astro inlines a small script that imports nothing; the Content-Security-Policy (script-src 'self') forbids inline
  // scripts, so every script stays a file. Other assets keep Vite's own limit.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  markdown: {
    // unified, not Astro 7's default Sätteri: our outline plugin is a remark plugin (see README).
    // rehypeSafeHtml: raw HTML through the one allowlist (html-policy.ts); remarkMdxGuard refuses code in .mdx. MDX inherits both.
    processor: unified({
      gfm: true,
      smartypants: false,
      remarkPlugins: [[remarkMdxGuard, { revision: markdownRevision }], [remarkChart, { revision: markdownRevision }], [remarkOutline, { revision: markdownRevision }]],
      // rehypeTableCards runs after the policy: it wraps tables and labels their cells for the phone's card layout.
      rehypePlugins: [
        [rehypeSafeHtml, { revision: markdownRevision }],
        [rehypeTableCards, { revision: markdownRevision }],
      ],
    }),
  },
  integrations: [
    contentCheck(),
    mdx(),
    shareImages(),
    rareGlyphs(),
    search.start,
    archives(),
    search.finish,
    headers(),
    // Pages that ask search engines not to index them (404, redirects, the print-only compilation) stay out.
    sitemap({ filter: (page) => isIndexablePage(outDir, page) }),
  ],
});
