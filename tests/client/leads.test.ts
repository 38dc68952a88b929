import { describe, expect, it } from 'vitest';
import {
  describeEvent,
  enterpriseId,
  type Lead,
  landedTargetChanges,
  leadKey,
  leadsByKey,
  leadsCsv,
  newEnterpriseChanges,
  owners,
} from '../../client/src/lib/leads';

const lead = (over: Partial<Lead> = {}): Lead => ({
  id: '7',
  subject: 'TARGET',
  productId: 'product:aluminium-plate',
  targetId: 'enterprise:harbin-light-alloy',
  homeZoneId: 'zone:hdz',
  status: 'LANDED',
  owner: '张伟',
  notes: '=签约, "落户"\n本区',
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'alice',
  updatedAt: '2026-12-02T09:30:00.000Z',
  updatedBy: 'bob',
  statusSince: '2026-12-02T09:30:00.000Z',
  version: 3,
  product: { id: 'product:aluminium-plate', name: '铝板材', nameEn: 'Aluminium plate' },
  target: { id: 'enterprise:harbin-light-alloy', name: '哈东轻厂', nameEn: 'Northeast Light Alloy' },
  ...over,
});

describe('leads (招商线索)', () => {
  it('keys a lead by its product and target', () => {
    const gap = lead({ id: '8', subject: 'GAP', targetId: null, target: null, owner: 'alice' });
    const map = leadsByKey([lead(), gap]);
    expect(map.get(leadKey('product:aluminium-plate', 'enterprise:harbin-light-alloy'))?.id).toBe('7');
    expect(map.get(leadKey('product:aluminium-plate', null))?.id).toBe('8');
    // Sorted as Chinese collates them (ICU zh: Han before Latin), each once.
    expect(owners([lead(), gap, lead({ id: '9' })])).toEqual(['张伟', 'alice']);
  });

  it('writes the leads as a CSV with a BOM, quoted notes and formula cells neutralised', () => {
    const csv = leadsCsv([lead()], 'zh', '招商线索 · 2026-12-02');
    expect(csv.startsWith('\uFEFF# 招商线索 · 2026-12-02\r\n')).toBe(true);
    const [, head, row] = csv.slice(1).split('\r\n');
    expect(head).toBe(
      '线索编号,对象,状态,状态日期,缺口产品,产品ID,目标企业,目标ID,本区ID,负责人,备注,创建时间,创建人,更新时间,更新人,版本',
    );
    expect(row).toBe(
      '7,目标企业,已落地,2026-12-02T09:30:00.000Z,铝板材,product:aluminium-plate,哈东轻厂,enterprise:harbin-light-alloy,zone:hdz,张伟,"\'=签约, ""落户""\n本区",2026-12-01T08:00:00.000Z,alice,2026-12-02T09:30:00.000Z,bob,3',
    );
    const en = leadsCsv([lead({ subject: 'GAP', targetId: null, target: null, notes: '' })], 'en', 'Leads');
    expect(en.split('\r\n')[1]?.split(',').slice(0, 3)).toEqual(['Lead', 'Subject', 'Status']);
    expect(en.split('\r\n')[2]).toBe(
      '7,Gap,Landed,2026-12-02T09:30:00.000Z,Aluminium plate,product:aluminium-plate,,,zone:hdz,张伟,,2026-12-01T08:00:00.000Z,alice,2026-12-02T09:30:00.000Z,bob,3',
    );
  });

  it('records a landed target as LOCATED_IN the home zone, with a source naming the lead', () => {
    expect(landedTargetChanges(lead({ notes: '签约落户' }), '2026-12-02')).toEqual({
      changes: [
        {
          action: 'CREATE_EDGE',
          edge: { type: 'LOCATED_IN', source: 'enterprise:harbin-light-alloy', target: 'zone:hdz' },
        },
      ],
      source: {
        note: '招商线索 已落地 Landed lead: 签约落户',
        document: '招商线索 lead 7',
        date: '2026-12-02',
        stated: true,
      },
    });
    expect(() => landedTargetChanges(lead({ targetId: null }), '2026-12-02')).toThrow();
  });

  it('records a landed gap as a new enterprise making the product, in the home zone', () => {
    const gap = lead({ subject: 'GAP', targetId: null, target: null, notes: '' });
    const id = enterpriseId('Harbin Plate Co.', gap.id);
    expect(id).toBe('enterprise:harbin-plate-co');
    expect(enterpriseId('哈板', '7')).toBe('enterprise:lead-7');
    const vars = newEnterpriseChanges(gap, { id, name: '哈板材公司', nameEn: 'Harbin Plate Co.' }, '2026-12-02');
    expect(vars.changes.map((c) => [c.action, c.edge?.type ?? c.node?.kind])).toEqual([
      ['CREATE_NODE', 'ENTERPRISE'],
      ['CREATE_EDGE', 'PRODUCES'],
      ['CREATE_EDGE', 'LOCATED_IN'],
    ]);
    expect(vars.changes[1]?.edge).toEqual({ type: 'PRODUCES', source: id, target: 'product:aluminium-plate' });
    expect(vars.changes[2]?.edge).toEqual({ type: 'LOCATED_IN', source: id, target: 'zone:hdz' });
    expect(vars.source.note).toBe('招商线索 已落地 Landed lead');
  });

  it('says what a history entry changed', () => {
    const before = JSON.stringify({ status: 'CONTACTING', owner: 'alice', notes: 'a' });
    const after = JSON.stringify({ status: 'LANDED', owner: '张伟', notes: 'b' });
    expect(describeEvent('zh', { action: 'UPDATE', before, after })).toBe(
      '接洽中 → 已落地; 负责人 alice → 张伟; 修改备注',
    );
    expect(describeEvent('en', { action: 'CREATE', before: null, after })).toBe('Lead made (Landed)');
    expect(describeEvent('en', { action: 'DELETE', before, after: null })).toBe('Lead deleted');
  });
});
