/** Importing enterprise lists exported from business registries (企查查, 天眼查, 启信宝). */
export { DEFAULT_HEADERS, FIELDS, type Field, type Mapping, parseMapping } from './columns';
export { creditCodeCheck, creditCodeProblem, normalizeCreditCode } from './credit-code';
export { planEnterpriseImport, type RegistryImport, type RegistryPlan } from './import';
export { formatRegistryReport, type RegistryReport } from './report';
