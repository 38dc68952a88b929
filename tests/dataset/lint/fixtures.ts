/** Small datasets for the lint rules: built as objects, written as JSON, read back as a file would be. */
import { type LintReport, lintDataset, parseDatasetLocated } from '../../../server/dataset';

type Obj = Record<string, unknown>;

export const src = (quote: string, section = '第三章 测试', extra: Obj = {}): Obj => ({ quote, section, ...extra });
export const implied = (quote: string): Obj => src(quote, '第三章 测试', { stated: false, note: '推断 (implied)' });

const KIND_FIELDS: Record<string, Obj> = {
  cluster: { kind: 'CLUSTER', tier: 'ESTABLISHED' },
  zone: { kind: 'ZONE', zoneKind: 'INDUSTRIAL_PARK' },
  enterprise: { kind: 'ENTERPRISE' },
  institution: { kind: 'INSTITUTION', institutionKind: 'UNIVERSITY' },
  product: { kind: 'PRODUCT' },
};

/** A node whose only source quotes its own name, unless `extra` says otherwise. */
export function node(id: string, name: string, extra: Obj = {}): Obj {
  const prefix = id.slice(0, id.indexOf(':'));
  return { id, ...KIND_FIELDS[prefix], name, nameEn: `${name} (en)`, sources: [src(name)], ...extra };
}

export function edge(type: string, source: string, target: string, sources: Obj[], extra: Obj = {}): Obj {
  return { type, source, target, sources, ...extra };
}

export function indicator(key: string, extra: Obj = {}): Obj {
  return {
    key,
    name: key,
    nameEn: key,
    year: 2005,
    value: 1,
    unit: '亿元',
    kind: 'ACTUAL',
    measure: 'LEVEL',
    period: '2005',
    sources: [src('全区实现生产总值201亿元')],
    ...extra,
  };
}

/** Lints the dataset, and gives the line of each warning as the CLI would print it. */
export function lint(nodes: Obj[], edges: Obj[] = []): LintReport & { lines: (number | undefined)[] } {
  const text = JSON.stringify({ nodes, edges }, null, 2);
  const { dataset, locate } = parseDatasetLocated(text, 'fixture.json');
  const report = lintDataset(dataset);
  return { ...report, lines: report.warnings.map((w) => locate(w.path)) };
}

export const rulesOf = (r: LintReport) => r.warnings.map((w) => `${w.rule} ${w.elementId}`);
