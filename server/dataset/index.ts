/** Public face of the dataset layer: what is exported here is what other folders may use. */

export { writeFileAtomic } from './atomic-write';
export { canonicalDataset, canonicalEdge, canonicalNode, toJson } from './canonical';
export { parseCsv, writeCsv } from './csv';
export { decodeSheet } from './csv-encoding';
export { toCsv, toGraphml } from './formats';
export { type CsvSheet, importCsv } from './import';
export { DEFAULT_DATASET, formatOf, loadDatasetFile, maxDatasetBytes, parseDataset } from './load';
export { validateDataset } from './validate';
