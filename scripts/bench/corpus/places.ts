/** A district or county of the fictional city, with the ASCII stem used in generated slugs. */
export interface Place {
  name: string;
  pinyin: string;
}

/** The city every generated corpus is about; fictional, like its districts. */
export const CITY = { name: '锦川市', short: '锦川', pinyin: 'jinchuan' } as const;

/** Districts and counties; a corpus uses the first `countyCount` of a preset. */
export const PLACES: readonly Place[] = [
  { name: '锦城区', pinyin: 'jincheng' },
  { name: '东湖区', pinyin: 'donghu' },
  { name: '西山区', pinyin: 'xishan' },
  { name: '南浦区', pinyin: 'nanpu' },
  { name: '北塘区', pinyin: 'beitang' },
  { name: '高新区', pinyin: 'gaoxin' },
  { name: '临溪县', pinyin: 'linxi' },
  { name: '青山县', pinyin: 'qingshan' },
  { name: '白沙县', pinyin: 'baisha' },
  { name: '石门县', pinyin: 'shimen' },
  { name: '云岭县', pinyin: 'yunling' },
  { name: '清河县', pinyin: 'qinghe' },
  { name: '桃源县', pinyin: 'taoyuan' },
  { name: '永丰县', pinyin: 'yongfeng' },
  { name: '河口市', pinyin: 'hekou' },
  { name: '松林县', pinyin: 'songlin' },
  { name: '梅岭县', pinyin: 'meiling' },
  { name: '金滩县', pinyin: 'jintan' },
  { name: '柳江县', pinyin: 'liujiang' },
  { name: '凤台县', pinyin: 'fengtai' },
  { name: '安平县', pinyin: 'anping' },
  { name: '龙泉市', pinyin: 'longquan' },
  { name: '新渡县', pinyin: 'xindu' },
  { name: '双峰县', pinyin: 'shuangfeng' },
  { name: '古镇区', pinyin: 'guzhen' },
  { name: '望江县', pinyin: 'wangjiang' },
  { name: '桐乡县', pinyin: 'tongxiang' },
  { name: '长宁县', pinyin: 'changning' },
  { name: '瑞溪县', pinyin: 'ruixi' },
  { name: '平湖县', pinyin: 'pinghu' },
  { name: '泉山区', pinyin: 'quanshan' },
  { name: '宁远县', pinyin: 'ningyuan' },
];

/** Short place name without its 区/县/市 suffix: `shortPlace('临溪县')` → `'临溪'`. */
export function shortPlace(name: string): string {
  return name.replace(/[区县市]$/, '');
}

/** Syllables for village names in honour notes and stories, e.g. 石桥 + 村. */
export const VILLAGE_PARTS: readonly string[] = [
  '石桥', '杨柳', '桃花', '东坡', '西岭', '大湾', '小河', '枫树', '竹园', '荷塘', '新庄', '高田',
  '李家', '王家', '陈湾', '黄土', '青龙', '白马', '上坪', '下坝', '中和', '三岔', '柏树', '茶园',
];
