/** Contract expectations on the real Harbin data, hand-checked against the plan. */
import { expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/types';

export function defineHarbinContract(getStore: () => GraphStore): void {
  it('has 哈飞汽车 as a PRODUCER partner of 微型车', async () => {
    const partners = await getStore().partners('product:minicar');
    const hafei = partners.find((m) => m.node.id === 'enterprise:hafei-auto');
    expect(hafei).toMatchObject({ role: 'PRODUCER', score: 1 });
    expect(hafei?.path.nodes.map((n) => n.id)).toEqual(['product:minicar', 'enterprise:hafei-auto']);
  });

  it('finds a cooperation path 哈工大 → 哈飞汽车 under ALL', async () => {
    const paths = await getStore().paths('institution:hit', 'enterprise:hafei-auto', { lens: 'ALL', maxHops: 4 });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]?.nodes[0]?.id).toBe('institution:hit');
    expect(paths[0]?.nodes.at(-1)?.id).toBe('enterprise:hafei-auto');
  });

  it('has the 703所 ship-power project as the PRODUCER of 船舶动力装置, and 703所 as its research partner', async () => {
    // The plan's 703所船动项目竣工投产 is a production project, not research (issue 17 item 8).
    const partners = await getStore().partners('product:marine-power-plant');
    const role = (id: string) => partners.filter((m) => m.node.id === id).map((m) => m.role);
    expect(role('enterprise:ins-703-ship-power-project')).toEqual(['PRODUCER']);
    expect(role('institution:ins-703')).toEqual(['RESEARCH_PARTNER']);
  });

  it('has 哈航 as the CUSTOMER of the planned aviation supporting products, not as their producer', async () => {
    const partners = await getStore().partners('product:aviation-supporting-products');
    expect(partners.filter((m) => m.node.id === 'enterprise:harbin-aviation').map((m) => m.role)).toEqual(['CUSTOMER']);
    expect(partners.some((m) => m.role === 'PRODUCER')).toBe(false);
  });

  it('finds 哈飞 by Chinese, pinyin, initials and English', async () => {
    for (const q of ['哈飞', 'hafei', 'hfqc', 'Hafei']) {
      expect((await getStore().search(q))[0]?.id, q).toBe('enterprise:hafei-auto');
    }
  });
}
