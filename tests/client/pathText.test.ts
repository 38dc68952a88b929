import { describe, expect, it } from 'vitest';
import { pathText } from '../../client/src/lib/pathText';
import { edge, node } from './fixtures';

describe('pathText', () => {
  const path = {
    nodes: [node('institution:hit'), node('enterprise:hafei-auto'), node('cluster:auto')],
    edges: [
      edge('institution:hit-[COOPERATES_WITH]->enterprise:hafei-auto'),
      edge('enterprise:hafei-auto-[MEMBER_OF]->cluster:auto'),
    ],
  };

  it('names every step with its relationship, in the direction written', () => {
    expect(pathText(path, 'zh')).toBe('哈尔滨工业大学 —合作→ 哈飞汽车 —隶属→ 汽车及配套企业集群');
  });

  it('marks steps walked against the relationship direction', () => {
    const back = { nodes: [...path.nodes].reverse(), edges: [...path.edges].reverse() };
    expect(pathText(back, 'en')).toBe(
      'Automobile & parts cluster ←Member of— Hafei Automobile ←Cooperates with— Harbin Institute of Technology',
    );
  });

  it('prints a single node for a zero-length path', () => {
    expect(pathText({ nodes: [node('product:minicar')], edges: [] }, 'zh')).toBe('微型车');
  });
});
