import {
  AUDIENCES, DEPARTMENTS, EVENTS, FIVE_YEAR_PLANS, GOALS, MANNERS, MEASURES, NUMERALS, PROGRESS,
  RESULT_CHANGES, RESULT_QUALITIES, RESULT_SUBJECTS, TASKS, THEMES, VERBS, type Theme,
} from './phrases.ts';
import type { Random } from './random.ts';

/** What a piece of prose may talk about: its year, the themes current then, enterprises to name. */
export interface ProseContext {
  year: number;
  themes: readonly Theme[];
  enterpriseNames: readonly string[];
}

/** Chinese numeral for 1–99: `toNumeral(3)` → `'三'`, `toNumeral(27)` → `'二十七'`. */
export function toNumeral(n: number): string {
  const known = NUMERALS[n];
  if (known !== undefined) return known;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (NUMERALS[tens] ?? '')}十${ones ? (NUMERALS[ones] ?? '') : ''}`;
}

/** Themes current in a year: `themesOf(2020)` includes 复工复产, `themesOf(2000)` does not. */
export function themesOf(year: number): Theme[] {
  return THEMES.filter((theme) => theme.from <= year && year <= theme.to);
}

/** Where a year stands in its five-year plan: `describeYear(2016)` → `'实施“十三五”规划的开局之年'`. */
export function describeYear(year: number): string {
  const plan = [...FIVE_YEAR_PLANS].reverse().find((p) => p.from <= year) ?? FIVE_YEAR_PLANS[0];
  const offset = year - (plan?.from ?? year);
  const stage = offset === 0 ? '开局之年' : offset === 4 ? '收官之年' : '关键之年';
  return `实施“${plan?.name ?? '九五'}”规划的${stage}`;
}

/** A task heading: `sectionTitle(random)` → `'会员服务扎实推进'`. */
export function sectionTitle(random: Random): string {
  return random.pick(TASKS) + random.pick(PROGRESS);
}

/** One action of the year: `'联合市司法局举办法律服务进企业活动6场，累计服务中小微企业主420余人次'`. */
export function activitySentence(random: Random): string {
  const partner = random.chance(0.5) ? `联合${random.pick(DEPARTMENTS)}` : '';
  const held = `${partner}${random.pick(['举办', '组织', '召开', '开展'])}${random.pick(EVENTS)}${random.int(2, 36)}${random.pick(MEASURES.events)}`;
  const reach = `${random.pick(['累计', '共'])}${random.pick(['培训', '服务', '走访', '覆盖'])}${random.pick(AUDIENCES)}${random.int(12, 98) * 10}余${random.pick(MEASURES.people)}`;
  return `${held}，${reach}`;
}

/** What came of it: `'会员企业获得感明显提升'`. */
export function resultSentence(random: Random): string {
  return random.pick(RESULT_SUBJECTS) + random.pick(RESULT_QUALITIES) + random.pick(RESULT_CHANGES);
}

/** An opening clause pair: `'坚持问题导向，深化调查研究，完善联系机制'`. */
export function mannerSentence(random: Random): string {
  const [first, second] = random.sample(TASKS, 2);
  return `${random.pick(MANNERS)}，${random.pick(VERBS)}${first ?? ''}，${random.pick(VERBS)}${second ?? ''}`;
}

/** A planning sentence: `'要强化金融服务，推动营商环境持续优化'`. */
export function planSentence(random: Random): string {
  return `要${random.pick(VERBS)}${random.pick(TASKS)}，${random.pick(['推动', '促进', '确保', '助力'])}${random.pick(GOALS)}`;
}

/** A sentence about a theme of the year, or about the economy when the year has none. */
export function themeSentence(random: Random, context: ProseContext): string {
  const theme = context.themes.length > 0 && random.chance(0.7) ? random.pick(context.themes) : undefined;
  if (!theme) {
    return `全市登记注册的民营企业达到${random.int(2, 40)}.${random.int(1, 9)}万户，同比增长${random.int(3, 18)}.${random.int(0, 9)}%`;
  }
  const firms = random.int(20, 600);
  if (theme.name === '万企帮万村' || theme.name === '乡村振兴') {
    return `深入推进“${theme.name}”行动，${firms}家民营企业结对帮扶${random.int(30, 400)}个村，投入帮扶资金${random.int(800, 90000)}万元`;
  }
  const [output, unit] = random.pick([['形成调研报告', '篇'], ['收集意见建议', '条'], ['推出服务举措', '项']] as const);
  return `围绕“${theme.name}”工作，组织${firms}家会员企业参与，${output}${random.int(3, 40)}${unit}`;
}

/** Names one or two of the context's enterprises with what they did, or `undefined` if there are none. */
export function enterpriseSentence(random: Random, context: ProseContext): string | undefined {
  if (context.enterpriseNames.length === 0) return undefined;
  const names = random.sample(context.enterpriseNames, random.int(1, 2));
  const deed = random.pick(['被评为全省民营企业社会责任示范单位', '入选全市民营企业百强', '捐款捐物支援抗灾', '牵头组建行业产业联盟', '在全国性行业评比中获奖']);
  return `${names.join('、')}等企业${deed}`;
}

/** One `一是……` point: a task, then two or three supporting clauses. */
export function pointText(random: Random, context: ProseContext): string {
  const clauses = [activitySentence(random)];
  const extra = random.chance(0.35) ? enterpriseSentence(random, context) : undefined;
  clauses.push(extra ?? (random.chance(0.5) ? themeSentence(random, context) : activitySentence(random)));
  return `${random.pick(VERBS)}${random.pick(TASKS)}。${clauses.join('；')}，${resultSentence(random)}。`;
}

/**
 * A `（一）` section paragraph of the review part of a report.
 * `outlineParagraph(random, 1, ctx)` → `'（一）会员服务扎实推进。坚持问题导向，……一是……二是……'`
 */
export function outlineParagraph(random: Random, index: number, context: ProseContext): string {
  const points = Array.from({ length: random.int(2, 5) }, (_, i) => `${toNumeral(i + 1)}是${pointText(random, context)}`);
  return `（${toNumeral(index)}）${sectionTitle(random)}。${mannerSentence(random)}，${resultSentence(random)}。${points.join('')}`;
}

/** A `（一）` section paragraph of the planning part: 要……要…… sentences with 一是 points. */
export function planParagraph(random: Random, index: number): string {
  const points = Array.from({ length: random.int(2, 4) }, (_, i) => `${toNumeral(i + 1)}是${planSentence(random)}。`);
  return `（${toNumeral(index)}）${random.pick(VERBS)}${random.pick(TASKS)}。${mannerSentence(random)}。${points.join('')}`;
}

/** A plain paragraph of about `length` characters (never much shorter, at most one sentence longer). */
export function plainParagraph(random: Random, context: ProseContext, length: number): string {
  let text = '';
  while (text.length < length) {
    const kind = random.int(0, 4);
    const sentence =
      kind === 0 ? activitySentence(random)
      : kind === 1 ? themeSentence(random, context)
      : kind === 2 ? (enterpriseSentence(random, context) ?? resultSentence(random))
      : kind === 3 ? mannerSentence(random)
      : planSentence(random);
    text += `${sentence}，${resultSentence(random)}。`;
  }
  return text;
}
