/**
 * Where a read dataset goes. Reading calls `nodes` once with every node (in file order), then
 * `edge` for each relationship (in file order) with the positions of its ends in that node list
 * (-1 when unknown: the sink looks them up), then `finish`; only a dataset that validated in full
 * reaches `finish`, and a sink given up on part-way is dropped. So a store can build itself while
 * the file is read (the memory store keeps numbers, not edge objects), and a plain reader
 * collects a Dataset.
 */
import type { Dataset, GraphEdge, GraphNode, LintAck } from '../domain/model';

export interface DatasetSink<T> {
  meta(meta: Record<string, unknown>): void;
  /** The file's lint acknowledgements, taken off the elements (Dataset.lintAcks), before `finish`. */
  lintAcks(acks: Map<string, LintAck[]>): void;
  nodes(nodes: GraphNode[]): void;
  edge(edge: GraphEdge, source: number, target: number): void;
  finish(): T;
}

/** A sink that keeps everything: the Dataset. */
export function collectDataset(): DatasetSink<Dataset> {
  const dataset: Dataset = { nodes: [], edges: [] };
  return {
    meta(meta) {
      dataset.meta = meta;
    },
    lintAcks(acks) {
      dataset.lintAcks = acks;
    },
    nodes(nodes) {
      dataset.nodes = nodes;
    },
    edge(edge) {
      dataset.edges.push(edge);
    },
    finish() {
      // The meta first, as the file has it.
      return dataset.meta ? { meta: dataset.meta, ...dataset } : dataset;
    },
  };
}

/** Feeds a whole dataset to a sink. */
export function feed<T>(dataset: Dataset, sink: DatasetSink<T>): T {
  if (dataset.meta) sink.meta(dataset.meta);
  sink.nodes(dataset.nodes);
  for (const edge of dataset.edges) sink.edge(edge, -1, -1);
  if (dataset.lintAcks) sink.lintAcks(dataset.lintAcks);
  return sink.finish();
}
