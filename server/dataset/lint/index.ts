/**
 * `npm run cli -- lint [file]`: checks that keep a valid dataset honest to its plan, one rule per
 * file under rules/. A warning an element is meant to raise is acknowledged in the data, on that
 * element: `lint: { ack: [{ rule, reason }] }`. Acknowledgements that no longer match a warning
 * are reported too, so none outlives the exception it was written for.
 */
import type { Dataset, LintAck, LintRule } from '../../domain/model';
import type { Locate } from '../parse';
import { aliasShared } from './rules/alias-shared';
import { indicatorScope } from './rules/indicator-scope';
import { indicatorSeries } from './rules/indicator-series';
import { plannedVerb } from './rules/planned-verb';
import { statedNamesEnd } from './rules/stated-names-end';
import type { Finding, LintCheck, LintContext } from './types';

export type { Finding } from './types';

/** Every rule, in the order warnings are listed; the keys are the rule names an ack may use. */
export const LINT_CHECKS: Record<LintRule, LintCheck> = {
  'stated-names-end': statedNamesEnd,
  'alias-shared': aliasShared,
  'indicator-scope': indicatorScope,
  'indicator-series': indicatorSeries,
  'planned-verb': plannedVerb,
};

export interface LintWarning {
  rule: LintRule | 'unused-ack';
  elementId: string;
  path: (string | number)[];
  message: string;
}

export interface LintReport {
  /** What needs attention: unacknowledged findings and acknowledgements nothing matched. */
  warnings: LintWarning[];
  /** Findings an element acknowledges, with the reason it gives. */
  acknowledged: (LintWarning & { reason: string })[];
}

function contextOf(dataset: Dataset): LintContext {
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const indexOf = new Map(dataset.nodes.map((n, i) => [n.id, i]));
  const parents = new Map<string, string[]>();
  for (const e of dataset.edges)
    if (e.type === 'PART_OF') parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
  const ancestors = new Map<string, Set<string>>();
  for (const id of parents.keys()) {
    const seen = new Set<string>();
    const stack = [...(parents.get(id) ?? [])];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(parents.get(next) ?? []));
    }
    ancestors.set(id, seen);
  }
  return { dataset, byId, indexOf, ancestors };
}

export function lintDataset(dataset: Dataset): LintReport {
  const ctx = contextOf(dataset);
  const findings: Finding[] = Object.values(LINT_CHECKS).flatMap((c) => c.check(ctx));
  const acks = dataset.lintAcks ?? new Map<string, LintAck[]>();
  const used = new Set<string>();
  const report: LintReport = { warnings: [], acknowledged: [] };
  for (const f of findings) {
    const warning: LintWarning = {
      rule: f.rule,
      elementId: f.target.elementId,
      path: f.target.path,
      message: f.message,
    };
    const ack = acks.get(f.target.ackKey)?.find((a) => a.rule === f.rule);
    if (!ack) {
      report.warnings.push(warning);
      continue;
    }
    used.add(`${f.target.ackKey}\u0000${f.rule}`);
    report.acknowledged.push({ ...warning, reason: ack.reason });
  }
  for (const [key, list] of acks) {
    for (const a of list) {
      if (used.has(`${key}\u0000${a.rule}`)) continue;
      report.warnings.push({
        rule: 'unused-ack',
        elementId: key,
        path: pathOfAck(ctx, key),
        message: `确认了 ${a.rule}，但该规则在此没有警告；删去这条确认 (acknowledges ${a.rule}, which raises nothing here; remove the ack)`,
      });
    }
  }
  return report;
}

/** The file path of an element's `lint` field, from its ack key. */
function pathOfAck(ctx: LintContext, key: string): (string | number)[] {
  const hash = key.indexOf('#');
  if (hash > 0) {
    const nodeId = key.slice(0, hash);
    const node = ctx.byId.get(nodeId);
    const k = node && 'indicators' in node ? node.indicators.findIndex((i) => i.key === key.slice(hash + 1)) : -1;
    return ['nodes', ctx.indexOf.get(nodeId) ?? -1, 'indicators', k, 'lint'];
  }
  const n = ctx.indexOf.get(key);
  if (n !== undefined) return ['nodes', n, 'lint'];
  return ['edges', ctx.dataset.edges.findIndex((e) => e.id === key), 'lint'];
}

/** `file:line: element [rule] message`, one warning a line, then a count. */
export function formatLintReport(report: LintReport, file: string, locate: Locate, withAcknowledged = false): string {
  const line = (w: LintWarning) => {
    const at = locate(w.path);
    return `${file}${at === undefined ? '' : `:${at}`}: ${w.elementId} [${w.rule}] ${w.message}`;
  };
  const rows = report.warnings.map(line);
  if (withAcknowledged)
    for (const a of report.acknowledged) {
      const at = locate(a.path);
      rows.push(`${file}${at === undefined ? '' : `:${at}`}: ${a.elementId} [${a.rule}, acknowledged] ${a.reason}`);
    }
  const n = report.warnings.length;
  rows.push(
    `${file}: ${n === 0 ? 'lint clean' : `${n} warning${n === 1 ? '' : 's'}`} — ${report.acknowledged.length} acknowledged in the data` +
      ` (${n === 0 ? '无未确认的警告' : `${n} 条未确认的警告`}，${report.acknowledged.length} 条已在数据中确认)`,
  );
  return `${rows.join('\n')}\n`;
}
