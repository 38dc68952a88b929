/**
 * Repeated keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, so a
 * dataset with `"name"` twice in a node would load one of them silently; this scan finds them
 * (keys compared as JSON.parse reads them, escapes included), with the path and the line.
 * The line reader skips it for lines whose length shows nothing can be repeated (accept.ts).
 */

export interface DuplicateKey {
  /** Path from the scanned value to the repeated key, e.g. ['nodes', 3, 'sources', 0, 'quote']. */
  path: (string | number)[];
  key: string;
  /** 1-based, counted from `firstLine`. */
  line: number;
}

interface Frame {
  /** null for an array. */
  keys: string[] | null;
  /** The key or index under which this frame sits in its parent. */
  at: string | number;
  index: number;
  /** The key just read, waiting for its value. */
  pending: string;
}

/** The first repeated key in `text` (a JSON value, assumed well-formed), or null. */
export function findDuplicateKey(text: string, firstLine = 1): DuplicateKey | null {
  const stack: Frame[] = [];
  let line = firstLine;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      const start = i + 1;
      let escaped = false;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) {
        if (text.charCodeAt(i) === 92) {
          escaped = true;
          i++;
        }
      }
      const raw = text.slice(start, i);
      lastString = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
    } else if (c === 58) {
      const frame = stack[stack.length - 1];
      if (frame?.keys) {
        if (frame.keys.includes(lastString))
          return { path: [...stack.slice(1).map((f) => f.at), lastString], key: lastString, line };
        frame.keys.push(lastString);
        frame.pending = lastString;
      }
    } else if (c === 123 || c === 91) {
      const parent = stack[stack.length - 1];
      const at = parent ? (parent.keys ? parent.pending : parent.index) : '';
      stack.push({ keys: c === 123 ? [] : null, at, index: 0, pending: '' });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const frame = stack[stack.length - 1];
      if (frame && !frame.keys) frame.index++;
    }
  }
  return null;
}
