import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocx, importText } from './index.ts';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/import/sample-shaped.txt'), 'utf8');
const sample = importText(fixture, { kind: 'report', year: 2023, sourceName: 'sample-shaped.txt' });

describe('importText on a sample-shaped report', () => {
  it('writes the file into the year folder with a pinyin slug', () => {
    expect(sample.rel).toBe('reports/2023/zai-shi-gong-shang-lian-x-jie-x-ci-zhi-wei-hui-yi-shang-de.md');
  });

  it('detects the title and the meeting, placeholders kept', () => {
    expect(sample.meta).toMatchObject({ title: '在市工商联X届X次执委会议上的工作报告', meeting: 'X届X次执委会议' });
  });

  it('matches the document’s parts and sections', () => {
    expect(sample.outline).toEqual([
      '## 一、2023年工作回顾',
      '### （一）思想引领不断加强。',
      '### （二）服务发展成效明显。',
      '#### 1．搭建融资服务平台。',
      '##### （1）推动首贷续贷。',
      '## 二、2024年工作安排',
      '### （一）深化理想信念教育',
    ]);
  });

  it('removes every advert line and lists it', () => {
    expect(sample.removed.map((r) => `${r.line} ${r.text}`)).toEqual([
      '1 仅供学习 禁止外传',
      '2 青简文档',
      '3 每日更新、随时下载',
      '4 【打击倒卖活动】',
      '5 会员群：          免费QQ群：',
      '10 青简文档整理，咨询QQ300400500',
      '24 青简文档整理，咨询QQ300400500',
    ]);
  });

  it('leaves no advert in the output', () => {
    expect(sample.text).not.toMatch(/QQ|青简|会员群|仅供学习/);
  });

  it('keeps placeholders and reports them with their new line numbers', () => {
    expect(sample.findings.filter((f) => f.code === 'placeholder').map((f) => `${f.line}:${f.message}`)).toEqual([
      '3:未填写的占位符“X”（本行共 2 处），请填上实际内容',
      '6:未填写的占位符“X”（本行共 2 处），请填上实际内容',
      '30:未填写的占位符“×”（本行共 2 处），请填上实际内容',
      '34:未填写的占位符“×”（本行共 2 处），请填上实际内容',
      '48:未填写的占位符“×”，请填上实际内容',
    ]);
  });

  it('leaves the fields it could not detect empty so the checker flags them', () => {
    expect(sample.text).toContain('date: ""  # 必填，请填写');
  });
});

describe('importText without a year', () => {
  it('refuses in Chinese when no date can be found', () => {
    expect(() => importText('工作报告\n一、回顾', { kind: 'report', sourceName: 'a.txt' })).toThrow(new ImportError('没有在 a.txt 的开头找到日期，无法判断年份；请加上 --year，例如 --year 2019'));
  });
});

async function buildDocx(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '在锦川市工商联十届三次执委会议上的工作报告', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph('——2024年1月18日在锦川市工商联十届三次执委会议上'),
          new Paragraph('各位执委、同志们：'),
          new Paragraph({ children: [new TextRun({ text: '一、2023年工作回顾', bold: true })] }),
          new Paragraph('（一）服务平台不断完善。全年举办银企对接会4场。'),
          new Table({ rows: [new TableRow({ children: [cell('名称'), cell('金额（亿元）')] }), new TableRow({ children: [cell('锦川华瑞药业股份有限公司'), cell('1.2')] })] }),
          new Paragraph('二、2024年工作安排'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('importDocx', async () => {
  const result = await importDocx(await buildDocx(), { kind: 'report', sourceName: 'baogao.docx' });

  it('takes the year and date from the subtitle', () => {
    expect([result.rel, result.meta.date]).toEqual(['reports/2024/zai-jin-chuan-shi-gong-shang-lian-shi-jie-san-ci-zhi-wei-hui.md', '2024-01-18']);
  });

  it('keeps the headings of the Word document', () => {
    expect(result.outline).toEqual(['## 一、2023年工作回顾', '### （一）服务平台不断完善。', '## 二、2024年工作安排']);
  });

  it('keeps the table as a GFM table', () => {
    expect(result.text).toContain('| 名称 | 金额（亿元） |\n| --- | --- |\n| 锦川华瑞药业股份有限公司 | 1.2 |');
  });
});
