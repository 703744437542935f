import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions } from './front-matter.ts';
import { checkEventYears, eventLinks } from './events.ts';
import { checkContentTree } from './index.ts';

async function checkWith(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'gsl-events-'));
  const content = path.join(root, 'content');
  cpSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/checks/clean'), content, { recursive: true });
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
    writeFileSync(path.join(content, rel), data);
  }
  return (await checkContentTree(content, { cwd: root })).map((f) => `${f.file}:${f.line}:${f.column} ${f.level} ${f.code} ${f.message}`);
}

const events = (items: string) => `events:\n${items}`;

describe('eventLinks', () => {
  it('makes each link a link node at its line, for the link checks', () => {
    const yaml = parseYamlWithPositions(events('  - date: 2024-03-01\n    title: 甲\n    link: /reports/2024/x/\n'), 1);
    expect(eventLinks(yaml)).toEqual([expect.objectContaining({ type: 'link', url: '/reports/2024/x/', position: expect.objectContaining({ start: { line: 4, column: 11 } }) })]);
  });
});

describe('checkEventYears', () => {
  it('refuses an event dated in another year than its file, at its date', () => {
    const yaml = parseYamlWithPositions(events('  - date: 2024-03-01\n    title: 甲\n  - date: 2023-12-31\n    title: 乙\n'), 1);
    expect(checkEventYears(yaml, 2024, 'events/2024.yaml')).toEqual([expect.objectContaining({ line: 4, column: 11, code: 'event-year', message: expect.stringContaining('应当写在 events/2023.yaml 里') })]);
  });
});

describe('events files in the checker', () => {
  it('passes a year’s events with a link to a published page', async () => {
    expect(await checkWith({ 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 启动营商环境评价\n    link: /reports/2024/zhiwei-2024/\n') })).toEqual([]);
  });

  it('refuses a link to a page that does not exist, and a missing title, each at its line', async () => {
    const found = await checkWith({ 'events/2024.yaml': events('  - date: 2024-03-01\n    link: /reports/2024/nope/\n') });
    expect(found).toEqual([
      expect.stringMatching(/^content\/events\/2024\.yaml:2:1 error field-missing 缺少必填字段“title”（事件）/),
      expect.stringMatching(/^content\/events\/2024\.yaml:3:11 error broken-link 站内链接 \/reports\/2024\/nope\/ 指向的页面不存在/),
    ]);
  });

  it('refuses a file not named after its year', async () => {
    expect(await checkWith({ 'events/dashiji.yaml': events('  - date: 2024-03-01\n    title: 甲\n') })).toEqual([
      expect.stringMatching(/^content\/events\/dashiji\.yaml:1:1 error event-file-name /),
    ]);
  });

  it('warns that a year without pieces has no page to show its events', async () => {
    expect(await checkWith({ 'events/2021.yaml': events('  - date: 2021-03-01\n    title: 甲\n') })).toEqual([
      expect.stringMatching(/^content\/events\/2021\.yaml:1:1 warning event-no-year 2021 年还没有已发布的/),
    ]);
  });

  it('finds an ID number in an event title', async () => {
    expect(await checkWith({ 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 表彰周明远（11010519491231002X）\n') })).toEqual([
      expect.stringMatching(/^content\/events\/2024\.yaml:3:18 error personal-id .*110\*{11}002X/),
    ]);
  });
});
