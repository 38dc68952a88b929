/**
 * The domain's enum codes, with no dependency at all: the server's schema (model.ts), the
 * stores and the browser client all import them from here, so there is one list of each.
 * They double as GraphQL enum values (tests/client/contract.test.ts checks them against the SDL).
 */
export const NODE_KINDS = ['CLUSTER', 'ZONE', 'ENTERPRISE', 'INSTITUTION', 'PRODUCT'] as const;
export const REL_TYPES = [
  'MEMBER_OF',
  'LOCATED_IN',
  'PART_OF',
  'PRODUCES',
  'INPUT_TO',
  'FOCUSES_ON',
  'SUPPLIES',
  'RESEARCHES',
  'COOPERATES_WITH',
] as const;
export const STATUSES = ['EXISTING', 'PLANNED'] as const;
/** 未接触 / 接洽中 / 已签约 / 已落地 / 放弃 — a 招商 lead's status (server/workspace/leads.ts). */
export const LEAD_STATUSES = ['UNCONTACTED', 'CONTACTING', 'SIGNED', 'LANDED', 'ABANDONED'] as const;
/** 既有 / 高新技术 / 潜力 / 第三产业 — the four tiers of chapter 3. */
export const CLUSTER_TIERS = ['ESTABLISHED', 'HIGH_TECH', 'POTENTIAL', 'TERTIARY'] as const;
/**
 * 开发区 / 集中区 / 拓展区 / 合作园区 / 工业园 / 行政区 (and other functional areas), and the regions
 * outside a zone that registry lists name: 省 / 市 / 区县 (PART_OF from county to city to province).
 */
export const ZONE_KINDS = [
  'DEVELOPMENT_ZONE',
  'CONCENTRATION_AREA',
  'EXPANSION_AREA',
  'COOPERATIVE_PARK',
  'INDUSTRIAL_PARK',
  'DISTRICT',
  'FUNCTIONAL_AREA',
  'PROVINCE',
  'CITY',
  'COUNTY',
] as const;
/** 高校 / 科研院所 / 孵化器 / 研发中心 / 服务平台. */
export const INSTITUTION_KINDS = [
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'INCUBATOR',
  'RD_CENTER',
  'SERVICE_PLATFORM',
] as const;
export const INDICATOR_KINDS = ['ACTUAL', 'TARGET'] as const;
/**
 * What an indicator value measures, so a figure is never read as another: LEVEL a year's amount or
 * a stock at its end (201亿元), TOTAL a sum over its period (累计 11.6亿美元), GROWTH an average
 * annual rate over its period (年均增长31%), SHARE a part of a whole (占全市11%), MULTIPLE a ratio
 * to a base (是2000年末的3.8倍), CHANGE an increase over a base (提高7个百分点, 新增201亿元),
 * RANK a place in a ranking (前15名).
 */
export const INDICATOR_MEASURES = ['LEVEL', 'TOTAL', 'GROWTH', 'SHARE', 'MULTIPLE', 'CHANGE', 'RANK'] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type RelType = (typeof REL_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type ClusterTier = (typeof CLUSTER_TIERS)[number];
export type ZoneKind = (typeof ZONE_KINDS)[number];
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

export const LENSES = ['SUPPLY_CHAIN', 'COOPERATION', 'ALL'] as const;
export const DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const;
export const PARTNER_ROLES = ['PRODUCER', 'SUPPLIER', 'CUSTOMER', 'RESEARCH_PARTNER', 'HOST_ZONE'] as const;
export const GAP_KINDS = [
  'MISSING_SUPPLIER',
  'FRAGILE_SUPPLIER',
  'UNFILLED_TARGET',
  'SINGLE_ZONE',
  'NO_RESEARCH_PARTNER',
] as const;
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;

export type Lens = (typeof LENSES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type GapKind = (typeof GAP_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];

/** Which kinds each relationship may join (DESIGN.md's table; `null` = any kind). */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeKind[] | null; to: readonly NodeKind[] | null }> = {
  MEMBER_OF: { from: ['ENTERPRISE', 'INSTITUTION'], to: ['CLUSTER'] },
  LOCATED_IN: { from: ['ENTERPRISE', 'INSTITUTION', 'CLUSTER'], to: ['ZONE'] },
  PART_OF: { from: ['ZONE'], to: ['ZONE'] },
  PRODUCES: { from: ['ENTERPRISE'], to: ['PRODUCT'] },
  INPUT_TO: { from: ['PRODUCT'], to: ['PRODUCT'] },
  FOCUSES_ON: { from: ['CLUSTER'], to: ['PRODUCT'] },
  SUPPLIES: { from: ['ENTERPRISE'], to: ['ENTERPRISE'] },
  RESEARCHES: { from: ['INSTITUTION'], to: ['PRODUCT', 'CLUSTER'] },
  COOPERATES_WITH: { from: null, to: null },
};
