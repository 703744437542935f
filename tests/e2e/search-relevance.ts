/**
 * The relevance set for search over tests/fixtures/search: queries readers type and every page each
 * must return, no more. Decoy pages hold a query's characters but not the query (营商的环境, 先复工…全面复产,
 * 青禾合作社…食品安全) and must not come back. `anchor` is the honouree row a name query must land on.
 */
const R24 = '/reports/2024/zhiwei-2024/';
const RX = '/reports/2024/xiangcun-diaoyan/';
const R23 = '/reports/2023/changwei-2023/';
const R22 = '/reports/2022/quanwei-2022/';
const H24 = '/honors/2024/wanqi-xianjin/';
const H23 = '/honors/2023/wuhao-xianji/';
const H22 = '/honors/2022/youxiu-jianshezhe/';
const S24 = '/stories/2024/qinghe-zaliang/';
const S23Y = '/stories/2023/yunshan-chaye/';
const S23H = '/stories/2023/hengxin-fugong/';
const S22M = '/stories/2022/mingde-baogong/';
const S22W = '/stories/2022/wanjia-jincun/';
const QINGHE = '/enterprises/qinghe-shipin/';
const YUNSHAN = '/enterprises/yunshan-chaye/';
const HENGXIN = '/enterprises/hengxin-jixie/';
const MINGDE = '/enterprises/mingde-yiyao/';
const WANJIA = '/enterprises/wanjia-chaoshi/';
const FENGYUAN = '/enterprises/fengyuan-nongye/';
const S23MQ = '/stories/2023/minqi-zuotanhui/';
const S24HK = '/stories/2024/xianggang-shanghui/';

export interface RelevanceCase {
  query: string;
  pages: string[];
  /** Honour rows a result must link to, page URL → row anchor. */
  anchors?: Record<string, string>;
}

export const relevanceSet: RelevanceCase[] = [
  // Programmes, with decoys that hold their characters apart.
  { query: '万企帮万村', pages: [R24, H24, S24] },
  { query: '营商环境', pages: [R24, R23, S23H] },
  { query: '复工复产', pages: [R23, S23H] },
  { query: '乡村振兴', pages: [RX, H24, S24HK] },
  { query: '光彩事业', pages: [R23, R22] },
  { query: '五好', pages: [H23] },
  { query: '县级工商联', pages: [H23] },
  { query: '异地商会', pages: [R24] },
  { query: '商会', pages: [R24, R22, S24HK] },
  { query: '法律服务', pages: [R23] },
  // Enterprises: short names, full names, decoys.
  { query: '青禾食品', pages: [R24, H24, S24, QINGHE] },
  { query: '岚州青禾食品有限公司', pages: [H24, S24, QINGHE] },
  { query: '云杉茶业', pages: [H24, S23Y, YUNSHAN] },
  { query: '恒信机械', pages: [R24, H24, S23H, HENGXIN] },
  { query: '明德医药', pages: [H22, S22M, MINGDE] },
  { query: '万家超市', pages: [H22, S22W, WANJIA] },
  { query: '丰源农业', pages: [H24, H22, FENGYUAN] },
  // Counties.
  { query: '东坪县', pages: [R24, RX, H23, H24, S24, QINGHE] },
  { query: '北川县', pages: [RX, H23, H24, S23Y, YUNSHAN] },
  { query: '西岭区', pages: [R23, S23H, S22M, HENGXIN, MINGDE] },
  { query: '南塘区', pages: [R23, H24, S22W, WANJIA, FENGYUAN] },
  // People on honour lists (landing on their row) and speakers.
  { query: '林秋实', pages: [H24, S24], anchors: { [H24]: 'lin-qiu-shi' } },
  { query: '林秋', pages: [H24, H22, S24], anchors: { [H22]: 'lin-qiu', [H24]: 'lin-qiu-shi' } },
  { query: '韩雪梅', pages: [H24, S23Y], anchors: { [H24]: 'han-xue-mei' } },
  { query: '欧阳明远', pages: [H24, S23H], anchors: { [H24]: 'ou-yang-ming-yuan' } },
  { query: '周立平', pages: [H22, S22M], anchors: { [H22]: 'zhou-li-ping' } },
  { query: '宋佳音', pages: [H22], anchors: { [H22]: 'song-jia-yin' } },
  { query: '周立新', pages: [R24, R23, R22] },
  { query: '邵敏', pages: [RX] },
  // Things and places in the text.
  { query: '杂粮', pages: [R24, S24, QINGHE] },
  { query: '茶农', pages: [RX, S23Y, YUNSHAN] },
  { query: '茶叶', pages: [RX, S23Y, YUNSHAN] },
  { query: '收割机', pages: [S23H, HENGXIN] },
  { query: '医用防护用品', pages: [S22M, MINGDE] },
  { query: '石门村', pages: [S24] },
  { query: '保护价', pages: [S23Y] },
  { query: '直播', pages: [S23Y] },
  // Numbers, in both widths and with or without thousands separators.
  { query: '1.2亿元', pages: [R24] },
  { query: '96.5%', pages: [R24] },
  { query: '９６．５％', pages: [R24] },
  { query: '2300', pages: [R24] },
  { query: '2,300', pages: [R24] },
  { query: '386家', pages: [R24] },
  { query: '8%', pages: [R23] },
  { query: '30%', pages: [S24] },
  { query: '1200户', pages: [S24] },
  { query: '岚工商联〔2024〕5号', pages: [H24] },
  // Several terms: each must appear as written, anywhere on the page.
  { query: '营商 环境', pages: [R24, R23, S23H, R22, S22W] },
  { query: '东坪县 杂粮', pages: [R24, S24, QINGHE] },
  // Only a decoy holds these characters: nothing is found.
  { query: '万企帮万户', pages: [] },
];

/** The query kinds of “search that forgives”: each result holds the query or one of its declared forms. */
export interface FormsCase extends RelevanceCase {
  kind: 'traditional' | 'synonym' | 'pinyin';
}

export const formsSet: FormsCase[] = [
  // Traditional characters find the simplified text, and a simplified query the traditional story (商會, 鄉村振興).
  { kind: 'traditional', query: '營商環境', pages: [R24, R23, S23H] },
  { kind: 'traditional', query: '鄉村振興', pages: [RX, H24, S24HK] },
  { kind: 'traditional', query: '商會', pages: [R24, R22, S24HK] },
  { kind: 'traditional', query: '萬企幫萬村', pages: [R24, H24, S24] },
  { kind: 'traditional', query: '復工復產', pages: [R23, S23H] },
  { kind: 'traditional', query: '韓雪梅', pages: [H24, S23Y], anchors: { [H24]: 'han-xue-mei' } },
  { kind: 'traditional', query: '雲杉茶業', pages: [H24, S23Y, YUNSHAN] },
  // Abbreviations and full names from site.yaml's table, either way; 万企兴万村 is a different programme.
  { kind: 'synonym', query: '民企', pages: [H22, H24, R22, R23, RX, R24, S23MQ] },
  { kind: 'synonym', query: '民营企业', pages: [H22, H24, R22, R23, RX, R24, S23MQ] },
  { kind: 'synonym', query: '个体工商户', pages: [S23MQ] },
  { kind: 'synonym', query: '非公有制经济', pages: [R22, S23MQ] },
  { kind: 'synonym', query: '非公经济', pages: [R22, S23MQ] },
  { kind: 'synonym', query: '两个健康', pages: [R22, S23MQ] },
  { kind: 'synonym', query: '万企兴万村', pages: [S23MQ] },
  // Names and titles by full pinyin and by initials.
  { kind: 'pinyin', query: 'hanxuemei', pages: [H24, S23Y], anchors: { [H24]: 'han-xue-mei' } },
  { kind: 'pinyin', query: 'hxm', pages: [H24, S23Y] },
  { kind: 'pinyin', query: 'yunshan', pages: [YUNSHAN, H24, S23Y] },
  { kind: 'pinyin', query: 'yscy', pages: [YUNSHAN, H24, S23Y] },
  { kind: 'pinyin', query: 'ouyang mingyuan', pages: [H24, S23H] },
  { kind: 'pinyin', query: 'qhsp', pages: [QINGHE, H24, R24, S24] },
  { kind: 'pinyin', query: 'mingde yiyao', pages: [MINGDE, H22, S22M] },
  { kind: 'pinyin', query: 'hengxin', pages: [HENGXIN, H24, R24, S23H] },
];
