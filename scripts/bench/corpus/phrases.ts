/** A programme or theme of the federation's work and the years it was current. */
export interface Theme {
  name: string;
  pinyin: string;
  from: number;
  to: number;
}

/** Themes reports, stories and honour lists are about; each belongs to a span of years. */
export const THEMES: readonly Theme[] = [
  { name: '光彩事业', pinyin: 'guangcai-shiye', from: 1994, to: 2100 },
  { name: '非公有制经济人士理想信念教育', pinyin: 'lixiang-xinnian', from: 2010, to: 2100 },
  { name: '万企帮万村', pinyin: 'wanqi-bang-wancun', from: 2015, to: 2021 },
  { name: '营商环境', pinyin: 'yingshang-huanjing', from: 2017, to: 2100 },
  { name: '复工复产', pinyin: 'fugong-fuchan', from: 2020, to: 2022 },
  { name: '乡村振兴', pinyin: 'xiangcun-zhenxing', from: 2018, to: 2100 },
  { name: '商会改革', pinyin: 'shanghui-gaige', from: 2016, to: 2100 },
  { name: '民营企业减负', pinyin: 'jianfu', from: 1996, to: 2016 },
  { name: '再就业', pinyin: 'zaijiuye', from: 1996, to: 2008 },
  { name: '稳岗就业', pinyin: 'wengang-jiuye', from: 2019, to: 2100 },
  { name: '数字化转型', pinyin: 'shuzihua-zhuanxing', from: 2019, to: 2100 },
  { name: '新生代企业家传承', pinyin: 'xinshengdai', from: 2012, to: 2100 },
  { name: '法律服务', pinyin: 'falv-fuwu', from: 1998, to: 2100 },
  { name: '银企对接', pinyin: 'yinqi-duijie', from: 2003, to: 2100 },
  { name: '抗洪救灾', pinyin: 'kanghong-jiuzai', from: 1998, to: 2000 },
];

/** Verbs that open a task: 加强 + 会员服务. */
export const VERBS: readonly string[] = [
  '加强', '深化', '推进', '健全', '完善', '拓展', '创新', '强化', '规范', '落实', '提升', '抓好', '做实', '优化',
];

/** Objects of the federation's work; also the short titles of `（一）` sections. */
export const TASKS: readonly string[] = [
  '政治引导', '理想信念教育', '会员服务', '商会建设', '调查研究', '参政议政', '法律服务', '人才培训', '宣传工作',
  '维权服务', '金融服务', '招商引资', '联系机制', '队伍建设', '作风建设', '信息化建设', '基层组织建设', '光彩事业',
  '社会服务', '经济服务', '对外交流', '异地商会工作', '行业商会建设', '信用体系建设', '非公党建工作',
];

/** How a task went, appended to it as a section title: 会员服务 + 扎实推进. */
export const PROGRESS: readonly string[] = [
  '扎实推进', '成效明显', '持续深化', '迈出新步伐', '取得新进展', '不断加强', '富有成效', '稳步推进', '亮点纷呈',
];

/** Partner departments named in activity sentences. */
export const DEPARTMENTS: readonly string[] = [
  '市委统战部', '市发展改革委', '市工信局', '市市场监管局', '市人社局', '市司法局', '市税务局', '市商务局',
  '市农业农村局', '市中级人民法院', '市人民检察院', '市科技局', '人民银行锦川中心支行', '市总工会', '市妇联',
];

/** Events the federation holds. */
export const EVENTS: readonly string[] = [
  '民营企业家培训班', '政策宣讲会', '银企对接会', '法律服务进企业活动', '企业家座谈会', '专题研修班', '新生代企业家沙龙',
  '项目推介会', '质量品牌论坛', '产销对接会', '知识产权保护讲座', '安全生产培训会', '人才招聘会', '调研座谈会',
];

/** Who took part or was served. */
export const AUDIENCES: readonly string[] = [
  '民营企业家', '企业经营管理人员', '会员企业负责人', '商会负责人', '工商联干部', '中小微企业主', '新生代企业家',
];

/** Units that follow a count of events or people. */
export const MEASURES = { events: ['期', '场', '次'], people: ['人次', '人'], firms: ['家', '户'] } as const;

/** Subjects of result sentences: 民营企业 + 守法经营意识 + 进一步增强. */
export const RESULT_SUBJECTS: readonly string[] = [
  '民营企业', '会员企业', '非公有制经济人士', '基层商会', '县级工商联', '全市民营经济', '新生代企业家',
];
export const RESULT_QUALITIES: readonly string[] = [
  '守法经营意识', '发展信心', '创新能力', '凝聚力', '服务水平', '社会责任意识', '规范化水平', '获得感', '影响力',
];
export const RESULT_CHANGES: readonly string[] = ['进一步增强', '明显提升', '持续提高', '不断增强', '稳步提升'];

/** Manner phrases that open a sentence: 以学习教育为抓手，. */
export const MANNERS: readonly string[] = [
  '以学习教育为抓手', '坚持问题导向', '围绕中心、服务大局', '以服务企业为重点', '着眼长远发展', '坚持统筹兼顾',
  '突出重点、以点带面', '坚持守正创新', '立足职能定位', '聚焦企业急难愁盼',
];

/** Goals that close a planning sentence: 推动 + 民营经济高质量发展. */
export const GOALS: readonly string[] = [
  '民营经济高质量发展', '非公有制经济健康发展和非公有制经济人士健康成长', '营商环境持续优化', '商会组织规范发展',
  '企业家队伍素质整体提升', '政企沟通渠道更加畅通', '会员企业转型升级', '全市经济社会发展大局',
];

/** Difficulties named in the self-critical part of a report. */
export const SHORTCOMINGS: readonly string[] = [
  '服务企业的手段还不够多', '基层组织建设还不平衡', '调查研究的深度还不够', '干部队伍能力还需提升',
  '商会规范化建设有待加强', '宣传工作的影响力还不够大', '联系服务新生代企业家还有差距',
];

/** Five-year plans, to say what a year was: 实施“十三五”规划的开局之年. */
export const FIVE_YEAR_PLANS: readonly { name: string; from: number }[] = [
  { name: '九五', from: 1996 }, { name: '十五', from: 2001 }, { name: '十一五', from: 2006 }, { name: '十二五', from: 2011 },
  { name: '十三五', from: 2016 }, { name: '十四五', from: 2021 }, { name: '十五五', from: 2026 }, { name: '十六五', from: 2031 },
];

/** Chinese numerals for outline numbers and meeting terms: index 1 → 一. */
export const NUMERALS: readonly string[] = [
  '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八',
  '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五',
];
