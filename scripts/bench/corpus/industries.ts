/** A line of business: what the schema's `industry` says, the word in a company name, and what it makes. */
export interface Industry {
  name: string;
  /** Word inside the company name, with its pinyin for the file slug: 药业 / yaoye. */
  word: string;
  pinyin: string;
  products: readonly string[];
}

/** Industries of the generated enterprises. */
export const INDUSTRIES: readonly Industry[] = [
  { name: '医药制造', word: '药业', pinyin: 'yaoye', products: ['中成药', '化学原料药', '医用防护用品', '中药饮片'] },
  { name: '食品加工', word: '食品', pinyin: 'shipin', products: ['调味品', '休闲食品', '速冻食品', '粮油制品'] },
  { name: '纺织服装', word: '纺织', pinyin: 'fangzhi', products: ['棉纱', '针织面料', '职业服装', '家纺产品'] },
  { name: '机械制造', word: '机械', pinyin: 'jixie', products: ['农业机械', '数控机床', '矿山设备', '液压件'] },
  { name: '建筑建材', word: '建材', pinyin: 'jiancai', products: ['新型墙材', '预拌混凝土', '装配式构件', '防水材料'] },
  { name: '电子信息', word: '电子', pinyin: 'dianzi', products: ['电路板', '电子元器件', '智能终端', '传感器'] },
  { name: '新能源', word: '新能源', pinyin: 'xinnengyuan', products: ['光伏组件', '储能电池', '充电设备', '生物质燃料'] },
  { name: '现代农业', word: '农业', pinyin: 'nongye', products: ['蔬菜', '食用菌', '优质稻米', '生态水果'] },
  { name: '商贸物流', word: '物流', pinyin: 'wuliu', products: ['仓储配送', '冷链运输', '农产品批发', '供应链服务'] },
  { name: '文化旅游', word: '文旅', pinyin: 'wenlv', products: ['乡村旅游', '文化演艺', '民宿', '研学旅行'] },
  { name: '化工', word: '化工', pinyin: 'huagong', products: ['精细化学品', '涂料', '水处理剂', '塑料助剂'] },
  { name: '汽车零部件', word: '汽配', pinyin: 'qipei', products: ['制动系统', '汽车线束', '铝合金轮毂', '座椅总成'] },
  { name: '软件和信息技术服务', word: '科技', pinyin: 'keji', products: ['企业管理软件', '政务信息系统', '数据服务', '工业互联网平台'] },
  { name: '家居制造', word: '家居', pinyin: 'jiaju', products: ['实木家具', '定制橱柜', '板式家具', '软体家具'] },
  { name: '餐饮服务', word: '餐饮', pinyin: 'canyin', products: ['连锁餐饮', '团餐配送', '中央厨房', '特色小吃'] },
  { name: '金属制品', word: '金属', pinyin: 'jinshu', products: ['不锈钢制品', '五金工具', '铝型材', '紧固件'] },
  { name: '节能环保', word: '环保', pinyin: 'huanbao', products: ['污水处理设备', '固废处理', '除尘设备', '环境监测'] },
  { name: '茶叶', word: '茶业', pinyin: 'chaye', products: ['绿茶', '红茶', '茶饮料', '茶旅融合'] },
  { name: '印刷包装', word: '包装', pinyin: 'baozhuang', products: ['纸箱', '软包装', '标签印刷', '环保餐盒'] },
  { name: '建筑施工', word: '建设', pinyin: 'jianshe', products: ['房屋建筑', '市政道路', '水利工程', '园林绿化'] },
];

/** Two-character brand syllables with pinyin; pairs of them make names like 华瑞 (huarui). */
export const BRAND_CHARS: readonly (readonly [string, string])[] = [
  ['华', 'hua'], ['瑞', 'rui'], ['鑫', 'xin'], ['泰', 'tai'], ['恒', 'heng'], ['达', 'da'], ['盛', 'sheng'],
  ['隆', 'long'], ['丰', 'feng'], ['源', 'yuan'], ['宏', 'hong'], ['昌', 'chang'], ['兴', 'xing'], ['润', 'run'],
  ['康', 'kang'], ['嘉', 'jia'], ['福', 'fu'], ['祥', 'xiang'], ['明', 'ming'], ['远', 'yuan'], ['海', 'hai'],
  ['天', 'tian'], ['金', 'jin'], ['宝', 'bao'], ['正', 'zheng'], ['信', 'xin'], ['诚', 'cheng'], ['和', 'he'],
  ['安', 'an'], ['新', 'xin'], ['锦', 'jin'], ['江', 'jiang'], ['永', 'yong'], ['立', 'li'], ['德', 'de'],
  ['中', 'zhong'], ['利', 'li'], ['晟', 'sheng'], ['凯', 'kai'], ['博', 'bo'], ['睿', 'rui'], ['森', 'sen'],
  ['益', 'yi'], ['邦', 'bang'], ['通', 'tong'], ['汇', 'hui'], ['创', 'chuang'], ['航', 'hang'], ['星', 'xing'],
  ['辰', 'chen'], ['光', 'guang'], ['百', 'bai'], ['万', 'wan'], ['同', 'tong'], ['长', 'chang'], ['美', 'mei'],
  ['佳', 'jia'], ['宇', 'yu'], ['腾', 'teng'], ['峰', 'feng'],
];

/** Legal forms at the end of a company name. */
export const COMPANY_FORMS: readonly string[] = ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'];
