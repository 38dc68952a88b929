/** Public face of the dataset layer: what is exported here is what other folders may use. */
export { canonicalDataset, canonicalEdge, canonicalNode, toJson } from './canonical';
export { DEFAULT_DATASET, formatOf, loadDatasetFile, maxDatasetBytes, parseDataset } from './load';
export { validateDataset } from './validate';
export { parseCsv, writeCsv } from './csv';
export { toCsv, toGraphml } from './formats';
export { importCsv, type CsvSheet } from './import';
