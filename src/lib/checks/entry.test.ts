import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLegacy, encodeUtf16 } from '../../../tests/support/encode-legacy.ts';
import { loadEntry } from './entry.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const story = '---\ntitle: 绿野农业冷链项目投产\ndate: 2024-03-01\nsummary: 冷链仓库投入使用。\n---\n\n正文第一段。\n';

async function load(name: string, bytes: Uint8Array) {
  mkdirSync(path.join(dir, 'stories/2024'), { recursive: true });
  writeFileSync(path.join(dir, 'stories/2024', name), bytes);
  return loadEntry(dir, { kind: 'story', rel: `stories/2024/${name}`, yearFolder: '2024' });
}

describe('loadEntry', () => {
  it('refuses a GB18030 file with one error at line 1 that names the encoding and the fix', async () => {
    const entry = await load('gbk.md', encodeLegacy(story, 'gb18030'));
    expect(entry.findings).toEqual([
      { line: 1, column: 1, level: 'error', code: 'encoding', message: '文件不是 UTF-8 编码（看起来是 GB18030（GBK）），直接发布会变成乱码；请用记事本或 WPS“另存为”，编码选“UTF-8”，或用 npm run import 转换' },
    ]);
  });

  it('refuses UTF-16 with or without a byte order mark, naming it', async () => {
    const withBom = await load('utf16.md', encodeUtf16(story, 'le'));
    const bigEndian = await load('utf16be.md', encodeUtf16(story, 'be', false));
    expect([withBom.findings[0]?.message, bigEndian.findings[0]?.message].map((m) => m?.match(/看起来是 (.+?)）/)?.[1])).toEqual(['UTF-16（Unicode', 'UTF-16 BE（Unicode big endian']);
  });

  it('still gives the refused file its page address, so links to it are not reported as well', async () => {
    expect((await load('lvye.md', encodeLegacy(story, 'gb18030'))).url).toBe('/stories/2024/lvye/');
  });

  it('reads a UTF-8 file as before', async () => {
    const entry = await load('utf8.md', Buffer.from(story));
    expect([entry.findings, entry.data['title']]).toEqual([[], '绿野农业冷链项目投产']);
  });

  it('finds template placeholders and sellers\' watermarks in an enterprise file and a 大事记 file, at their lines', async () => {
    mkdirSync(path.join(dir, 'enterprises'), { recursive: true });
    mkdirSync(path.join(dir, 'events'), { recursive: true });
    writeFileSync(path.join(dir, 'enterprises/lvye.yaml'), 'name: 锦川绿野农业有限公司\ncounty: 白石县\nsummary: 成立于××年，带动×户农户增收\n');
    writeFileSync(path.join(dir, 'events/2024.yaml'), 'events:\n  - date: 2024-03-01\n    title: 启动活动（更多范文请加微信：wenmi_2019）\n');
    const enterprise = await loadEntry(dir, { kind: 'enterprise', rel: 'enterprises/lvye.yaml', yearFolder: '' });
    const events = await loadEntry(dir, { kind: 'event', rel: 'events/2024.yaml', yearFolder: '2024' });
    expect(enterprise.findings.filter((f) => f.code === 'placeholder').map((f) => f.line)).toEqual([3, 3]);
    expect(events.findings.filter((f) => f.code === 'watermark').map((f) => f.line)).toEqual([3]);
  });
});
