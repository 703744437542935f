import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { pickSlug } from './slug.ts';

const KINDS = ['reports', 'honors', 'stories'] as const;

/** Reads the YAML front matter of a Markdown file; `{}` when there is none or it does not parse. */
export function readFrontMatter(text: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  try {
    const data: unknown = parse(match[1] ?? '');
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Old URLs that must keep working after a slug change, from each piece's `redirectFrom`.
 * `reports/2024/new.md` with `redirectFrom: [old]` → `{ "/reports/2024/old/": "/reports/2024/new/" }`
 */
export function collectRedirects(contentDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const kind of KINDS) {
    const root = path.join(contentDir, kind);
    let files: string[];
    try {
      files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const data = readFrontMatter(readFileSync(path.join(root, file), 'utf8'));
      const old = Array.isArray(data['redirectFrom']) ? data['redirectFrom'].map(String) : [];
      if (old.length === 0) continue;
      const folder = file.split(/[\\/]/)[0] ?? '';
      const slug = pickSlug(file, typeof data['slug'] === 'string' ? data['slug'] : undefined, String(data['title'] ?? ''));
      for (const from of old) redirects[`/${kind}/${folder}/${from}/`] = `/${kind}/${folder}/${slug}/`;
    }
  }
  return redirects;
}
