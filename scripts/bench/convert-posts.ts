import { parse } from 'yaml';

/** A report or story reduced to what a blog engine needs. */
export interface Post {
  title: string;
  date: string;
  body: string;
}

/**
 * Reads a generated Markdown file into a post: `'---\ntitle: 标题\ndate: 2019-01-18\n---\n\n正文'`
 * → `{ title: '标题', date: '2019-01-18', body: '正文' }`.
 */
export function readPost(markdown: string): Post {
  const match = /^---\n([\s\S]*?)\n---\n+([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no front matter');
  const fields = parse(match[1] ?? '') as Record<string, unknown>;
  const date = fields['date'];
  return {
    title: String(fields['title'] ?? ''),
    date: date instanceof Date ? date.toISOString().slice(0, 10) : String(date ?? ''),
    body: match[2] ?? '',
  };
}

/** Writes a post with only title and date, which Hexo and Hugo both read: `renderPost(post)` → `'---\ntitle: "标题"\n…'`. */
export function renderPost(post: Post): string {
  return `---\ntitle: ${JSON.stringify(post.title)}\ndate: ${post.date}\n---\n\n${post.body}`;
}
