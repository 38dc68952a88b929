/**
 * Execution in turns of the event loop, for expensive answers. Building a large answer is
 * synchronous work in graphql-js and graphql-jit alike (completing every field of every element),
 * which would hold the loop for the whole answer while /healthz and every other client wait.
 * Given a `Pace` in the context, each root field and each long list is completed in slices of
 * about SLICE_BYTES of output, one slice per turn of the loop: the elements of a later slice are
 * promises that resolve only after the loop has come round (and served other sockets) again.
 * The answer is the same, element for element; only when it is built changes.
 */
import type { FieldNode } from 'graphql';

/** Output built per turn of the loop (graphql-jit completes ~70 MB/s here: some 5–8 ms). */
const SLICE_BYTES = 384 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Pace {
  private gate: Promise<void> = Promise.resolve();

  /**
   * `elementBytes` is the estimate's size of one element of a list field (response-size.ts);
   * a list the estimate did not size counts `otherBytes` an element.
   */
  constructor(
    private readonly elementBytes: ReadonlyMap<FieldNode, number>,
    private readonly otherBytes = 512,
  ) {}

  /** The value, once the slices before it are built and the loop has turned. */
  turn<T>(value: T): Promise<T> {
    const gate = this.next();
    return gate.then(() => value);
  }

  /** The list with all but its first slice deferred to later turns, one slice per turn. */
  list<T>(items: readonly T[], field: FieldNode | undefined): readonly (T | Promise<T>)[] {
    const each = (field && this.elementBytes.get(field)) || this.otherBytes;
    const perTurn = Math.max(1, Math.floor(SLICE_BYTES / each));
    if (items.length <= perTurn) return items;
    const out: (T | Promise<T>)[] = items.slice(0, perTurn);
    for (let start = perTurn; start < items.length; start += perTurn) {
      const gate = this.next();
      const end = Math.min(items.length, start + perTurn);
      for (let i = start; i < end; i++) {
        const item = items[i] as T;
        out.push(gate.then(() => item));
      }
    }
    return out;
  }

  private next(): Promise<void> {
    this.gate = this.gate.then(nextTurn);
    return this.gate;
  }
}

type Resolver = (
  parent: unknown,
  args: unknown,
  context: { pace?: Pace },
  info: { fieldNodes: readonly FieldNode[] },
) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * The resolvers with pacing added: every root field's answer waits its turn (so each root field
 * is built in its own turns), and root lists and a subgraph's nodes and edges come in slices.
 * Without a `Pace` in the context (every cheap request) they are the resolvers as they are.
 */
export function pacedResolvers(resolvers: ResolverMap): ResolverMap {
  const query = resolvers.Query as Record<string, Resolver>;
  const paced: Record<string, Resolver> = {};
  for (const [name, resolve] of Object.entries(query)) {
    paced[name] = (parent, args, context, info) => {
      const value = resolve(parent, args, context, info);
      const pace = context.pace;
      if (!pace) return value;
      return Promise.resolve(value).then((v) => pace.turn(Array.isArray(v) ? pace.list(v, info.fieldNodes[0]) : v));
    };
  }
  const slices =
    (field: 'nodes' | 'edges'): Resolver =>
    (parent, _args, context, info) => {
      const items = (parent as Record<typeof field, unknown[]>)[field];
      return context.pace ? context.pace.list(items, info.fieldNodes[0]) : items;
    };
  return {
    ...resolvers,
    Query: paced,
    Subgraph: { ...(resolvers.Subgraph ?? {}), nodes: slices('nodes'), edges: slices('edges') },
  };
}
