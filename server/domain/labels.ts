/** Chinese-first display labels for the domain's enum codes, English beside them. */
import type {
  ClusterTier,
  IndicatorKind,
  IndicatorMeasure,
  InstitutionKind,
  NodeKind,
  RelType,
  Status,
  ZoneKind,
} from './model';

export interface Label {
  zh: string;
  en: string;
}

export const NODE_KIND_LABELS: Record<NodeKind, Label> = {
  CLUSTER: { zh: '产业集群', en: 'Cluster' },
  ZONE: { zh: '园区', en: 'Zone' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  INSTITUTION: { zh: '机构', en: 'Institution' },
  PRODUCT: { zh: '产品', en: 'Product' },
};

export const REL_TYPE_LABELS: Record<RelType, Label> = {
  MEMBER_OF: { zh: '隶属', en: 'member of' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  PART_OF: { zh: '属于', en: 'part of' },
  PRODUCES: { zh: '生产', en: 'produces' },
  INPUT_TO: { zh: '投入', en: 'input to' },
  FOCUSES_ON: { zh: '聚焦', en: 'focuses on' },
  SUPPLIES: { zh: '配套供应', en: 'supplies' },
  RESEARCHES: { zh: '研发', en: 'researches' },
  COOPERATES_WITH: { zh: '合作', en: 'cooperates with' },
};

export const STATUS_LABELS: Record<Status, Label> = {
  EXISTING: { zh: '现有', en: 'existing' },
  PLANNED: { zh: '规划', en: 'planned' },
};

export const TIER_LABELS: Record<ClusterTier, Label> = {
  ESTABLISHED: { zh: '既有', en: 'established' },
  HIGH_TECH: { zh: '高新技术', en: 'high-tech' },
  POTENTIAL: { zh: '潜力', en: 'potential' },
  TERTIARY: { zh: '第三产业', en: 'tertiary' },
};

export const ZONE_KIND_LABELS: Record<ZoneKind, Label> = {
  DEVELOPMENT_ZONE: { zh: '开发区', en: 'development zone' },
  CONCENTRATION_AREA: { zh: '集中区', en: 'concentration area' },
  EXPANSION_AREA: { zh: '拓展区', en: 'expansion area' },
  COOPERATIVE_PARK: { zh: '合作园区', en: 'cooperative park' },
  INDUSTRIAL_PARK: { zh: '工业园', en: 'industrial park' },
  DISTRICT: { zh: '行政区', en: 'district' },
  FUNCTIONAL_AREA: { zh: '功能区', en: 'functional area' },
  PROVINCE: { zh: '省', en: 'province' },
  CITY: { zh: '市', en: 'city' },
  COUNTY: { zh: '区县', en: 'county' },
};

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, Label> = {
  UNIVERSITY: { zh: '高校', en: 'university' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'research institute' },
  INCUBATOR: { zh: '孵化器', en: 'incubator' },
  RD_CENTER: { zh: '研发中心', en: 'R&D centre' },
  SERVICE_PLATFORM: { zh: '服务平台', en: 'service platform' },
};

export const INDICATOR_KIND_LABELS: Record<IndicatorKind, Label> = {
  ACTUAL: { zh: '实际', en: 'actual' },
  TARGET: { zh: '目标', en: 'target' },
};

export const INDICATOR_MEASURE_LABELS: Record<IndicatorMeasure, Label> = {
  LEVEL: { zh: '数值', en: 'level' },
  TOTAL: { zh: '累计', en: 'total' },
  GROWTH: { zh: '年均增长', en: 'average annual growth' },
  SHARE: { zh: '比重', en: 'share' },
  MULTIPLE: { zh: '倍数', en: 'multiple' },
  CHANGE: { zh: '增加', en: 'change' },
  RANK: { zh: '排名', en: 'rank' },
};
