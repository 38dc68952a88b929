/**
 * Previewing an upload: a spreadsheet is read by the importer the command line uses — a
 * planner's sheets (nodes.csv, edges.csv in the export's columns: importCsv) or an enterprise
 * list from a business registry (planEnterpriseImport) — against the graph as it is now, and
 * answered as the change set it would make (diff.ts), its problems by row, and the source the
 * set carries. Nothing is applied: the editor reviews it and sends it with applyChangeSet,
 * whose versions refuse it if the graph changed in between.
 */
import { basename } from 'node:path';
import { decodeSheet, parseCsv, planCsvImport } from '../dataset';
import { planEnterpriseImport } from '../dataset/registry';
import { DatasetError, InvalidInputError } from '../domain/errors';
import type { Dataset } from '../domain/model';
import { type ChangeSource, checkSource, type EditableStore, MAX_CHANGES } from '../store/editing';
import type { GraphStore } from '../store/types';
import { type ChangeSetDiff, diffDatasets, emptyDiff, type Origin, type RowProblem } from './diff';
import { zipProblem } from './zip-guard';

/** What an uploaded workbook may unpack to (a registry list of thousands of rows is a few MB). */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface PreviewRequest {
  files: UploadedFile[];
  skipBadRows: boolean;
  mode: 'merge' | 'replace';
  /** The day written into the provenance, `YYYY-MM-DD`. */
  date: string;
  user: string;
}

export type UploadKind = 'REGISTRY' | 'PLANNER_SHEET';

export interface UploadPreview extends Omit<ChangeSetDiff, 'problems'> {
  kind: UploadKind;
  mode: 'merge' | 'replace';
  files: string[];
  errors: RowProblem[];
  notices: RowProblem[];
  skippedBadRows: boolean;
  changeCount: number;
  maxChanges: number;
  applicable: boolean;
  source: ChangeSource & { document: string; date: string; note: string };
}

/** The planner's node sheet has id, kind and name; the relationship sheet type, source and target. */
function isPlannerSheet(bytes: Uint8Array): boolean {
  const decoded = decodeSheet(bytes);
  if (!('text' in decoded)) return false;
  const firstLine = decoded.text.split(/\r?\n/, 1)[0] ?? '';
  let columns: string[];
  try {
    columns = (parseCsv(firstLine)[0]?.cells ?? []).map((c) => c.trim());
  } catch {
    return false;
  }
  const has = (...names: string[]) => names.every((n) => columns.includes(n));
  return has('id', 'kind', 'name') || has('type', 'source', 'target');
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

export async function previewUpload(store: GraphStore & EditableStore, req: PreviewRequest): Promise<UploadPreview> {
  if (req.files.length === 0) throw new InvalidInputError('请至少上传一个文件 / upload at least one file', 'files');
  const kinds = req.files.map((f) => (!isZip(f.bytes) && isPlannerSheet(f.bytes) ? 'PLANNER_SHEET' : 'REGISTRY'));
  const kind: UploadKind = kinds[0] === 'PLANNER_SHEET' ? 'PLANNER_SHEET' : 'REGISTRY';
  if (kinds.some((k) => k !== kind) || (kind === 'REGISTRY' && req.files.length > 1))
    throw new InvalidInputError(
      '一次上传一份企业名单，或规划表的 nodes.csv 与 edges.csv / a registry list goes alone; several files are the planner’s nodes.csv and edges.csv',
      'files',
    );
  if (kind === 'REGISTRY' && req.mode === 'replace')
    throw new InvalidInputError(
      '替换模式只用于规划表 / mode REPLACE is for a planner’s sheet, not a registry list',
      'mode',
    );

  const names = req.files.map((f) => basename(f.name));
  const base = await store.dump();
  const errors: RowProblem[] = [];
  const notices: RowProblem[] = [];
  let merged: Dataset | null = null;
  let origin: (id: string) => Origin | null = () => null;
  try {
    if (kind === 'REGISTRY') {
      const [file] = names as [string];
      const bytes = (req.files[0] as UploadedFile).bytes;
      const zip = isZip(bytes) ? zipProblem(bytes, MAX_UNPACKED_BYTES) : null;
      if (zip?.tooBig) throw new InvalidInputError(zip.message, 'files');
      if (zip) throw new DatasetError(file, [{ at: 'file', message: zip.message }]);
      const plan = await planEnterpriseImport(base, {
        file,
        bytes,
        date: req.date,
        // The rows that are fine are always shown; the set applies only once bad rows are skipped.
        skipBadRows: true,
      });
      for (const b of plan.report.badRows)
        errors.push({ file, line: b.line, field: b.field ?? null, elementId: null, message: b.message });
      for (const d of plan.report.duplicates)
        notices.push({
          file,
          line: d.line,
          field: d.by === 'creditCode' ? '统一社会信用代码' : '企业名称',
          elementId: null,
          message: `重复第${d.of}行，已略过 / repeats row ${d.of}: left out`,
        });
      for (const line of plan.report.rowsUnmatched)
        notices.push({
          file,
          line,
          field: null,
          elementId: null,
          message: '未匹配到产品 / names no product of the graph',
        });
      merged = plan.dataset;
      origin = (id) => {
        const line = plan.rows.get(id);
        return line === undefined ? null : { file, line };
      };
    } else {
      const plan = planCsvImport(
        base,
        req.files.map((f, i) => ({ file: names[i] as string, bytes: f.bytes })),
        req.mode,
        { skipBadRows: true },
      );
      for (const i of plan.issues)
        errors.push({
          file: i.file,
          line: i.line ?? null,
          field: i.field ?? null,
          elementId: i.elementId || null,
          message: i.message,
        });
      merged = plan.dataset;
      origin = (id) => plan.rows.get(id) ?? null;
    }
  } catch (err) {
    // The file as a whole cannot be read (no header, not a spreadsheet): its problems, no change set.
    if (!(err instanceof DatasetError)) throw err;
    for (const i of err.issues)
      errors.push({
        file: names.join(', '),
        line: i.line ?? null,
        field: i.field ?? null,
        elementId: i.elementId ?? null,
        message: i.message,
      });
  }

  const diff = merged
    ? await diffDatasets({
        base,
        merged,
        origin,
        file: names.join(', '),
        version: (e) => store.versionOf(e),
        ...(merged.lintAcks ? { acks: merged.lintAcks } : {}),
      })
    : emptyDiff();
  errors.push(...diff.problems);
  const { problems: _, ...shown } = diff;
  const source = checkSource({
    document: names.join(', '),
    date: req.date,
    note: `${req.user} 上传 / uploaded by ${req.user}`,
  }) as UploadPreview['source'];
  const count = diff.changes.length;
  return {
    kind,
    mode: req.mode,
    files: names,
    ...shown,
    errors,
    notices,
    skippedBadRows: req.skipBadRows,
    changeCount: count,
    maxChanges: MAX_CHANGES,
    applicable: count > 0 && count <= MAX_CHANGES && (errors.length === 0 || req.skipBadRows) && merged !== null,
    source,
  };
}
