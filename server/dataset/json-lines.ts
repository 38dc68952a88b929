/**
 * Lines of elements in a large JSON dataset without building a syntax tree: one pass over the
 * text that notes where each element of the top-level `nodes` and `edges` arrays starts, and
 * where each key inside it starts. Used when a file is too large for the YAML locator.
 */

export interface ElementLines {
  /** 1-based line where element i starts. */
  start: number;
  /** 1-based line of each top-level key inside the element. */
  keys: Map<string, number>;
}

export function scanJsonLines(text: string): { nodes: ElementLines[]; edges: ElementLines[] } {
  const out = { nodes: [] as ElementLines[], edges: [] as ElementLines[] };
  let line = 1;
  let depth = 0;
  let topKey: string | null = null;
  let current: ElementLines | null = null;
  let lastString = '';
  let stringStartLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 34) {
      // A string: find its end, honouring escapes; keep it only when it may be a key we need.
      stringStartLine = line;
      const from = i + 1;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 92) i++;
        else if (text.charCodeAt(i) === 10) line++;
        i++;
      }
      lastString = depth <= 3 && i - from < 64 ? text.slice(from, i) : '';
      continue;
    }
    if (c === 58) {
      // A colon after a key.
      if (depth === 1) topKey = lastString;
      else if (depth === 3 && current) current.keys.set(lastString, stringStartLine);
      continue;
    }
    if (c === 123 || c === 91) {
      depth++;
      if (depth === 3 && c === 123 && (topKey === 'nodes' || topKey === 'edges')) {
        current = { start: line, keys: new Map() };
        out[topKey].push(current);
      }
      continue;
    }
    if (c === 125 || c === 93) {
      if (depth === 3) current = null;
      depth--;
    }
  }
  return out;
}
