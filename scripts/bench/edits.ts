/** Appends a paragraph to a report, the edit an editor makes most: `appendParagraph('正文。\n')` → `'正文。\n\n（补记）…\n'`. */
export function appendParagraph(markdown: string): string {
  return `${markdown.trimEnd()}\n\n（补记）会后，各县（市、区）工商联结合实际抓好贯彻落实，并于月底前报送落实情况。\n`;
}

/**
 * Renames an enterprise in its YAML, keeping its file (and so its URL):
 * `'name: 锦川华瑞药业有限公司\n'` → `'name: 锦川华瑞药业集团有限公司\n'`; a group company becomes a holding group.
 */
export function renameEnterprise(yaml: string): string {
  const renamed = yaml.replace(
    /^name: (.+?)(股份有限公司|集团有限公司|有限责任公司|有限公司)$/m,
    (_, stem: string, suffix: string) => `name: ${stem}${suffix === '集团有限公司' ? '控股集团有限公司' : '集团有限公司'}`,
  );
  if (renamed === yaml) throw new Error('no enterprise name found to rename');
  return renamed;
}

/** The enterprise slug named by the most stories, so a rename touches as many pages as it can. */
export function mostCitedEnterprise(storyFiles: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of storyFiles) {
    const list = /^enterprises: \[(.*)\]$/m.exec(text)?.[1] ?? '';
    for (const slug of list.split(',').map((s) => s.trim()).filter(Boolean)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
