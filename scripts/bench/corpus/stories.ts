import type { Enterprise } from './enterprises.ts';
import { toMarkdown } from './front-matter.ts';
import { personName } from './people.ts';
import { VILLAGE_PARTS } from './places.ts';
import type { ProseContext } from './prose.ts';
import type { Random } from './random.ts';
import { seasonOf, storyParagraph } from './story-prose.ts';

/** Everything a story needs: its date, the enterprises it is about (first is the main one) and the year's context. */
export interface StoryInput {
  date: Date;
  enterprises: readonly Enterprise[];
  context: ProseContext;
}

/** A generated story. */
export interface GeneratedStory {
  slugStem: string;
  title: string;
  body: string;
  fields: Record<string, string | Date | readonly string[]>;
}

const HEADLINES: readonly (readonly [string, string])[] = [
  ['把车间搬到村口', 'chejian'], ['从小作坊到行业龙头', 'longtou'], ['十年磨一剑', 'shinian'], ['让老字号焕发新活力', 'laozihao'],
  ['订单里的乡村振兴', 'dingdan'], ['数字化车间里的新变化', 'shuzihua'], ['一家民营企业的社会担当', 'dandang'],
  ['稳岗不裁员的底气', 'wengang'], ['专注一件事', 'zhuanzhu'], ['走出去的锦川制造', 'zouchuqu'], ['二代接班记', 'jieban'],
];
const SUBHEADS: readonly string[] = [
  '起步：从一间小厂房开始', '转折：一场危机带来的机遇', '创新：把研发当作命根子', '担当：企业发展不忘乡亲',
  '传承：年轻一代接过担子', '坚守：质量是最好的名片', '协作：抱团发展走得更远', '展望：下一个十年',
];
const QUOTES: readonly string[] = [
  '企业做大了，更要记得自己是从哪里来的', '产品质量是企业的命，一点都不能马虎', '工商联就是我们企业家的娘家',
  '政策好不好，企业最有发言权', '不裁员、不降薪，是我们对员工的承诺', '创新这条路再难也要走下去',
  '能为家乡做点事，心里踏实', '市场在变，我们也得跟着变',
];

function quoteParagraph(random: Random, speaker: string, role: string): string {
  return `“${random.pick(QUOTES)}。”${role}${speaker}说。${random.pick(['说起这些年的经历', '谈到企业的下一步', '回想起最困难的时候'])}，他${random.pick(['感慨万千', '语气坚定', '笑着摆摆手'])}。`;
}

/** Writes one story of 1,500–5,000 characters with `##` sub-headings, quotes and the enterprises' names. */
export function generateStory(random: Random, input: StoryInput): GeneratedStory {
  const [main, ...others] = input.enterprises;
  if (!main) throw new Error('a story needs at least one enterprise');
  const [headline, headlineSlug] = random.pick(HEADLINES);
  const title = random.chance(0.7) ? `${main.shortName}：${headline}` : `记${main.county}${main.shortName}${main.leaderTitle}${main.leader}`;
  const month = input.date.getUTCMonth() + 1;
  const lead =
    `${month}月的${main.county}，${seasonOf(month)}。走进${main.name}的${random.pick(['生产车间', '展厅', '研发中心', '仓储基地'])}，` +
    `${random.pick(['机器轰鸣', '工人们正忙着赶制订单', '一排排产品整齐码放', '技术人员正在调试设备'])}。这家成立于${main.founded}年的${main.industry.name}企业，` +
    `如今已是${main.county}${random.pick(['纳税大户', '就业大户', '行业骨干企业', '知名品牌'])}。`;
  const target = random.int(1500, 4600);
  const sections: string[] = [lead];
  let length = lead.length;
  for (const subhead of random.sample(SUBHEADS, random.int(2, 4))) {
    const paragraphs = [storyParagraph(random, main, input.context, random.int(150, 400))];
    if (random.chance(0.6)) paragraphs.push(quoteParagraph(random, main.leader, main.leaderTitle));
    const partner = others.length > 0 ? random.pick(others) : undefined;
    if (partner) paragraphs.push(`在${partner.county}，${partner.shortName}与${main.shortName}${random.pick(['签订了长期供货协议', '共建了联合实验室', '一起结对帮扶' + random.pick(VILLAGE_PARTS) + '村'])}。${partner.leaderTitle}${partner.leader}说，两家企业${random.pick(['优势互补', '知根知底', '合作多年'])}。`);
    const section = `## ${subhead}\n\n${paragraphs.join('\n\n')}`;
    sections.push(section);
    length += section.length;
    if (length >= target) break;
  }
  while (length < target) {
    const extra = storyParagraph(random, main, input.context, random.int(150, 400));
    sections.push(extra);
    length += extra.length;
  }
  const author = random.chance(0.5) ? '市工商联宣传信息科' : `本网记者 ${personName(random)}`;
  return {
    slugStem: `${main.slug}-${headlineSlug}`,
    title,
    body: sections.join('\n\n'),
    fields: {
      title,
      date: input.date,
      summary: `${main.name}${random.pick(['扎根', '立足', '深耕'])}${main.county}，${random.pick(['在转型升级中走出了一条新路', '把企业发展和回报社会结合起来', '用创新赢得市场'])}。`,
      enterprises: input.enterprises.map((e) => e.slug),
      county: main.county,
      industry: main.industry.name,
      author,
      tags: input.context.themes.length > 0 ? [random.pick(input.context.themes).name] : [],
    },
  };
}

/** The Markdown file of a generated story. */
export function renderStory(story: GeneratedStory): string {
  return toMarkdown(story.fields, story.body);
}
