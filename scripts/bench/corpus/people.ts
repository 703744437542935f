import type { Random } from './random.ts';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '志明建国华伟军平秀英丽敏静强磊洋勇艳杰涛斌超辉刚海波宏春燕玲芳红林峰鹏飞晓东文俊永健德新国庆玉兰金凤成立家兴立群长江振学良卫民淑霞桂荣素梅云山光荣少华晨宇思远佳怡雨欣浩然子轩';

/** Titles that go before a person's name in reports and honour lists. */
export const OFFICE_TITLES: readonly string[] = ['董事长', '总经理', '董事长兼总经理', '执行董事', '党委书记、董事长', '创始人'];

/** A Chinese personal name of two or three characters: `personName(random)` → `'陈志明'`. */
export function personName(random: Random): string {
  const surname = SURNAMES[random.int(0, SURNAMES.length - 1)] ?? '王';
  const first = GIVEN[random.int(0, GIVEN.length - 1)] ?? '明';
  if (random.chance(0.2)) return surname + first;
  return surname + first + (GIVEN[random.int(0, GIVEN.length - 1)] ?? '华');
}
