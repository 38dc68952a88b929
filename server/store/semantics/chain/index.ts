/** Public face of the chain analyses (招商): what the stores hand their facts to. */
export { type ChainFacts, ChainIndex } from './facts';
export { CHAIN_GAP_KINDS, type ChainGapKind } from './gaps';
export { LANES, type Lane } from './panorama';
export { ChainAnalyses, type ChainOps } from './service';
