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
  MEMBER_OF: ['隶属', 'Member of'],
  LOCATED_IN: ['位于', 'Located in'],
  PART_OF: ['属于', 'Part of'],
  PRODUCES: ['生产', 'Produces'],
  INPUT_TO: ['投入', 'Input to'],
  FOCUSES_ON: ['聚焦', 'Focuses on'],
  SUPPLIES: ['配套供应', 'Supplies'],
  RESEARCHES: ['研发', 'Researches'],
  COOPERATES_WITH: ['合作', 'Cooperates with'],
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
  // ChainGapKind (UNFILLED_TARGET as above)
  MISSING_LOCALLY: ['缺链（本地无、外地有）', 'Missing locally'],
  ABSENT: ['断链（无人生产）', 'Absent'],
  SINGLE_LOCAL: ['弱链（本地仅一家）', 'Single local maker'],
  // Lane (and Direction)
  UPSTREAM: ['上游', 'Upstream'],
  MIDSTREAM: ['中游', 'Midstream'],
  DOWNSTREAM: ['下游', 'Downstream'],
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
  PROVINCE: ['省', 'Province'],
  CITY: ['市', 'City'],
  COUNTY: ['区县', 'County'],
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
  'tab.list': ['列表', 'List'],
  'tab.indicators': ['指标', 'Indicators'],
  'pano.open': ['产业链全景图（招商）', 'Chain panorama (investment targets)'],
  'pano.title': ['{name} · 产业链全景图', 'Chain panorama · {name}'],
  'pano.cluster': ['产业集群', 'Cluster'],
  'pano.close': ['关闭', 'Close'],
  'pano.local': ['本地 {n}', '{n} local'],
  'pano.external': ['外地 {n}', '{n} outside'],
  'pano.leader': ['链主：{name}', 'Chain leader: {name}'],
  'pano.truncated': ['节点过多，只显示最近的 {n} 个', 'Too many products: the nearest {n} are shown'],
  'pano.pick': ['点击节点查看缺口与招商目标', 'Click a product for its gap and targets'],
  'pano.noGap': [
    '{name}：本环节没有缺口（本地 {local} 家，外地 {external} 家）',
    '{name}: no gap here ({local} local, {external} outside)',
  ],
  'pano.targets': ['招商目标', 'Targets to attract'],
  'pano.noTargets': ['外地也没有生产者可招商', 'No outside producer to attract'],
  'pano.csv': ['导出招商清单 CSV', 'Export target list CSV'],
  'pano.csvTitle': ['招商清单：{name}', 'Target list: {name}'],
  'pano.whatIf': ['若迁出（假设分析）', 'What if they left'],
  'pano.whatIfHint': [
    '勾选本地企业，看它们迁出后的影响',
    'Tick local enterprises to see what their leaving would break',
  ],
  'pano.leave': ['若迁出', 'If they left'],
  'pano.orphaned': ['失去本地生产者的产品', 'Products left with no local maker'],
  'pano.exposed': ['受影响的下游本地产品', 'Local products downstream exposed'],
  'pano.newGaps': ['新出现的缺口', 'Gaps that would open'],
  'pano.none': ['无', 'None'],
  'pano.legend': ['图例', 'Legend'],
  'pano.madeHere': ['本地有生产', 'Made locally'],
  'pano.notMade': ['本地无生产（非缺口）', 'Not made locally (no gap)'],
  'dash.title': ['{name} · 指标', 'Indicators · {name}'],
  'dash.count': ['{n} 项', '{n} figures'],
  'dash.png': ['导出图片 PNG', 'Export PNG'],
  'dash.none': ['没有指标', 'No indicators'],
  'dash.measure': ['指标', 'Indicator'],
  'dash.implied': ['隐含年均增速', 'Implied yearly growth'],
  'dash.impliedHint': [
    '由 2005 实际值到 2010 目标值推算的年均增长率',
    'The yearly growth rate from the 2005 actual to the 2010 target',
  ],
  'dash.hint': [
    '规划中的指标：2005 年实际与“十五”累计、2010 年目标与“十一五”累计；点击数值查看规划原文。',
    'The plan’s figures: 2005 actuals and 10th-FYP totals beside 2010 targets and 11th-FYP totals; click a figure for the plan’s words.',
  ],
  'dash.open': ['查看指标', 'Indicators'],
  'print.print': ['打印', 'Print'],
  'print.open': ['打印版', 'Print view'],
  'print.profile': ['打印概况', 'Print profile'],
  'print.gapsTitle': ['产业链缺口报告', 'Supply-chain gap report'],
  'print.profileTitle': ['{name}概况', 'Profile: {name}'],
  'print.filter': ['范围：{filter}', 'Filter: {filter}'],
  'print.allGaps': ['范围：全部产业集群与园区', 'Filter: every cluster and zone'],
  'print.subject': ['对象', 'Subject'],
  'print.why': ['说明', 'Why'],
  'print.members': ['成员企业', 'Member enterprises'],
  'print.products': ['重点产品', 'Product lines'],
  'print.partners': ['合作机构', 'Partner institutions'],
  'print.zones': ['所在园区', 'Zones'],
  'print.period': ['时期', 'Period'],
  'print.value': ['数值', 'Value'],
  'title.overview': ['产业集群总览', 'Industry clusters: overview'],
  'title.whole': ['全图', 'The whole graph'],
  'title.chain': ['{name}的供应链', 'Supply chain of {name}'],
  'title.neighbours': ['{name}的邻居', 'Neighbours of {name}'],
  'title.partners': ['{name}的合作伙伴', 'Partners of {name}'],
  'title.paths': ['合作路径：{from} → {to}', 'Paths: {from} → {to}'],
  'title.gaps': ['产业链缺口', 'Supply-chain gaps'],
  'measure.LEVEL': ['规模', 'Level'],
  'measure.GROWTH': ['年均增速', 'Yearly growth'],
  'measure.TOTAL': ['期间累计', 'Total over the period'],
  'measure.SHARE': ['占比', 'Share'],
  'measure.MULTIPLE': ['倍数', 'Multiple'],
  'measure.CHANGE': ['变化', 'Change'],
  'measure.RANK': ['排名', 'Rank'],
  'app.source': [
    '数据来源：哈尔滨市开发区经济发展规划（“十一五”）',
    'Source: Harbin Development Zone economic development plan (11th Five-Year Plan)',
  ],
  'history.undo': ['撤销 (Ctrl+Z)', 'Undo (Ctrl+Z)'],
  'history.redo': ['重做 (Ctrl+Shift+Z)', 'Redo (Ctrl+Shift+Z)'],
  'views.menu': ['视图', 'Views'],
  'views.title': ['保存的视图', 'Saved views'],
  'views.name': ['视图名称', 'View name'],
  'views.save': ['保存当前视图', 'Save this view'],
  'views.none': ['还没有保存的视图', 'No saved views yet'],
  'views.open': ['打开', 'Open'],
  'views.delete': ['删除', 'Delete'],
  'views.confirmDelete': ['删除视图“{name}”？', 'Delete the view “{name}”?'],
  'views.export': ['导出 JSON', 'Export JSON'],
  'views.import': ['导入 JSON', 'Import JSON'],
  'views.imported': ['已导入 {n} 个视图', 'Imported {n} views'],
  'views.bad': ['无法导入：{reason}', 'Cannot import: {reason}'],
  'views.saved': ['已保存视图“{name}”', 'Saved the view “{name}”'],
  'views.damaged': ['这个视图无法打开（已损坏）', 'This view cannot be opened (damaged)'],
  'views.close': ['关闭', 'Close'],
  'menu.title': ['展开 {name}', 'Expand {name}'],
  'menu.loading': ['正在统计邻居…', 'Counting neighbours…'],
  'menu.none': ['没有邻居', 'No neighbours'],
  'menu.all': ['全部邻居（最多 {n} 个）', 'All neighbours (up to {n})'],
  'menu.more': ['再加载 {n} 个邻居', 'Load {n} more neighbours'],
  'menu.collapse': ['收起此节点展开的内容', 'Collapse what this node expanded'],
  'menu.hide': ['隐藏', 'Hide'],
  'menu.hideSelected': ['隐藏所选（{n} 个）', 'Hide the selected ({n})'],
  'menu.keepOnly': ['仅保留所选（{n} 个）及其关系', 'Keep only the selected ({n}) and their links'],
  'menu.pin': ['固定位置', 'Pin in place'],
  'menu.unpin': ['取消固定', 'Unpin'],
  'menu.label': ['节点操作', 'Node actions'],
  'paths.avoidHubs': ['避开枢纽节点：关系数超过', 'Leave out hubs with more than'],
  'paths.avoidHubsUnit': ['条的节点不作中转', 'relationships as stops'],
  'explore.sizeBy': ['节点大小', 'Node size'],
  'size.kind': ['按类型', 'By kind'],
  'size.degree': ['按关系数', 'By number of relationships'],
  'size.indicator': ['按指标：{name}', 'By indicator: {name}'],
  'legend.implied': ['推断关系（规划未明说）', 'Implied link (not stated in the plan)'],
  'legend.stated': ['规划明确的关系', 'Link stated in the plan'],
  'legend.pinned': ['已固定的节点', 'Pinned node'],
  'legend.plannedLink': ['规划中的关系', 'Planned link'],
  'list.title': ['图中节点', 'Nodes on the graph'],
  'list.hint': [
    '方向键移动，回车选中并在图中定位，空格加入或移出多选，Delete 隐藏。',
    'Arrow keys move, Enter selects and centres it on the graph, Space adds to or removes from the selection, Delete hides.',
  ],
  'list.count': ['共 {n} 个节点', '{n} nodes'],
  'list.empty': ['图中还没有节点', 'Nothing on the graph yet'],
  'panel.hideSide': ['收起左侧面板', 'Collapse the left panel'],
  'panel.showSide': ['展开左侧面板', 'Show the left panel'],
  'panel.hideDetails': ['收起详情面板', 'Collapse the details panel'],
  'panel.showDetails': ['展开详情面板', 'Show the details panel'],
  'details.expandMenu': ['按关系展开…', 'Expand by type…'],
  'details.collapse': ['收起', 'Collapse'],
  'details.hide': ['隐藏', 'Hide'],
  'details.pin': ['固定', 'Pin'],
  'details.unpin': ['取消固定', 'Unpin'],
  'details.selection': ['已选 {n} 个节点', '{n} nodes selected'],
  'gaps.reasons': ['{n} 个原因', '{n} reasons'],
  'gaps.showPartner': ['在图中显示 {name} 及其关联路径', 'Show {name} and the path that links it'],
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
  'graph.wholeTruncated': [
    '全图太大，一次回答装不下：显示 {n} / 共 {total} 个节点',
    'The whole graph is more than one answer may carry: showing {n} of {total} nodes',
  ],
  'graph.aggregated': [
    ' · {groups} 个聚合（显示上限 {cap} 个元素）',
    ' · {groups} aggregates (display cap {cap} elements)',
  ],
  'graph.partialWhole': [
    '全图 {total} 个节点中的 {n} 个（回答上限）',
    '{n} of the graph’s {total} nodes (response budget)',
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
  'export.xlsx': ['导出 Excel', 'Export Excel'],
  'export.hidden': ['未显示：', 'Hidden: '],
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

/** A list in the language's own punctuation: 甲、乙、丙 / A, B, C. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** A parenthetical in the language's own punctuation: 甲（乙） / A (B). */
export function paren(lang: Lang, text: string, note: string): string {
  return lang === 'zh' ? `${text}（${note}）` : `${text} (${note})`;
}

/** "Label: " in the language's own punctuation. */
export function labelled(lang: Lang, label: string): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
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

/** A node's name, or an empty cell when there is none (the exports' zone and subject columns). */
export function nameOrBlank(lang: Lang, node: Pick<ApiNode, 'name' | 'nameEn'> | null | undefined): string {
  return node ? nodeName(lang, node) : '';
}

/** Whether both languages cover the same keys (used by tests; exported for them). */
export const dictionaryKeys = { ui: Object.keys(UI), enums: Object.keys(ENUMS) };
