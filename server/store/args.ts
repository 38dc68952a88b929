/**
 * Argument defaults and hard caps, checked once here for both stores so the contract suite
 * sees the same InvalidInputError from each. The caps are part of the API (documented in the SDL).
 */
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { MAX_ID_LENGTH, type NodeKind } from '../domain/model';
import type {
  BetweenArgs,
  ChainGapsArgs,
  GapsArgs,
  NeighborhoodArgs,
  PanoramaArgs,
  PathsArgs,
  SearchArgs,
  SubgraphArgs,
  SupplyChainArgs,
  WhatIfArgs,
} from './types';

export const CAPS = {
  depth: 3,
  maxDepth: 6,
  maxHops: 6,
  first: 100,
  searchFirst: 50,
  limit: 2000,
  subgraphLimit: 20000,
  searchText: 200,
  idLength: MAX_ID_LENGTH,
  ids: 500,
  betweenIds: 5000,
  tiers: 6,
  targets: 50,
  removeIds: 100,
} as const;

function intArg(name: string, value: number | undefined | null, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v)) throw new InvalidInputError(`\`${name}\` must be an integer`, name);
  if (v < min || v > max)
    throw new InvalidInputError(`\`${name}\` must be between ${min} and ${max} (cap ${max})`, name);
  return v;
}

export function checkId(name: string, id: string): string {
  if (typeof id !== 'string' || id.length === 0)
    throw new InvalidInputError(`\`${name}\` must be a non-empty id`, name);
  if (id.length > CAPS.idLength)
    throw new InvalidInputError(`\`${name}\` is longer than ${CAPS.idLength} characters`, name);
  return id;
}

export function checkIds(ids: readonly string[]): readonly string[] {
  if (ids.length > CAPS.ids)
    throw new InvalidInputError(`\`ids\` may hold at most ${CAPS.ids} ids (cap ${CAPS.ids})`, 'ids');
  for (const id of ids) checkId('ids', id);
  return ids;
}

export function searchArgs(text: string, a: SearchArgs = {}) {
  if (text.length > CAPS.searchText)
    throw new InvalidInputError(`\`text\` is longer than ${CAPS.searchText} characters (cap)`, 'text');
  return { kinds: a.kinds ?? null, first: intArg('first', a.first, 20, 1, CAPS.searchFirst) };
}

export function neighborhoodArgs(a: NeighborhoodArgs = {}) {
  return {
    depth: intArg('depth', a.depth, 1, 1, CAPS.depth),
    kinds: a.kinds ?? null,
    relTypes: a.relTypes ?? null,
    limit: intArg('limit', a.limit, 500, 1, CAPS.limit),
  };
}

export function supplyChainArgs(a: SupplyChainArgs = {}) {
  return { direction: a.direction ?? 'BOTH', maxDepth: intArg('maxDepth', a.maxDepth, 4, 1, CAPS.maxDepth) };
}

export function pathsArgs(a: PathsArgs = {}) {
  return {
    lens: a.lens ?? 'ALL',
    maxHops: intArg('maxHops', a.maxHops, 4, 1, CAPS.maxHops),
    first: intArg('first', a.first, 5, 1, CAPS.first),
    maxDegree:
      a.maxDegree === null || a.maxDegree === undefined
        ? null
        : intArg('maxDegree', a.maxDegree, 0, 1, Number.MAX_SAFE_INTEGER),
  };
}

/** The ids of a `between` call, deduplicated in the order given. */
export function betweenArgs(ids: readonly string[], a: BetweenArgs = {}) {
  if (ids.length > CAPS.betweenIds)
    throw new InvalidInputError(`\`ids\` may hold at most ${CAPS.betweenIds} ids (cap ${CAPS.betweenIds})`, 'ids');
  for (const id of ids) checkId('ids', id);
  return { ids: [...new Set(ids)], relTypes: a.relTypes ?? null };
}

export function partnersArgs(a: { first?: number } = {}) {
  return { first: intArg('first', a.first, 20, 1, CAPS.first) };
}

export function subgraphArgs(a: SubgraphArgs = {}) {
  return {
    kinds: a.kinds ?? null,
    relTypes: a.relTypes ?? null,
    limit: intArg('limit', a.limit, 2000, 1, CAPS.subgraphLimit),
  };
}

export function gapsArgs(a: GapsArgs = {}) {
  return { clusterId: a.clusterId ?? null, zoneId: a.zoneId ?? null, kinds: a.kinds ?? null };
}

const optionalId = (name: string, id: string | null | undefined) => (id == null ? null : checkId(name, id));

export function chainGapsArgs(a: ChainGapsArgs = {}) {
  return {
    homeZoneId: optionalId('homeZoneId', a.homeZoneId),
    clusterId: optionalId('clusterId', a.clusterId),
    productId: optionalId('productId', a.productId),
    kinds: a.kinds ?? null,
    tiers: intArg('tiers', a.tiers, 1, 1, CAPS.tiers),
    first: intArg('first', a.first, 100, 1, CAPS.first),
    targets: intArg('targets', a.targets, 10, 0, CAPS.targets),
  };
}

export function panoramaArgs(a: PanoramaArgs = {}) {
  return {
    homeZoneId: optionalId('homeZoneId', a.homeZoneId),
    clusterId: optionalId('clusterId', a.clusterId),
    productId: optionalId('productId', a.productId),
    tiers: intArg('tiers', a.tiers, 3, 1, CAPS.tiers),
  };
}

export function whatIfArgs(removeIds: readonly string[], a: WhatIfArgs = {}) {
  if (removeIds.length > CAPS.removeIds)
    throw new InvalidInputError(
      `\`removeIds\` may hold at most ${CAPS.removeIds} ids (cap ${CAPS.removeIds})`,
      'removeIds',
    );
  for (const id of removeIds) checkId('removeIds', id);
  return {
    removeIds: [...new Set(removeIds)],
    homeZoneId: optionalId('homeZoneId', a.homeZoneId),
    targets: intArg('targets', a.targets, 10, 0, CAPS.targets),
  };
}

/** `first` of `ChainGap.targets`, checked as the store checks its own `targets`. */
export function targetsFirst(first: number | null | undefined): number {
  return intArg('first', first, 10, 1, CAPS.targets);
}

/**
 * The node an argument names, looked up by the store: NotFoundError when there is none,
 * InvalidInputError when it is of the wrong kind. Both stores call this, so they refuse alike.
 */
export function requireNode<T extends { kind: NodeKind }>(
  node: T | null,
  what: string,
  id: string,
  kind?: NodeKind,
): T {
  if (!node) throw new NotFoundError(what, id);
  if (kind && node.kind !== kind)
    throw new InvalidInputError(`\`${what}\` must be a ${kind}, not a ${node.kind}: ${id}`, what);
  return node;
}
