import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLegacy, encodeUtf16 } from '../tests/support/encode-legacy.ts';

const root = path.resolve(import.meta.dirname, '..');
const content = mkdtempSync(path.join(tmpdir(), 'gsl-import-'));
const sources = mkdtempSync(path.join(tmpdir(), 'gsl-import-sources-'));
cpSync(path.join(root, 'tests/fixtures/checks/clean/site.yaml'), path.join(content, 'site.yaml'));
const env = { ...process.env, GSL_CONTENT_DIR: content };
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', env });
const fixture = 'tests/fixtures/import/sample-shaped.txt';
const target = path.join(content, 'reports/2023/zai-shi-gong-shang-lian-x-jie-x-ci-zhi-wei-hui-yi-shang-de.md');
const first = run('import', fixture, '--type', 'report', '--year', '2023');

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(sources, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('writes the report into the year folder of the content tree', () => {
    expect([first.status, first.stdout.split('\n')[0]]).toEqual([0, `已导入：${target}`]);
  });

  it('lists the removed advert lines with their original line numbers', () => {
    expect(first.stdout).toContain('已删除 7 行（原文件中的位置）：\n  第 1 行  标题前的广告或说明  仅供学习 禁止外传');
  });

  it('never overwrites an existing file', () => {
    const again = run('import', fixture, '--type', 'report', '--year', '2023');
    expect([again.status, again.stderr.split('\n')[0]]).toEqual([1, `文件已存在：${target}，没有覆盖。请先改名或删除旧文件，或者在新文件里写不同的 slug。`]);
  });

  it('produces a file the checker flags only for what the editor must fill in', () => {
    const codes = [...run('check').stdout.matchAll(/  (?:错误|警告)  (.*)$/gm)].map((m) => m[1]?.slice(0, 12));
    expect(codes).toEqual([
      '未填写的占位符“X”（本',
      '“date”（日期）不能',
      '“summary”（摘要',
      '未填写的占位符“X”（本',
      '中文句子里用了半角“,”',
      '未填写的占位符“×”（本',
      '未填写的占位符“×”（本',
      '未填写的占位符“×”，请',
    ]);
  });

  it('keeps the sections of the source', () => {
    expect(readFileSync(target, 'utf8')).toContain('### （二）服务发展成效明显。\n\n组织×家企业参加银企对接活动');
  });

  it('converts a GB18030 (GBK) text file itself, says so, and writes the same report as from UTF-8', () => {
    const source = readFileSync(fixture, 'utf8').replace('X届X次', '十届三次');
    const gbk = path.join(sources, 'gbk-report.txt');
    writeFileSync(gbk, encodeLegacy(source, 'gb18030'));
    const result = run('import', gbk, '--type', 'report', '--year', '2022');
    const written = result.stdout.split('\n')[0]!.replace('已导入：', '');
    expect(result.stdout.split('\n')[1]).toBe('原文件是 GB18030（GBK） 编码，已转换为 UTF-8');
    expect(readFileSync(written, 'utf8')).toContain('十届三次执委会议');
  });

  it('converts a UTF-16 text file saved as “Unicode”', () => {
    const utf16 = path.join(sources, 'unicode-report.txt');
    writeFileSync(utf16, encodeUtf16(readFileSync(fixture, 'utf8').replace('X届X次', '十届四次'), 'le'));
    const result = run('import', utf16, '--type', 'report', '--year', '2021');
    expect([result.status, result.stdout.split('\n')[1]]).toEqual([0, '原文件是 UTF-16（Unicode） 编码，已转换为 UTF-8']);
  });

  it('refuses an old .doc file in Chinese', () => {
    expect(run('import', 'baogao.doc', '--type', 'report').stderr).toBe('旧的 .doc 文件不能直接导入，请在 Word 里“另存为” .docx 后再导入\n');
  });

  it('refuses an unknown --type', () => {
    expect(run('import', fixture, '--type', 'news').status).toBe(2);
  });
});

describe('npm run new', () => {
  it('creates a story in today’s year folder and says where', () => {
    const result = run('new', 'story', '云雾茶业带动六村增收');
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    expect(result.stdout.split('\n')[0]).toBe(`已创建企业故事：${path.join(content, `stories/${year}/yun-wu-cha-ye-dai-dong-liu-cun-zeng-shou.md`)}`);
  });

  it('explains the usage when the kind is unknown', () => {
    const result = run('new', 'news', '标题');
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, '不认识的内容类型“news”']);
  });
});
