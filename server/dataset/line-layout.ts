/**
 * Reading the canonical JSON text (`toJson`: one element per line) a line at a time: the file is
 * read in chunks cut at line ends, each element line is parsed on its own and validated at once
 * (fast-validate.ts), so neither the whole text nor a tree of it is ever held, and an element's
 * line is simply the line it is on.
 *
 * Any text that departs from the layout (a hand-written or pretty-printed file) or that does not
 * validate on the good path gives null: the caller then reads it the general way, which accepts
 * any JSON and names every problem.
 */
import { open } from 'node:fs/promises';
import { takeSize } from './accept';
import { findDuplicateKey } from './duplicate-keys';
import { FastValidator } from './fast-validate';
import type { DatasetSink } from './sink';

type State = 'start' | 'head' | 'afterMeta' | 'nodes' | 'between' | 'edges' | 'end' | 'done';

class LineLayoutReader<T> {
  private state: State = 'start';
  /** In a list: whether the line before opened it or ended with a comma (an element must follow). */
  private needElement = false;
  /** In a list: whether the line before opened it or was its last element (it may close now). */
  private mayClose = false;

  /** `wellFormed`: the text has no lone surrogates (decoded UTF-8 never has). */
  constructor(
    private readonly validator: FastValidator<T>,
    private readonly wellFormed: boolean,
  ) {}

  /** Takes the next line; false as soon as the text is not in the layout or validation gave up. */
  line(given: string): boolean {
    const text = given.endsWith('\r') ? given.slice(0, -1) : given;
    switch (this.state) {
      case 'start':
        return this.to(text === '{' || text === '\ufeff{', 'head');
      case 'head':
        if (text.startsWith('"meta": ') && text.endsWith(',')) return this.meta(text.slice(8, -1));
        return this.open(text, 'nodes');
      case 'afterMeta':
        return this.open(text, 'nodes');
      case 'nodes':
        return text === '],' ? this.to(this.mayClose, 'between') : this.element(text);
      case 'between':
        return this.open(text, 'edges');
      case 'edges':
        return text === ']' ? this.to(this.mayClose, 'end') : this.element(text);
      case 'end':
        return this.to(text === '}', 'done');
      case 'done':
        return text === '';
    }
  }

  /** Whether the text ended where the layout ends. */
  end(): boolean {
    return this.state === 'done';
  }

  private to(ok: boolean, state: State): boolean {
    if (ok) this.state = state;
    return ok;
  }

  private meta(json: string): boolean {
    const meta = parse(json);
    if (meta === undefined || findDuplicateKey(json)) return false;
    this.validator.meta(meta);
    this.state = 'afterMeta';
    return !this.validator.failed;
  }

  /** `"name": [` opens the list; `"name": []` (with its comma for the nodes) is an empty one. */
  private open(text: string, name: 'nodes' | 'edges'): boolean {
    if (text === `"${name}": [`) {
      this.state = name;
      this.needElement = true;
      this.mayClose = true;
      return true;
    }
    return name === 'nodes' ? this.to(text === '"nodes": [],', 'between') : this.to(text === '"edges": []', 'end');
  }

  private element(text: string): boolean {
    if (!this.needElement) return false;
    const more = text.endsWith(',');
    const json = more ? text.slice(0, -1) : text;
    const raw = parse(json);
    if (raw === undefined) return false;
    takeSize();
    if (this.state === 'nodes') this.validator.node(raw);
    else this.validator.edge(raw);
    if (this.validator.failed) return false;
    // JSON.parse keeps the last of two equal keys. A line exactly as long as the JSON of what it
    // parsed to has none (accept.ts, `takeSize`); any other is scanned.
    const canonical = this.validator.fast && takeSize() === json.length && (this.wellFormed || isWellFormed(json));
    if (!canonical && findDuplicateKey(json)) return false;
    this.needElement = more;
    this.mayClose = !more;
    return true;
  }
}

/** No lone surrogate (JSON.stringify would write one as six characters). */
function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(text);
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Reads `text` in the line layout into the sink; null when it is not that layout or not plainly valid. */
export function readLineLayoutText<T>(text: string, sink: DatasetSink<T>): T | null {
  const validator = new FastValidator(sink);
  const reader = new LineLayoutReader(validator, false);
  for (let at = 0; ; ) {
    const nl = text.indexOf('\n', at);
    if (!reader.line(nl < 0 ? text.slice(at) : text.slice(at, nl))) return null;
    if (nl < 0) break;
    at = nl + 1;
  }
  return reader.end() ? validator.finish() : null;
}

const CHUNK = 16 * 1024 * 1024;

/** The same, reading the file in chunks cut at line ends. */
export async function readLineLayoutFile<T>(file: string, sink: DatasetSink<T>, chunk = CHUNK): Promise<T | null> {
  const validator = new FastValidator(sink);
  const reader = new LineLayoutReader(validator, true);
  const handle = await open(file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(chunk);
    let held = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, held, buffer.length - held, null);
      const end = held + bytesRead;
      // At the end of the file, what is held is the last line; else cut after the last newline
      // (in UTF-8 a newline byte is never part of another character).
      const cut = bytesRead === 0 ? end : buffer.lastIndexOf(10, end - 1);
      if (cut < 0) {
        // One line longer than the buffer: make room and read on.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, end);
        buffer = larger;
        held = end;
        continue;
      }
      const text = buffer.toString('utf8', 0, cut);
      for (let at = 0; ; ) {
        const nl = text.indexOf('\n', at);
        if (!reader.line(nl < 0 ? text.slice(at) : text.slice(at, nl))) return null;
        if (nl < 0) break;
        at = nl + 1;
      }
      if (bytesRead === 0) break;
      buffer.copy(buffer, 0, cut + 1, end);
      held = end - cut - 1;
    }
  } finally {
    await handle.close();
  }
  return reader.end() ? validator.finish() : null;
}
