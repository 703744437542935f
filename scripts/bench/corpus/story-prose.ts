import type { Enterprise } from './enterprises.ts';
import { VILLAGE_PARTS } from './places.ts';
import { resultSentence, themeSentence, type ProseContext } from './prose.ts';
import type { Random } from './random.ts';

const SEASONS: readonly string[] = ['寒风凛冽', '春寒料峭', '春意盎然', '细雨蒙蒙', '暑气正浓', '秋意渐浓', '寒意渐起'];

/** A weather phrase that fits the month: `seasonOf(7)` → `'暑气正浓'`. */
export function seasonOf(month: number): string {
  const index = [0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 5, 6, 0][month] ?? 0;
  return SEASONS[index] ?? '细雨蒙蒙';
}

/** One narrative sentence about an enterprise, written as a reporter would. */
export function storySentence(random: Random, e: Enterprise, context: ProseContext): string {
  const product = random.pick(e.industry.products);
  switch (random.int(0, 8)) {
    case 0:
      return `${e.founded}年，${e.leader}带着${random.int(2, 30)}万元积蓄，在${e.county}租下一间${random.int(3, 20) * 10}平方米的厂房，开始生产${product}。`;
    case 1:
      return `${context.year - e.founded > 1 ? `${context.year - e.founded}年间` : '短短几年'}，${e.shortName}从最初的${random.int(3, 20)}名工人发展到${random.int(10, 300) * 10}人，产品销往全国${random.int(5, 31)}个省份${random.chance(0.4) ? '和东南亚多个国家' : ''}。`;
    case 2:
      return `去年，${e.shortName}投入${random.int(3, 90) * 100}万元建设${random.pick(['数字化车间', '研发中心', '检测实验室', '智能仓储中心'])}，${product}的合格率提高到${random.int(95, 99)}.${random.int(1, 9)}%。`;
    case 3:
      return `${e.leader}${random.pick(['常说', '反复强调', '在职工大会上讲'])}，做${product}${random.pick(['没有捷径可走', '靠的是口碑', '要对得起良心'])}。`;
    case 4:
      return `在市工商联的牵线搭桥下，${e.shortName}与${random.pick(['锦川农商银行', '锦川城市商业银行', '一家国有银行锦川分行'])}签订${random.int(5, 200) * 100}万元授信协议，解了燃眉之急。`;
    case 5:
      return `${e.shortName}结对帮扶${random.pick(VILLAGE_PARTS)}村，${random.pick(['出资修通了进村公路', '在村里建起扶贫车间', '开设订单农业专班', '设立助学基金'])}，带动${random.int(20, 400)}户村民增收。`;
    case 6:
      return `车间主任${random.pick(['老李', '老周', '小陈', '刘师傅', '王大姐'])}在这里干了${random.int(5, 25)}年，${random.pick(['从学徒干到了技术骨干', '见证了企业的每一次搬迁', '带出了三十多个徒弟'])}。`;
    case 7:
      return `${themeSentence(random, context)}，${e.shortName}${random.pick(['是其中之一', '走在了前面', '积极响应'])}。`;
    default:
      return `如今的${e.shortName}，${random.pick(['订单排到了明年', '正在筹备新的生产线', '已经拥有发明专利十余项', '成了当地的纳税大户'])}，${resultSentence(random)}。`;
  }
}

/** A story paragraph of about `length` characters (at most one sentence longer). */
export function storyParagraph(random: Random, e: Enterprise, context: ProseContext, length: number): string {
  let text = '';
  while (text.length < length) text += storySentence(random, e, context);
  return text;
}
