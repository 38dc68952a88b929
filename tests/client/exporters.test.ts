import { describe, expect, it } from 'vitest';
import {
  BOM,
  csvField,
  edgesCsv,
  gapsCsv,
  nodesCsv,
  partnersCsv,
  toCsv,
  toGraphml,
  toInterchangeJson,
  xmlEscape,
} from '../../client/src/lib/exporters';
import type { Gap, PartnerMatch } from '../../client/src/lib/types';
import { DatasetSchema, EdgeSchema, NodeSchema } from '../../server/domain/model';
import { edge, miniEdges, miniNodes, node } from './fixtures';

const graph = { nodes: miniNodes, edges: miniEdges };
const lines = (csv: string) => csv.slice(BOM.length).trimEnd().split('\r\n');

const match: PartnerMatch = {
  node: node('enterprise:hafei-auto'),
  role: 'PRODUCER',
  score: 0.91234,
  reason: '生产微型车, "整车"',
  reasonEn: 'makes mini cars',
  // As the API gives it: from the product asked about to the partner.
  path: {
    nodes: [node('product:minicar'), node('enterprise:hafei-auto')],
    edges: [edge('enterprise:hafei-auto-[PRODUCES]->product:minicar')],
    length: 1,
  },
};

describe('CSV', () => {
  it('starts with a UTF-8 BOM and uses CRLF rows', () => {
    const csv = toCsv([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes fields with separators, quotes or line breaks', () => {
    expect(csvField('哈飞')).toBe('哈飞');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(null)).toBe('');
  });

  it('exports nodes and edges with labels in the chosen language', () => {
    const n = lines(nodesCsv(graph, 'zh'));
    expect(n).toHaveLength(miniNodes.length + 1);
    expect(n.find((l) => l.startsWith('enterprise:hafei-auto,'))).toContain(
      ',ENTERPRISE,企业,哈飞汽车,Hafei Automobile,哈飞,EXISTING,',
    );
    const e = lines(edgesCsv(graph, 'en'));
    expect(e).toHaveLength(miniEdges.length + 1);
    expect(e.some((l) => l.includes(',SUPPLIES,Supplies,enterprise:dongan-engine,enterprise:hafei-auto,'))).toBe(true);
  });

  it('exports the partner table ranked, with the path read from the partner, as the reason reads', () => {
    const rows = lines(partnersCsv(node('product:minicar'), [match], 'zh'));
    expect(rows[0]).toBe('产品,排名,合作方,合作方ID,类型,角色,得分,所在园区,理由,路径,出处,出处章节');
    expect(
      rows[1]?.startsWith(
        '微型车,1,哈飞汽车,enterprise:hafei-auto,企业,生产商,0.912,,"生产微型车, ""整车""",哈飞汽车 —生产→ 微型车,',
      ),
    ).toBe(true);
  });

  it('makes a partner sheet stand on its own: what it is first, each partner’s zone and sources', () => {
    const hafei = node('enterprise:hafei-auto');
    const zone = node('zone:haping-road');
    const rows = lines(
      partnersCsv(node('product:minicar'), [match], 'zh', {
        about: '微型车的合作伙伴 · 2026-12-01 · 数据来源：规划',
        zoneOf: (id) => (id === hafei.id ? zone : undefined),
      }),
    );
    expect(rows[0]).toBe('# 微型车的合作伙伴 · 2026-12-01 · 数据来源：规划');
    expect(rows[1]?.split(',')[7]).toBe('所在园区');
    const cells = rows[2]?.split(',') ?? [];
    expect(cells[7]).toBe('哈平路集中区');
    expect(rows[2]).toContain(hafei.sources[0]?.quote ?? '');
    expect(rows[2]).toContain(hafei.sources[0]?.section ?? '');
  });

  it('exports the gap report as the target list, each partner with its zone and the gap’s sources', () => {
    const gap: Gap = {
      id: 'gap:1',
      kind: 'MISSING_SUPPLIER',
      severity: 'HIGH',
      product: node('product:auto-electronics'),
      cluster: node('cluster:auto'),
      zone: null,
      explanation: '无本地生产商',
      explanationEn: 'No local producer',
      suggestedPartners: [match],
    };
    const rows = lines(gapsCsv([gap], 'en'));
    expect(rows[0]).toBe(
      'Gap ID,Kind,Severity,Product,Cluster,Zone,Explanation,Suggested partners (zone),Sources,Sections',
    );
    expect(
      rows[1]?.startsWith(
        'gap:1,Missing supplier,High,Automotive electronics,Automobile & parts cluster,,No local producer,Hafei Automobile (Producer),',
      ),
    ).toBe(true);
    const zoned = lines(
      gapsCsv([gap], 'zh', {
        about: '缺口',
        zoneOf: (id) => (id === 'enterprise:hafei-auto' ? node('zone:haping-road') : undefined),
      }),
    );
    expect(zoned[0]).toBe('# 缺口');
    expect(zoned[2]).toContain('哈飞汽车（生产商、哈平路集中区）');
    expect(zoned[2]).toContain(node('product:auto-electronics').sources[0]?.quote ?? '');
  });
});

describe('CSV formula injection', () => {
  const evil = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-1+1', '\t=1'];
  const cellsOf = (csv: string) => lines(csv).flatMap((l) => l.split(','));

  it('neutralises every cell a spreadsheet would run, in the node, partner and gap sheets', () => {
    const named = (id: string, name: string) => ({ ...node(id), name, nameEn: name });
    const nodes = evil.map((name, i) => named(miniNodes[i]?.id as string, name));
    const partner = { ...match, node: named('enterprise:hafei-auto', evil[0] as string), reason: evil[1] as string };
    const gap: Gap = {
      id: 'gap:1',
      kind: 'MISSING_SUPPLIER',
      severity: 'HIGH',
      product: named('product:auto-electronics', evil[2] as string),
      cluster: null,
      zone: null,
      explanation: evil[3] as string,
      explanationEn: evil[3] as string,
      suggestedPartners: [partner],
    };
    for (const csv of [
      nodesCsv({ nodes, edges: [] }, 'zh'),
      partnersCsv(nodes[0] as (typeof nodes)[number], [partner], 'zh'),
      gapsCsv([gap], 'zh'),
    ]) {
      const cells = cellsOf(csv).map((c) => (c.startsWith('"') ? c.slice(1) : c));
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(cells.some((c) => c.startsWith("'="))).toBe(true);
    }
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(-3)).toBe('-3'); // numbers are not formulas
  });
});

describe('JSON interchange', () => {
  it('writes nodes and edges the dataset schema accepts', () => {
    const out = JSON.parse(toInterchangeJson(graph)) as { nodes: unknown[]; edges: unknown[] };
    expect(DatasetSchema.safeParse(out).success).toBe(true);
    for (const n of out.nodes) expect(NodeSchema.safeParse(n).error).toBeUndefined();
    for (const e of out.edges) expect(EdgeSchema.safeParse(e).error).toBeUndefined();
    expect(out.nodes).toHaveLength(miniNodes.length);
  });

  it('drops API-only fields and nulls', () => {
    const withApiFields = {
      ...node('product:minicar'),
      degree: 3,
      sources: [{ quote: '微型车', section: 's', stated: true, note: null, document: null, url: null, date: null }],
    };
    const out = JSON.parse(toInterchangeJson({ nodes: [withApiFields], edges: [] })) as {
      nodes: Record<string, unknown>[];
    };
    expect(out.nodes[0]).not.toHaveProperty('degree');
    expect(out.nodes[0]?.sources).toEqual([{ quote: '微型车', section: 's', stated: true }]);
  });
});

describe('GraphML', () => {
  it('declares keys and writes every node and edge, escaped', () => {
    const tricky = { ...node('enterprise:hafei-auto'), name: 'A&B <"x">' };
    const xml = toGraphml({
      nodes: [tricky, node('product:minicar')],
      edges: [edge('enterprise:hafei-auto-[PRODUCES]->product:minicar')],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<key id="n_name" for="node" attr.name="name" attr.type="string"/>');
    expect(xml).toContain('<data key="n_name">A&amp;B &lt;&quot;x&quot;&gt;</data>');
    expect(xml).toContain(
      '<edge id="enterprise:hafei-auto-[PRODUCES]-&gt;product:minicar" source="enterprise:hafei-auto" target="product:minicar">',
    );
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('escapes the five XML specials', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
