/**
 * The review of an uploaded spreadsheet, as data: the counts the dialog heads with (新增, 修改,
 * 删除, 错误), the rows of its tables, and whether the change set may be applied and, if not,
 * why (errors not skipped, nothing to change, more than one change set holds). The dialog
 * (ui/uploadDialog.ts) draws these; applying sends the previewed set back as it came.
 */
import type { PreviewImportMutation } from './generated';
import { enumLabel, t } from './i18n';
import type { Lang } from './types';

export type ImportPreview = PreviewImportMutation['previewImport'];
type NodeEntry = ImportPreview['addedNodes'][number];
type EdgeEntry = ImportPreview['addedEdges'][number];
export type RowEntry = ImportPreview['errors'][number];

export interface UploadCounts {
  added: number;
  changed: number;
  removed: number;
  errors: number;
}

export function uploadCounts(p: ImportPreview): UploadCounts {
  return {
    added: p.addedNodes.length + p.addedEdges.length,
    changed: p.changedNodes.length + p.changedEdges.length,
    removed: p.removedNodes.length + p.removedEdges.length,
    errors: p.errors.length,
  };
}

/** Why the set cannot be applied (an i18n key and its values), or null when it can. */
export function blockedBy(p: ImportPreview): { key: string; vars?: Record<string, number> } | null {
  if (p.errors.length > 0 && !p.skippedBadRows) return { key: 'upload.blockedErrors', vars: { n: p.errors.length } };
  if (p.changeCount === 0) return { key: 'upload.nothing' };
  if (p.changeCount > p.maxChanges) return { key: 'upload.tooMany', vars: { n: p.changeCount, max: p.maxChanges } };
  return p.applicable ? null : { key: 'upload.nothing' };
}

/** One row of a review table: where it comes from, what it is, its name, what changes. */
export interface ReviewRow {
  id: string;
  row: string;
  what: string;
  name: string;
  detail: string;
}

/** `nodes.csv:3`, or the row number alone when the upload is one file. */
export function rowLabel(entry: { file: string | null; line: number | null }, files: readonly string[]): string {
  if (entry.line === null) return files.length > 1 && entry.file ? entry.file : '—';
  return files.length > 1 && entry.file ? `${entry.file}:${entry.line}` : String(entry.line);
}

function fieldsText(lang: Lang, fields: NodeEntry['fields']): string {
  return fields.map((f) => `${fieldLabel(lang, f.field)}: ${f.before ?? '—'} → ${f.after ?? '—'}`).join('\n');
}

/** A field's label: the dataset's field names in the language of the page. */
export function fieldLabel(lang: Lang, field: string): string {
  const key = `upload.field.${field}`;
  const label = t(lang, key);
  return label === key ? field : label;
}

const nodeRow = (lang: Lang, files: readonly string[], n: NodeEntry): ReviewRow => ({
  id: n.id,
  row: rowLabel(n, files),
  what: enumLabel(lang, n.kind),
  name: n.name,
  detail: n.fields.length > 0 ? fieldsText(lang, n.fields) : n.id,
});

const edgeRow = (lang: Lang, files: readonly string[], e: EdgeEntry): ReviewRow => ({
  id: e.id,
  row: rowLabel(e, files),
  what: enumLabel(lang, e.type),
  name: `${e.sourceName} → ${e.targetName}`,
  detail: e.fields.length > 0 ? fieldsText(lang, e.fields) : enumLabel(lang, e.status),
});

/** The rows of the added, changed and removed tables: nodes first, then relationships, each by row. */
export function reviewRows(p: ImportPreview, lang: Lang): Record<'added' | 'changed' | 'removed', ReviewRow[]> {
  const byRow = (a: { line: number | null }, b: { line: number | null }) =>
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);
  const rows = (nodes: NodeEntry[], edges: EdgeEntry[]) => [
    ...[...nodes].sort(byRow).map((n) => nodeRow(lang, p.files, n)),
    ...[...edges].sort(byRow).map((e) => edgeRow(lang, p.files, e)),
  ];
  return {
    added: rows(p.addedNodes, p.addedEdges),
    changed: rows(p.changedNodes, p.changedEdges),
    removed: rows(p.removedNodes, p.removedEdges),
  };
}

/** An error or notice row: its row, its field, its message. */
export function problemRow(e: RowEntry, files: readonly string[]): { row: string; field: string; message: string } {
  return { row: rowLabel(e, files), field: e.field ?? '', message: e.message };
}

/** Bytes as base64, in slices (String.fromCharCode takes only so many arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
