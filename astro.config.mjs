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
import { isIndexablePage } from './src/lib/indexable.ts';
import { remarkOutline } from './src/lib/remark-outline.ts';
import { rehypeSafeHtml } from './src/lib/rehype-safe-html.ts';
import { remarkMdxGuard } from './src/lib/remark-mdx-guard.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

const site = loadSiteConfig(contentDir);
// Astro caches rendered Markdown and clears that cache only when this config changes; putting the
// outline plugin's own source into its options makes an edit to the plugin re-render every report.
const outlineRevision = createHash('sha256')
  .update(['remark-outline', 'outline', 'mdast-text'].map((f) => readFileSync(new URL(`./src/lib/${f}.ts`, import.meta.url), 'utf8')).join('\n'))
  .digest('hex')
  .slice(0, 16);
const outDir = process.env.GSL_OUT_DIR ?? './dist';
// The same for the HTML policy and the MDX rules: a changed allowlist re-renders every page.
const safetyRevision = createHash('sha256')
  .update(['html-policy', 'markdown-hast', 'mdx-hast', 'mdx-components', 'mdx-policy', 'rehype-safe-html', 'checks/unsafe'].map((f) => readFileSync(new URL(`./src/lib/${f}.ts`, import.meta.url), 'utf8')).join('\n'))
  .update(readFileSync(new URL('./node_modules/hast-util-sanitize/package.json', import.meta.url)))
  .digest('hex')
  .slice(0, 16);

export default defineConfig({
  site: site.baseUrl,
  // GSL_OUT_DIR lets tests, benchmarks and the atomic build write somewhere other than dist/.
  outDir,
  cacheDir: `./${renderCacheDir()}`,
  trailingSlash: 'always',
  // Four pages at a time overlap rendering with writing files: large benchmark site, page phase 12.1 s → 10.3 s.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  markdown: {
    // unified, not Astro 7's default Sätteri: our outline plugin is a remark plugin (see README).
    // rehypeSafeHtml: raw HTML through the one allowlist (html-policy.ts); remarkMdxGuard refuses code in .mdx. MDX inherits both.
    processor: unified({
      gfm: true,
      smartypants: false,
      remarkPlugins: [[remarkMdxGuard, { revision: safetyRevision }], [remarkOutline, { revision: outlineRevision }]],
      rehypePlugins: [[rehypeSafeHtml, { revision: safetyRevision }]],
    }),
  },
  integrations: [
    contentCheck(),
    mdx(),
    shareImages(),
    rareGlyphs(),
    pagefindIndex(),
    archives(),
    headers(),
    // Pages that ask search engines not to index them (404, redirects, the print-only compilation) stay out.
    sitemap({ filter: (page) => isIndexablePage(outDir, page) }),
  ],
});
