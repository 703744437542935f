import type { Enterprise } from './enterprises.ts';
import { toMarkdown } from './front-matter.ts';
import { personName } from './people.ts';
import { CITY, VILLAGE_PARTS, type Place } from './places.ts';
import type { Theme } from './phrases.ts';
import type { Random } from './random.ts';

/** Everything an honour list needs from the corpus around it. */
export interface HonorInput {
  date: Date;
  /** Sequence number within the year, used in the document number 锦工商联〔2019〕12号. */
  sequence: number;
  theme: Theme | undefined;
  /** Enterprises eligible to be honoured; some rows name them exactly. */
  enterprises: readonly Enterprise[];
  places: readonly Place[];
}

/** A generated honour list. */
export interface GeneratedHonor {
  slugStem: string;
  title: string;
  /** Full names of the corpus enterprises listed, in table order. */
  honouredEnterprises: string[];
  rowCount: number;
  body: string;
  fields: Record<string, string | Date | readonly string[]>;
}

const NOTES: readonly string[] = ['', '', '', '连续两年获评', '会员企业', '副会长单位', '常务理事单位'];

function tableOf(rows: readonly (readonly [string, string, string, string])[], nameColumn: '名称' | '姓名' = '名称'): string {
  const lines = rows.map((cells) => `| ${cells.join(' | ')} |`);
  return [`| ${nameColumn} | 类别 | 地区 | 备注 |`, '| --- | --- | --- | --- |', ...lines].join('\n');
}

function villageNote(random: Random): string {
  return `帮扶${random.pick(VILLAGE_PARTS)}村`;
}

/**
 * Writes one honour list: an intro, then `## 先进民营企业`, `## 先进个人` and sometimes `## 先进县级工商联`,
 * each a table `| 名称 | 类别 | 地区 | 备注 |` (people's `| 姓名 | …`); 15–85 rows in all, about 50 on average.
 */
export function generateHonor(random: Random, input: HonorInput): GeneratedHonor {
  const year = input.date.getUTCFullYear();
  const programme = input.theme ? `“${input.theme.name}”` : '民营经济发展';
  const title = `关于表彰${year}年度全市${programme}先进集体和先进个人的决定`;
  const total = random.int(15, 85);
  const countyRows = random.chance(0.5) ? Math.min(input.places.length, random.int(3, 8)) : 0;
  const people = Math.round((total - countyRows) * 0.3);
  const honoured = random.sample(input.enterprises, total - countyRows - people);
  const firms = honoured.length;
  const firmRows = honoured.map((e) => [e.name, e.industry.name, e.county, input.theme?.name === '万企帮万村' ? villageNote(random) : random.pick(NOTES)] as const);
  const personRows = Array.from({ length: people }, () => {
    const employer = random.pick(input.enterprises);
    return [personName(random), '民营企业家', employer.county, `${employer.shortName}${employer.leaderTitle}`] as const;
  });
  const countyTable = random.sample(input.places, countyRows).map((p) => [`${p.name}工商联`, '县级工商联', p.name, ''] as const);
  const sections = [`## 先进民营企业\n\n${tableOf(firmRows)}`, `## 先进个人\n\n${tableOf(personRows, '姓名')}`];
  if (countyTable.length > 0) sections.push(`## 先进县级工商联\n\n${tableOf(countyTable)}`);
  const intro =
    `${year}年，全市广大民营企业和工商联组织${input.theme ? `积极投身${programme}工作` : '坚定发展信心、履行社会责任'}，涌现出一批先进典型。` +
    `为表彰先进、树立典型，经各县（市、区）工商联推荐、市工商联审核并公示，决定对${firms}家企业、${people}名个人${countyRows ? `和${countyRows}个县级工商联` : ''}予以表彰。`;
  const issuers = random.chance(0.3) ? [`中共${CITY.name}委统战部`, `${CITY.name}工商业联合会`] : [`${CITY.name}工商业联合会`];
  return {
    slugStem: `biaozhang-${input.theme?.pinyin ?? 'minying-jingji'}`,
    title,
    honouredEnterprises: honoured.map((e) => e.name),
    rowCount: firms + people + countyRows,
    body: [intro, ...sections].join('\n\n'),
    fields: {
      title,
      date: input.date,
      summary: `表彰${firms}家先进民营企业、${people}名先进个人${countyRows ? `和${countyRows}个先进县级工商联` : ''}。`,
      issuers,
      documentNumber: `锦工商联〔${year}〕${input.sequence + 10}号`,
      tags: input.theme ? [input.theme.name] : [],
    },
  };
}

/** The Markdown file of a generated honour list. */
export function renderHonor(honor: GeneratedHonor): string {
  return toMarkdown(honor.fields, honor.body);
}
