/**
 * The one i18n dictionary: every UI string and enum label in Chinese (default) and English.
 *
 * Keys are plain strings so that `data-i18n="key"` attributes in index.html can name them;
 * `t()` falls back to the key itself so a missing entry is visible rather than blank.
 */
import type { ApiNode, Lang } from './types';

type Entry = readonly [zh: string, en: string];

const ENUMS: Record<string, Entry> = {
  // NodeKind
  CLUSTER: ['产业集群', 'Cluster'],
  ZONE: ['园区', 'Zone'],
  ENTERPRISE: ['企业', 'Enterprise'],
  INSTITUTION: ['机构', 'Institution'],
  PRODUCT: ['产品', 'Product'],
  // RelType
  MEMBER_OF: ['隶属', 'MEMBER_OF'],
  LOCATED_IN: ['位于', 'LOCATED_IN'],
  PART_OF: ['属于', 'PART_OF'],
  PRODUCES: ['生产', 'PRODUCES'],
  INPUT_TO: ['投入', 'INPUT_TO'],
  FOCUSES_ON: ['聚焦', 'FOCUSES_ON'],
  SUPPLIES: ['配套供应', 'SUPPLIES'],
  RESEARCHES: ['研发', 'RESEARCHES'],
  COOPERATES_WITH: ['合作', 'COOPERATES_WITH'],
  // Status
  EXISTING: ['现有', 'Existing'],
  PLANNED: ['规划', 'Planned'],
  // ClusterTier
  ESTABLISHED: ['既有', 'Established'],
  HIGH_TECH: ['高新技术', 'High-tech'],
  POTENTIAL: ['潜力', 'Potential'],
  TERTIARY: ['第三产业', 'Tertiary'],
  // PartnerRole
  PRODUCER: ['生产商', 'Producer'],
  SUPPLIER: ['供应商', 'Supplier'],
  CUSTOMER: ['客户', 'Customer'],
  RESEARCH_PARTNER: ['研发伙伴', 'Research partner'],
  HOST_ZONE: ['承载园区', 'Host zone'],
  // GapKind
  MISSING_SUPPLIER: ['缺失供应', 'Missing supplier'],
  FRAGILE_SUPPLIER: ['单一供应', 'Single supplier'],
  UNFILLED_TARGET: ['未落实目标', 'Unfilled target'],
  SINGLE_ZONE: ['单一园区', 'Single zone'],
  NO_RESEARCH_PARTNER: ['缺少研发伙伴', 'No research partner'],
  // Severity
  HIGH: ['高', 'High'],
  MEDIUM: ['中', 'Medium'],
  LOW: ['低', 'Low'],
  // Lens
  SUPPLY_CHAIN: ['供应链', 'Supply chain'],
  COOPERATION: ['合作', 'Cooperation'],
  ALL: ['全部关系', 'All relationships'],
  // ZoneKind
  DEVELOPMENT_ZONE: ['开发区', 'Development zone'],
  CONCENTRATION_AREA: ['集中区', 'Concentration area'],
  EXPANSION_AREA: ['拓展区', 'Expansion area'],
  COOPERATIVE_PARK: ['合作园区', 'Cooperative park'],
  INDUSTRIAL_PARK: ['工业园', 'Industrial park'],
  DISTRICT: ['行政区', 'District'],
  FUNCTIONAL_AREA: ['功能区', 'Functional area'],
  // InstitutionKind
  UNIVERSITY: ['高校', 'University'],
  RESEARCH_INSTITUTE: ['科研院所', 'Research institute'],
  INCUBATOR: ['孵化器', 'Incubator'],
  RD_CENTER: ['研发中心', 'R&D centre'],
  SERVICE_PLATFORM: ['服务平台', 'Service platform'],
  // IndicatorKind
  ACTUAL: ['实际', 'Actual'],
  TARGET: ['目标', 'Target'],
};

const UI: Record<string, Entry> = {
  'app.title': ['产业集群图谱', 'Industry-Cluster Graph'],
  'app.subtitle': ['哈尔滨开发区', 'Harbin Development Zone'],
  'search.label': ['搜索节点', 'Search nodes'],
  'search.placeholder': [
    '搜索企业、产品、机构…（中文/拼音/英文）',
    'Search enterprises, products… (中文/pinyin/English)',
  ],
  'search.none': ['无匹配结果', 'No matches'],
  'lang.switch': ['English', '中文'],
  'lang.switchLabel': ['切换语言', 'Switch language'],
  'export.menu': ['导出', 'Export'],
  'export.png': ['图片 PNG', 'Image (PNG)'],
  'export.svg': ['矢量图 SVG', 'Vector (SVG)'],
  'export.json': ['数据 JSON', 'Data (JSON)'],
  'export.csvNodes': ['节点表 CSV', 'Nodes (CSV)'],
  'export.csvEdges': ['关系表 CSV', 'Relationships (CSV)'],
  'export.graphml': ['GraphML', 'GraphML'],
  'export.link': ['复制分享链接', 'Copy share link'],
  'export.linkCopied': ['链接已复制', 'Link copied'],
  'tab.explore': ['探索', 'Explore'],
  'tab.paths': ['路径', 'Paths'],
  'tab.partners': ['合作伙伴', 'Partners'],
  'tab.gaps': ['缺口', 'Gaps'],
  'explore.overview': ['总览', 'Overview'],
  'explore.filters': ['筛选', 'Filters'],
  'explore.kinds': ['节点类型', 'Node kinds'],
  'explore.tiers': ['集群层级', 'Cluster tiers'],
  'explore.zones': ['园区', 'Zones'],
  'explore.allZones': ['全部园区', 'All zones'],
  'explore.relTypes': ['关系类型', 'Relationship types'],
  'explore.statuses': ['状态', 'Status'],
  'explore.legend': ['图例', 'Legend'],
  'explore.reset': ['重置筛选', 'Reset filters'],
  'explore.backToOverview': ['返回总览', 'Back to overview'],
  'explore.chainOf': ['供应链：', 'Supply chain: '],
  'graph.fit': ['适应窗口', 'Fit'],
  'graph.zoomIn': ['放大', 'Zoom in'],
  'graph.zoomOut': ['缩小', 'Zoom out'],
  'graph.relayout': ['重新布局', 'Re-layout'],
  'graph.loading': ['加载中…', 'Loading…'],
  'graph.empty': ['没有可显示的节点', 'Nothing to show'],
  'graph.counts': ['{nodes} 个节点 · {edges} 条关系', '{nodes} nodes · {edges} relationships'],
  'graph.showAll': ['显示全图', 'Whole graph'],
  'graph.aggregated': [
    ' · {groups} 个聚合（显示上限 {cap} 个元素）',
    ' · {groups} aggregates (display cap {cap} elements)',
  ],
  'graph.capNotice': ['该组太大，无法在显示上限内展开', 'This group is too big to open within the display cap'],
  'details.aggregate': ['聚合', 'Aggregate'],
  'details.members': ['成员数', 'Members'],
  'details.openAggregate': ['展开此组', 'Open group'],
  'details.aggregateHint': [
    '图中元素超过显示上限，此组绘制为一个节点。双击或点击“展开此组”显示其成员。',
    'The graph is past the display cap, so this group is drawn as one node. Double-click it or press “Open group” to show its members.',
  ],
  'details.title': ['详情', 'Details'],
  'details.empty': [
    '点击图中的节点或关系查看详情。双击节点展开其邻居。',
    'Click a node or relationship to see its details. Double-click a node to expand it.',
  ],
  'details.id': ['标识', 'ID'],
  'details.kind': ['类型', 'Kind'],
  'details.name': ['名称', 'Name'],
  'details.nameEn': ['英文名', 'English name'],
  'details.aliases': ['别名', 'Aliases'],
  'details.status': ['状态', 'Status'],
  'details.degree': ['关系数', 'Degree'],
  'details.tier': ['层级', 'Tier'],
  'details.zoneKind': ['园区类型', 'Zone kind'],
  'details.institutionKind': ['机构类型', 'Institution kind'],
  'details.type': ['关系', 'Relationship'],
  'details.source': ['起点', 'From'],
  'details.target': ['终点', 'To'],
  'details.sources': ['出处', 'Sources'],
  'details.stated': ['规划原文', 'Stated'],
  'details.implied': ['推断', 'Implied'],
  'details.indicators': ['指标（2005 实际 / 2010 目标）', 'Indicators (2005 actual / 2010 target)'],
  'details.expand': ['展开邻居', 'Expand'],
  'details.more': ['已显示 {shown}/{total} 个邻居，加载全部', 'Showing {shown} of {total} neighbours; load all'],
  'details.supplyChain': ['查看供应链', 'Supply chain'],
  'details.partners': ['寻找合作伙伴', 'Find partners'],
  'details.setStart': ['设为起点', 'Set as start'],
  'details.setEnd': ['设为终点', 'Set as end'],
  'paths.from': ['起点', 'From'],
  'paths.to': ['终点', 'To'],
  'paths.lens': ['视角', 'Lens'],
  'paths.maxHops': ['最大跳数', 'Max hops'],
  'paths.find': ['查找路径', 'Find paths'],
  'paths.none': ['在此条件下没有找到路径', 'No path within these limits'],
  'paths.hops': ['{n} 跳', '{n} hops'],
  'paths.pick': ['选择节点…', 'Pick a node…'],
  'partners.product': ['产品', 'Product'],
  'partners.pick': ['选择产品…', 'Pick a product…'],
  'partners.role': ['角色', 'Role'],
  'partners.partner': ['合作方', 'Partner'],
  'partners.score': ['得分', 'Score'],
  'partners.reason': ['理由', 'Reason'],
  'partners.none': ['没有找到合作伙伴', 'No partners found'],
  'partners.hint': [
    '选择一个产品，查看可合作的生产商、供应商、客户、研发伙伴和承载园区。',
    'Pick a product to see producers, suppliers, customers, research partners and host zones.',
  ],
  'gaps.kind': ['缺口类型', 'Gap kind'],
  'gaps.severity': ['严重程度', 'Severity'],
  'gaps.cluster': ['产业集群', 'Cluster'],
  'gaps.zone': ['园区', 'Zone'],
  'gaps.any': ['全部', 'All'],
  'gaps.count': ['共 {n} 个缺口', '{n} gaps'],
  'gaps.suggested': ['建议合作方', 'Suggested partners'],
  'gaps.none': ['没有符合条件的缺口', 'No gaps match'],
  'export.csv': ['导出 CSV', 'Export CSV'],
  'error.api': [
    '无法连接服务器，请确认服务已启动后重试。',
    'Cannot reach the server. Check that it is running and retry.',
  ],
  'error.query': ['查询失败：', 'Query failed: '],
  'error.retry': ['重试', 'Retry'],
  'error.dismiss': ['关闭', 'Dismiss'],
  'csv.name': ['名称', 'Name'],
  'csv.nameEn': ['英文名', 'English name'],
};

export function t(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const entry = UI[key] ?? ENUMS[key];
  let s = entry ? entry[lang === 'zh' ? 0 : 1] : key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** Label of an enum value (NodeKind, RelType, tier, role, gap kind…). */
export function enumLabel(lang: Lang, value: string): string {
  const entry = ENUMS[value];
  return entry ? entry[lang === 'zh' ? 0 : 1] : value;
}

/** A node's display name: `name` in Chinese, `nameEn` (falling back to `name`) in English. */
export function nodeName(lang: Lang, node: Pick<ApiNode, 'name' | 'nameEn'>): string {
  return lang === 'en' && node.nameEn ? node.nameEn : node.name;
}

/** Whether both languages cover the same keys (used by tests; exported for them). */
export const dictionaryKeys = { ui: Object.keys(UI), enums: Object.keys(ENUMS) };
