/**
 * Word lists the generator composes Chinese and English names from. Every Chinese word is
 * common Han characters, so the search index's pinyin keys (full and initials) work on them.
 */
export interface Word {
  zh: string;
  en: string;
}
export interface Sector extends Word {
  slug: string;
  /** The industry word in an enterprise name: 哈南东安 + 汽车零部件 + 有限公司. */
  trade: Word;
  /** Final products (the top tier of the sector's chain). */
  finals: Word[];
  /** Parts, components and subsystems: combined with a tier modifier below the top. */
  parts: Word[];
}

const w = (zh: string, en: string): Word => ({ zh, en });
const words = (list: string): Word[] =>
  list.split(';').map((pair) => {
    const [zh, en] = pair.split('|');
    return w((zh ?? '').trim(), (en ?? '').trim());
  });

export const SECTORS: Sector[] = [
  {
    slug: 'auto',
    ...w('汽车', 'Automotive'),
    trade: w('汽车零部件', 'Auto Parts'),
    finals: words('微型车|mini car;新能源客车|electric bus;专用车|special vehicle;轻型卡车|light truck'),
    parts: words('发动机|engine;变速箱|gearbox;车桥|axle;制动器|brake;座椅|seat;线束|wire harness'),
  },
  {
    slug: 'aero',
    ...w('航空', 'Aviation'),
    trade: w('航空科技', 'Aerospace Technology'),
    finals: words('支线飞机|regional aircraft;直升机|helicopter;无人机|drone'),
    parts: words('机翼|wing;起落架|landing gear;航电|avionics;涡轮|turbine;舱门|cabin door'),
  },
  {
    slug: 'pharma',
    ...w('生物医药', 'Biopharma'),
    trade: w('生物制药', 'Biopharmaceutical'),
    finals: words('疫苗|vaccine;抗生素|antibiotic;中成药|Chinese patent medicine;兽药|veterinary drug'),
    parts: words('制剂|formulation;中间体|intermediate;培养基|culture medium;提取物|extract;辅料|excipient'),
  },
  {
    slug: 'materials',
    ...w('新材料', 'New Materials'),
    trade: w('新材料', 'Advanced Materials'),
    finals: words('复合板材|composite panel;特种薄膜|specialty film;陶瓷部件|ceramic part'),
    parts: words('纤维|fibre;树脂|resin;涂层|coating;粉体|powder;膜片|membrane'),
  },
  {
    slug: 'electronics',
    ...w('电子信息', 'Electronics'),
    trade: w('电子科技', 'Electronics'),
    finals: words('工业计算机|industrial computer;通信设备|telecom equipment;智能终端|smart terminal'),
    parts: words('芯片|chip;电路板|circuit board;传感器|sensor;显示屏|display;电源模块|power module'),
  },
  {
    slug: 'machinery',
    ...w('装备制造', 'Equipment'),
    trade: w('重型机械', 'Heavy Machinery'),
    finals: words(
      '数控机床|CNC machine tool;电站锅炉|power-plant boiler;汽轮机|steam turbine;焊接机器人|welding robot',
    ),
    parts: words('主轴|spindle;轴承|bearing;液压缸|hydraulic cylinder;控制器|controller;齿轮|gear'),
  },
  {
    slug: 'food',
    ...w('绿色食品', 'Green Food'),
    trade: w('食品', 'Foods'),
    finals: words('乳制品|dairy product;啤酒|beer;速冻食品|frozen food;保健食品|health food'),
    parts: words('发酵剂|starter culture;包装|packaging;浓缩液|concentrate;调味料|seasoning'),
  },
  {
    slug: 'energy',
    ...w('新能源', 'New Energy'),
    trade: w('新能源', 'New Energy'),
    finals: words('风电机组|wind turbine;光伏组件|solar module;储能系统|energy storage system'),
    parts: words('电池|battery;逆变器|inverter;叶片|blade;电芯|cell;变流器|converter'),
  },
];

/** Raw materials: the shared bottom tier every sector draws on. */
export const RAW_MATERIALS: Word[] = words(
  '钢材|steel;铝合金|aluminium alloy;铜材|copper;工程塑料|engineering plastic;橡胶|rubber;碳纤维|carbon fibre;稀土|rare earth;硅片|silicon wafer;化工原料|chemical feedstock;玉米淀粉|corn starch;原料药|active ingredient;玻璃|glass;钛合金|titanium alloy;石墨|graphite;大豆蛋白|soy protein;生鲜乳|raw milk',
);
export const RAW_MODIFIERS: Word[] = words('高纯|high-purity;特种|special;优质|premium;再生|recycled;精制|refined');
/** Modifiers by distance from the raw tier: low tiers are parts, high tiers assemblies. */
export const TIER_MODIFIERS: Word[][] = [
  words('精密|precision;耐腐蚀|corrosion-resistant;高强度|high-strength;轻量化|lightweight'),
  words('标准|standard;专用|dedicated;高效|high-efficiency;低噪|low-noise'),
  words('智能|smart;集成|integrated;模块化|modular'),
  words('总成|assembly of;系统级|system-level;成套|complete'),
];

/** Syllables for brand and place names, with their pinyin: 东 dong + 安 an → 东安 / Dongan. */
export const SYLLABLES: [string, string][] =
  '东dong 安an 华hua 龙long 哈ha 飞fei 天tian 鹏peng 光guang 宇yu 博bo 新xin 盛sheng 泰tai 锦jin 瑞rui 恒heng 达da 康kang 源yuan 航hang 宏hong 科ke 信xin 通tong 汇hui 成cheng 海hai 德de 亚ya 北bei 江jiang 松song 兴xing 云yun 金jin 明ming 阳yang 星xing 中zhong'
    .split(' ')
    .map((s) => [s.slice(0, 1), s.slice(1)]);

export const COMPANY_SUFFIXES: Word[] = words('有限公司|Co., Ltd.;股份有限公司|Corp.;集团|Group');

export const INSTITUTION_TYPES = [
  { kind: 'UNIVERSITY', ...w('大学', 'University') },
  { kind: 'RESEARCH_INSTITUTE', ...w('研究院', 'Research Institute') },
  { kind: 'INCUBATOR', ...w('孵化器', 'Incubator') },
  { kind: 'RD_CENTER', ...w('工程技术研究中心', 'Engineering R&D Center') },
  { kind: 'SERVICE_PLATFORM', ...w('公共服务平台', 'Public Service Platform') },
] as const;

export const PARK_TYPES = [
  { kind: 'CONCENTRATION_AREA', ...w('集中区', 'Concentration Area') },
  { kind: 'INDUSTRIAL_PARK', ...w('产业园', 'Industrial Park') },
  { kind: 'EXPANSION_AREA', ...w('拓展区', 'Expansion Area') },
  { kind: 'COOPERATIVE_PARK', ...w('合作园区', 'Cooperative Park') },
] as const;

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
