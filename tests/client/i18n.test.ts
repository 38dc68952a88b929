import { describe, expect, it } from 'vitest';
import { dictionaryKeys, enumLabel, nodeName, t } from '../../client/src/lib/i18n';
import {
  CLUSTER_TIERS,
  GAP_KINDS,
  INSTITUTION_KINDS,
  LENSES,
  NODE_KINDS,
  PARTNER_ROLES,
  REL_TYPES,
  SEVERITIES,
  STATUSES,
  ZONE_KINDS,
} from '../../client/src/lib/types';
import { node } from './fixtures';

describe('i18n', () => {
  it('labels every enum value in both languages', () => {
    const all = [
      ...NODE_KINDS,
      ...REL_TYPES,
      ...STATUSES,
      ...CLUSTER_TIERS,
      ...LENSES,
      ...PARTNER_ROLES,
      ...GAP_KINDS,
      ...SEVERITIES,
      ...ZONE_KINDS,
      ...INSTITUTION_KINDS,
    ];
    for (const v of all) {
      expect(dictionaryKeys.enums).toContain(v);
      expect(enumLabel('zh', v)).toMatch(/\p{Script=Han}/u);
      expect(enumLabel('en', v)).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('uses the agreed Chinese labels', () => {
    expect(NODE_KINDS.map((k) => enumLabel('zh', k))).toEqual(['产业集群', '园区', '企业', '机构', '产品']);
    expect(REL_TYPES.map((r) => enumLabel('zh', r))).toEqual([
      '隶属',
      '位于',
      '属于',
      '生产',
      '投入',
      '聚焦',
      '配套供应',
      '研发',
      '合作',
    ]);
    expect(CLUSTER_TIERS.map((x) => enumLabel('zh', x))).toEqual(['既有', '高新技术', '潜力', '第三产业']);
    expect(PARTNER_ROLES.map((x) => enumLabel('zh', x))).toEqual(['生产商', '供应商', '客户', '研发伙伴', '承载园区']);
    expect(GAP_KINDS.map((x) => enumLabel('zh', x))).toEqual([
      '缺失供应',
      '单一供应',
      '未落实目标',
      '单一园区',
      '缺少研发伙伴',
    ]);
    expect(enumLabel('en', 'SUPPLIES')).toBe('Supplies');
    expect(enumLabel('en', 'CLUSTER')).toBe('Cluster');
  });

  it('gives every UI string a Chinese and an English text', () => {
    for (const key of dictionaryKeys.ui) {
      expect(t('zh', key)).not.toBe(key);
      expect(t('en', key)).not.toBe(key);
    }
  });

  it('fills variables and falls back to the key for unknown entries', () => {
    expect(t('zh', 'graph.counts', { nodes: 3, edges: 2 })).toBe('3 个节点 · 2 条关系');
    expect(t('en', 'graph.counts', { nodes: 3, edges: 2 })).toBe('3 nodes · 2 relationships');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });

  it('shows name in Chinese and nameEn in English, falling back to name', () => {
    const hafei = node('enterprise:hafei-auto');
    expect(nodeName('zh', hafei)).toBe('哈飞汽车');
    expect(nodeName('en', hafei)).toBe('Hafei Automobile');
    expect(nodeName('en', { name: '微型车', nameEn: null })).toBe('微型车');
  });
});
