/** The README's example questions, asked over HTTP of the Harbin dataset (memory store). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import type { RunningServer } from '../../server/http/server';
import { codes, gql, testServer } from '../support/http';
import { SIXTEEN_GAP_REPORTS } from '../support/queries';

describe('the README examples on the Harbin data', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server?.close());

  it('partners of 微型车: 哈飞汽车 produces it', async () => {
    const r = await gql(
      server.url,
      '{ partners(productId: "product:minicar") { role score reason node { id name } } }',
    );
    expect(r.body.data?.partners[0]).toMatchObject({
      role: 'PRODUCER',
      score: 1,
      node: { id: 'enterprise:hafei-auto', name: '哈飞汽车' },
    });
    expect(r.body.data?.partners[0].reason).toBe('生产商：哈飞汽车 —生产→ 微型车');
  });

  it('a cooperation path 哈工大 → 哈飞汽车', async () => {
    const r = await gql(
      server.url,
      '{ paths(from: "institution:hit", to: "enterprise:hafei-auto", lens: ALL, maxHops: 4) { length nodes { name } } }',
    );
    expect(r.body.data?.paths.length).toBeGreaterThan(0);
    expect(r.body.data?.paths[0].nodes.map((n: { name: string }) => n.name)).toEqual([
      '哈工大',
      '哈尔滨开发区',
      '东安',
      '哈飞汽车',
    ]);
  });

  it('the gap list of the auto cluster names 汽车底盘系统 as a missing supplier', async () => {
    const r = await gql(
      server.url,
      '{ gaps(clusterId: "cluster:auto") { id kind severity explanation suggestedPartners { role node { name } } } }',
    );
    const ids = r.body.data?.gaps.map((g: { id: string }) => g.id);
    expect(ids).toContain('MISSING_SUPPLIER:product:auto-chassis');
    expect(ids).toContain('NO_RESEARCH_PARTNER:cluster:auto');
  });

  it('reports SINGLE_ZONE for 食品企业集群 (all in 食品工业园), not for 装备制造配套 (a second, planned home)', async () => {
    // The plan's 机电配套、轻工产品 … 只局限于单一园区 names two 优势产业, not these clusters (issue 17
    // item 7); 装备制造配套 is also to sit in the 电站及动力设备配套产业区 (item 11).
    const r = await gql(server.url, '{ gaps(kinds: [SINGLE_ZONE]) { cluster { id } zone { id } } }');
    const single = r.body.data?.gaps.map((g: { cluster: { id: string }; zone: { id: string } }) => [
      g.cluster.id,
      g.zone.id,
    ]);
    expect(single).toContainEqual(['cluster:food', 'zone:food-park']);
    expect(single.map(([c]: string[]) => c)).not.toContain('cluster:equipment-support');
  });

  it('names 哈工大, 703所 and 哈药集团 as partners where the plan links them', async () => {
    const q = `{ robots: partners(productId: "product:engineering-robots") { role node { id } }
                 ships: partners(productId: "product:ship-power-supporting") { role node { id } }
                 antibiotics: partners(productId: "product:antibiotics") { role node { id } } }`;
    const r = await gql(server.url, q);
    const has = (list: { role: string; node: { id: string } }[], id: string, role: string) =>
      list.some((m) => m.node.id === id && m.role === role);
    expect(has(r.body.data?.robots, 'institution:hit', 'RESEARCH_PARTNER')).toBe(true);
    expect(has(r.body.data?.ships, 'institution:ins-703', 'RESEARCH_PARTNER')).toBe(true);
    expect(has(r.body.data?.antibiotics, 'enterprise:harbin-pharma-group', 'PRODUCER')).toBe(true);
  });

  it('searches in Chinese, pinyin, initials and English', async () => {
    for (const text of ['哈工大', 'hagongda', 'hgd', 'Harbin Institute of Technology']) {
      const r = await gql(server.url, 'query($t: String!) { search(text: $t, first: 3) { id } }', { t: text });
      expect(r.body.data?.search[0]?.id, text).toBe('institution:hit');
    }
  });

  it('reports the plan’s indicators: 2005 actuals and 2010 targets, each with its measure and period', async () => {
    const r = await gql(
      server.url,
      '{ overview { nodeCount indicators { subject { id } indicator { key year value unit kind measure period } } } }',
    );
    const gdp = r.body.data?.overview.indicators.filter(
      (i: { subject: { id: string }; indicator: { name: string; key: string } }) =>
        i.subject.id === 'zone:hdz' && /^gdp-(20(05|10)|growth-2001-2005)$/.test(i.indicator.key),
    );
    expect(gdp.map((i: { indicator: unknown }) => i.indicator)).toEqual([
      { key: 'gdp-2005', year: 2005, value: 201, unit: '亿元', kind: 'ACTUAL', measure: 'LEVEL', period: '2005' },
      { key: 'gdp-2010', year: 2010, value: 461, unit: '亿元', kind: 'TARGET', measure: 'LEVEL', period: '2010' },
      {
        key: 'gdp-growth-2001-2005',
        year: 2005,
        value: 31,
        unit: '%',
        kind: 'ACTUAL',
        measure: 'GROWTH',
        period: '2001-2005',
      },
    ]);
    const clusterFigures = r.body.data?.overview.indicators.filter(
      (i: { subject: { id: string } }) => i.subject.id === 'cluster:incubation-rd',
    );
    expect(clusterFigures).toEqual([]); // the zone-wide innovation figures are the zone's (issue 17 item 4)
  });

  it("refuses issue 12's stall at the default budget (16 gap reports with their partners' paths and sources), serves the explorer's gap report", async () => {
    const stall = await gql(server.url, SIXTEEN_GAP_REPORTS);
    expect(stall.status).toBe(400);
    expect(codes(stall)).toEqual(['BAD_USER_INPUT']);
    const own = await gql(server.url, Q.gaps);
    expect(own.status).toBe(200);
    expect(own.body.data?.gaps.length).toBeGreaterThan(100);
  });
});
