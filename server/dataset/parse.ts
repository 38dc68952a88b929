/**
 * Reading a dataset file: YAML (hand-edited) or JSON (the interchange format), with a way back
 * from a path inside the data to the line it came from, so errors can name it.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { DatasetIssue } from '../domain/errors';
import { type DuplicateKey, findDuplicateKey } from './duplicate-keys';
import { scanJsonLines } from './json-lines';

export type Locate = (path: ReadonlyArray<string | number>) => number | undefined;

export interface ParsedFile {
  data: unknown;
  locate: Locate;
}

/** Files larger than this are located lazily and only by element, to keep memory bounded. */
const FULL_LOCATE_LIMIT = 32 * 1024 * 1024;

export function parseDatasetText(text: string, format: 'json' | 'yaml'): ParsedFile | DatasetIssue {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (err) {
      return { at: 'file', message: `malformed JSON: ${(err as Error).message}`, ...lineOfJsonError(body, err) };
    }
    const repeated = findDuplicateKey(body);
    if (repeated) return duplicateKeyIssue(repeated, data);
    return { data, locate: lazyLocator(body) };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    return {
      at: 'file',
      message: `malformed YAML: ${first.message.split('\n')[0]}`,
      line: lineCounter.linePos(first.pos[0]).line,
    };
  }
  return { data: doc.toJS({ maxAliasCount: 100 }), locate: yamlLocator(doc, lineCounter) };
}

/** A repeated key, named like any problem of its element: `nodes[3] (product:a) field \`name\``. */
function duplicateKeyIssue(repeated: DuplicateKey, data: unknown): DatasetIssue {
  const [collection, index, ...inside] = repeated.path;
  const message = `the key \`${repeated.key}\` is repeated (a JSON reader keeps only the last one); keep one`;
  if ((collection !== 'nodes' && collection !== 'edges') || typeof index !== 'number')
    return { at: 'file', field: repeated.path.join('.'), line: repeated.line, message };
  const element = ((data as Record<string, unknown[]>)[collection]?.[index] ?? {}) as Record<string, unknown>;
  const issue: DatasetIssue = { at: `${collection}[${index}]`, field: inside.join('.'), line: repeated.line, message };
  const id =
    element.id ?? (collection === 'edges' ? `${element.source}-[${element.type}]->${element.target}` : undefined);
  if (typeof id === 'string') issue.elementId = id;
  return issue;
}

function yamlLocator(doc: ReturnType<typeof parseDocument>, lines: LineCounter): Locate {
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
      // A key whose value is missing: fall back to the enclosing collection.
    }
    return undefined;
  };
}

/** JSON is parsed with JSON.parse for speed; lines are only worked out when an error needs one. */
function lazyLocator(text: string): Locate {
  let cached: Locate | undefined;
  return (path) => {
    if (!cached) {
      if (text.length > FULL_LOCATE_LIMIT) {
        cached = scanLocator(text);
      } else {
        const lineCounter = new LineCounter();
        const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
        cached = yamlLocator(doc, lineCounter);
      }
    }
    return cached(path);
  };
}

/** For files too large to parse twice: element and key lines from one scan. */
function scanLocator(text: string): Locate {
  const lines = scanJsonLines(text);
  return (path) => {
    const [collection, index, key] = path;
    if (collection !== 'nodes' && collection !== 'edges') return undefined;
    const element = lines[collection][index as number];
    if (!element) return undefined;
    return (typeof key === 'string' ? element.keys.get(key) : undefined) ?? element.start;
  };
}

function lineOfJsonError(text: string, err: unknown): { line?: number } {
  const message = (err as Error).message;
  const pos = /position (\d+)/.exec(message);
  if (pos?.[1]) return { line: lineAt(text, Number(pos[1])) };
  const lineCol = /line (\d+)/.exec(message);
  if (lineCol?.[1]) return { line: Number(lineCol[1]) };
  return {};
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
