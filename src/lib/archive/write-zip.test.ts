import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fromBuffer, type Entry } from 'yauzl';
import { writeZip, zipTimestamp, type ZipEntry } from './write-zip.ts';

const text = (s: string) => new TextEncoder().encode(s);
const entries: ZipEntry[] = [
  { path: '锦川工商联-2024/sources/reports/2024/changwei.md', data: text('---\ntitle: 在市工商联常委会议上的工作报告\n---\n各位常委：\n') },
  { path: '锦川工商联-2024/index.html', data: text('<!doctype html><title>2024年度归档</title>') },
  { path: '锦川工商联-2024/年度汇编.pdf', data: text('%PDF-1.4\n') },
];

function listEntries(zip: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const found: Entry[] = [];
      file.on('entry', (entry: Entry) => {
        found.push(entry);
        file.readEntry();
      });
      file.on('end', () => resolve(found));
      file.readEntry();
    });
  });
}

const originalTz = process.env['TZ'];
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('writeZip', () => {
  it('stores entries sorted by path whatever order they come in', async () => {
    const names = (await listEntries(await writeZip(entries, '2024-08-20'))).map((e) => e.fileName);
    expect(names).toEqual(['锦川工商联-2024/index.html', '锦川工商联-2024/sources/reports/2024/changwei.md', '锦川工商联-2024/年度汇编.pdf']);
  });

  it('stamps every entry with the given day and carries no extra time fields', async () => {
    const found = await listEntries(await writeZip(entries, '2024-08-20'));
    expect(found.map((e) => [e.lastModFileDate, e.lastModFileTime, e.extraFieldLength])).toEqual([
      [((2024 - 1980) << 9) | (8 << 5) | 20, 0, 0],
      [((2024 - 1980) << 9) | (8 << 5) | 20, 0, 0],
      [((2024 - 1980) << 9) | (8 << 5) | 20, 0, 0],
    ]);
  });

  it('gives the same bytes twice, and in another time zone', async () => {
    const hash = async () => createHash('sha256').update(await writeZip(entries, '2024-08-20')).digest('hex');
    process.env['TZ'] = 'Asia/Shanghai';
    const shanghai = await hash();
    process.env['TZ'] = 'America/Los_Angeles';
    expect(await hash()).toBe(shanghai);
    expect(await hash()).toBe(shanghai);
  });

  it('refuses two files with the same path', async () => {
    await expect(writeZip([...entries, entries[0]!], '2024-08-20')).rejects.toThrow('归档包里有两个同名文件：锦川工商联-2024/sources/reports/2024/changwei.md');
  });
});

describe('zipTimestamp', () => {
  it('reads as midnight of the day on the local clock', () => {
    const date = zipTimestamp('2023-11-02');
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([2023, 11, 2, 0]);
  });
});
