/** The shapes the lint rules share: what a rule sees, and what it reports. */
import type { Dataset, GraphEdge, GraphNode, LintRule } from '../../domain/model';

/** Where a finding points: the element (for its id and its acknowledgements) and the path to its line. */
export interface LintTarget {
  elementId: string;
  /** The key of the element's acknowledgements (see acks.ts). */
  ackKey: string;
  /** Path inside the file's data, e.g. `['edges', 12, 'sources', 0]`, for the line. */
  path: (string | number)[];
}

export interface Finding {
  rule: LintRule;
  target: LintTarget;
  /** Chinese first, English beside it. */
  message: string;
}

export interface LintContext {
  dataset: Dataset;
  byId: ReadonlyMap<string, GraphNode>;
  /** Each node's index in `dataset.nodes` (its place in the file). */
  indexOf: ReadonlyMap<string, number>;
  /** For each zone, every zone it is PART_OF, transitively. */
  ancestors: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LintCheck {
  rule: LintRule;
  /** One line: what the rule holds the data to. */
  description: string;
  check(ctx: LintContext): Finding[];
}

export const target = {
  node: (ctx: LintContext, node: GraphNode, ...path: (string | number)[]): LintTarget => ({
    elementId: node.id,
    ackKey: node.id,
    path: ['nodes', ctx.indexOf.get(node.id) ?? -1, ...path],
  }),
  indicator: (ctx: LintContext, node: GraphNode, k: number, key: string): LintTarget => ({
    elementId: `${node.id}#${key}`,
    ackKey: `${node.id}#${key}`,
    path: ['nodes', ctx.indexOf.get(node.id) ?? -1, 'indicators', k],
  }),
  edge: (index: number, edge: GraphEdge, ...path: (string | number)[]): LintTarget => ({
    elementId: edge.id,
    ackKey: edge.id,
    path: ['edges', index, ...path],
  }),
};
