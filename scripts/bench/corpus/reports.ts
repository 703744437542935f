import { toMarkdown } from './front-matter.ts';
import { GOALS, SHORTCOMINGS, TASKS, VERBS } from './phrases.ts';
import type { Place } from './places.ts';
import {
  describeYear, mannerSentence, outlineParagraph, plainParagraph, planParagraph, planSentence, resultSentence,
  toNumeral, type ProseContext,
} from './prose.ts';
import type { Random } from './random.ts';

/** Which meeting or occasion a report is for; decides title, slug and outline. */
export type ReportKind = 'zhiwei' | 'changwei' | 'zongjie' | 'county' | 'theme';

/** Everything a report needs from the corpus around it. */
export interface ReportInput {
  kind: ReportKind;
  date: Date;
  /** Federation term (届) and session (次) for 执委/常委 meetings, or congress number for counties. */
  term: number;
  session: number;
  chair: string;
  county: Place;
  context: ProseContext;
}

/** A generated report file. */
export interface GeneratedReport {
  slugStem: string;
  title: string;
  body: string;
  fields: Record<string, string | Date | readonly string[]>;
}

type PartKind = 'review' | 'shortcomings' | 'plan' | 'self';

const HEADINGS: Record<PartKind, (year: number) => string> = {
  review: (year) => `${year}年工作回顾`,
  shortcomings: () => '清醒认识存在的困难和不足',
  plan: (year) => `${year + 1}年工作安排`,
  self: () => '切实加强工商联自身建设',
};
const WEIGHTS: Record<PartKind, number> = { review: 0.5, shortcomings: 0.05, plan: 0.3, self: 0.15 };

function describeMeeting(input: ReportInput): { title: string; meeting: string; slugStem: string; speaker: string } {
  const { kind, term, session, chair, county, context } = input;
  const termSession = `${toNumeral(term)}届${toNumeral(session)}次`;
  if (kind === 'zhiwei' || kind === 'changwei') {
    const body = kind === 'zhiwei' ? '执委会议' : '常委会议';
    return { title: `在市工商联${termSession}${body}上的工作报告`, meeting: `第${termSession}${body}`, slugStem: `${kind}-${term}-${session}`, speaker: `主席 ${chair}` };
  }
  if (kind === 'county') {
    const congress = `${county.name}工商联第${toNumeral(term)}次会员代表大会`;
    return { title: `在${congress}上的工作报告`, meeting: congress, slugStem: `${county.pinyin}-daibiao-${term}`, speaker: `${county.name}工商联主席 ${chair}` };
  }
  if (kind === 'theme') {
    const theme = context.themes[session % Math.max(context.themes.length, 1)];
    const name = theme?.name ?? '民营经济发展';
    return { title: `关于${context.year}年“${name}”工作情况的报告`, meeting: '市工商联主席办公会议', slugStem: `guanyu-${theme?.pinyin ?? 'minying-jingji'}`, speaker: `主席 ${chair}` };
  }
  return { title: `锦川市工商联${context.year}年工作总结和${context.year + 1}年工作要点`, meeting: '市工商联年度工作会议', slugStem: 'nianzhong-zongjie', speaker: `主席 ${chair}` };
}

function writePart(random: Random, kind: PartKind, quota: number, context: ProseContext): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  const add = (text: string): void => {
    paragraphs.push(text);
    length += text.length;
  };
  if (kind === 'shortcomings') {
    add(`在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足：${random.sample(SHORTCOMINGS, 3).join('；')}。对这些问题，我们将在今后的工作中认真加以解决。`);
    return paragraphs;
  }
  if (kind === 'review') add(`${context.year}年是${describeYear(context.year)}。一年来，${mannerSentence(random)}，${resultSentence(random)}。`);
  if (kind === 'plan') add(`${context.year + 1}年工作的总体要求是：${mannerSentence(random)}，${planSentence(random)}。`);
  for (let index = 1; length < quota || index <= 2; index++) {
    if (kind === 'review') add(outlineParagraph(random, index, context));
    else if (kind === 'plan') add(random.chance(0.7) ? planParagraph(random, index) : `${index}．${random.pick(VERBS)}${random.pick(TASKS)}。${plainParagraph(random, context, random.int(120, 300))}`);
    else {
      add(`${index}．${random.pick(VERBS)}${random.pick(TASKS)}。${planSentence(random)}。`);
      for (let sub = 1; sub <= random.int(0, 3); sub++) add(`（${sub}）${random.pick(VERBS)}${random.pick(TASKS)}。${plainParagraph(random, context, random.int(60, 160))}`);
    }
  }
  return paragraphs;
}

/** Writes one report: `## 一、` parts, `（一）` paragraphs with 一是/二是 points, `1．` and `（1）` items; 5,000–20,000 characters. */
export function generateReport(random: Random, input: ReportInput): GeneratedReport {
  const { context } = input;
  const meta = describeMeeting(input);
  const target = random.int(5000, 16000);
  const kinds: PartKind[] = random.chance(0.6) ? ['review', 'shortcomings', 'plan', 'self'] : ['review', 'plan', 'self'];
  const parts = kinds.map((kind, i) => {
    const paragraphs = writePart(random, kind, target * WEIGHTS[kind], context);
    return `## ${toNumeral(i + 1)}、${HEADINGS[kind](context.year)}\n\n${paragraphs.join('\n\n')}`;
  });
  const opening = `${input.kind === 'county' ? '各位代表' : '各位执委'}、同志们：\n\n现在，我代表${input.kind === 'county' ? '上一届执委会' : '市工商联常委会'}向会议报告工作，请予审议。`;
  const closing = `同志们，新的一年任务艰巨、使命光荣。让我们${random.pick(['团结一心', '凝心聚力', '奋发有为'])}，${random.pick(VERBS)}${random.pick(TASKS)}，为推动${random.pick(GOALS)}作出新的更大贡献！`;
  const tags = context.themes.length > 0 ? random.sample(context.themes, 2).map((t) => t.name) : [];
  return {
    slugStem: meta.slugStem,
    title: meta.title,
    body: [opening, ...parts, closing].join('\n\n'),
    fields: {
      title: meta.title,
      date: input.date,
      summary: `${meta.speaker.split(' ').pop() ?? ''}在${meta.meeting}上回顾${context.year}年工作，部署${context.year + 1}年任务。`,
      meeting: meta.meeting,
      speaker: meta.speaker,
      ...(input.kind === 'county' ? { organisation: `${input.county.name}工商业联合会` } : {}),
      tags,
    },
  };
}

/** The Markdown file of a generated report (its slug comes from the file name). */
export function renderReport(report: GeneratedReport): string {
  return toMarkdown(report.fields, report.body);
}
