/** Public face of the dataset layer: what is exported here is what other folders may use. */

export { writeFileAtomic } from './atomic-write';
export { canonicalDataset, canonicalEdge, canonicalNode, toJson } from './canonical';
export { parseCsv, writeCsv } from './csv';
export { decodeSheet } from './csv-encoding';
export { toCsv, toGraphml } from './formats';
export { type CsvPlan, type CsvSheet, importCsv, isEdgeSheet, planCsvImport, type SheetRow } from './import';
export { formatLintReport, LINT_CHECKS, type LintReport, type LintWarning, lintDataset } from './lint';
export {
  DEFAULT_DATASET,
  formatOf,
  loadDatasetFile,
  loadDatasetFileLocated,
  maxDatasetBytes,
  parseDataset,
  parseDatasetLocated,
} from './load';
export { validateDataset } from './validate';
