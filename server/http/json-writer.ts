/**
 * Writing a JSON answer without holding the event loop or the memory: the value is serialised
 * part by part (the same bytes as `JSON.stringify`), handed to the socket in chunks that wait
 * for it to drain, and the loop is given back between slices of work. A client that reads slowly
 * costs one chunk of memory, not the whole answer; other requests run between the slices.
 */
import type { Response } from 'express';

/** Below this depth objects and arrays are split into pieces; deeper values are stringified whole. */
const SPLIT_DEPTH = 4;
/** Characters gathered before a write. */
const CHUNK = 64 * 1024;
/** Work done before the event loop is given back. */
const SLICE_MS = 8;

/**
 * The answer as parts whose concatenation is `JSON.stringify(value)` (for plain data: no toJSON,
 * no cycles): structure down to SPLIT_DEPTH as text, each deeper value as itself, to be
 * stringified whole when its turn comes. Cheap: it visits only the top levels.
 */
export function jsonParts(value: unknown): unknown[] {
  const parts: unknown[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push(text);
    text = '';
  };
  const visit = (v: unknown, depth: number) => {
    if (v === null || typeof v !== 'object') {
      text += JSON.stringify(v) ?? 'null';
    } else if (depth >= SPLIT_DEPTH) {
      flush();
      parts.push(v);
    } else if (Array.isArray(v)) {
      text += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) text += ',';
        const item = v[i];
        if (item === undefined || typeof item === 'function') text += 'null';
        else visit(item, depth + 1);
      }
      text += ']';
    } else {
      let first = true;
      text += '{';
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function') continue;
        text += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        visit(item, depth + 1);
      }
      text += '}';
    }
  };
  visit(value, 0);
  flush();
  return parts;
}

/**
 * Waits for the response to take more. One `drain` listener per response: compression()
 * moves `drain` listeners onto its gzip stream, where `off` on the response cannot reach them.
 */
class Backpressure {
  private waiting: ((more: boolean) => void) | null = null;
  private gone = false;

  constructor(res: Response) {
    res.on('drain', () => this.wake(true));
    res.once('close', () => {
      this.gone = true;
      this.wake(false);
    });
  }

  private wake(more: boolean): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(more);
  }

  /** True once the response drained; false when it closed first. */
  drained(): Promise<boolean> {
    if (this.gone) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Streams the parts of `jsonParts` as the body (headers must be set). Resolves with the whole
 * text when `keep` is set (for the response cache), else with null; early if the client goes away.
 */
export async function streamJson(res: Response, parts: readonly unknown[], keep = false): Promise<string | null> {
  const kept: string[] = [];
  const pressure = new Backpressure(res);
  let chunk = '';
  let sliceStart = performance.now();
  for (const part of parts) {
    chunk += typeof part === 'string' ? part : JSON.stringify(part);
    if (chunk.length < CHUNK) continue;
    if (keep) kept.push(chunk);
    const more = res.write(chunk);
    chunk = '';
    if (!more && !(await pressure.drained())) return null;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      if (res.destroyed) return null;
      sliceStart = performance.now();
    }
  }
  if (keep) kept.push(chunk);
  res.end(chunk);
  return keep ? kept.join('') : null;
}

/** Text or bytes already made (a cache hit), written in chunks that wait for the socket. */
export async function streamBody(res: Response, body: string | Buffer): Promise<void> {
  if (body.length <= CHUNK) {
    res.end(body);
    return;
  }
  const pressure = new Backpressure(res);
  for (let at = 0; at < body.length; ) {
    let end = Math.min(body.length, at + CHUNK);
    // Never split a surrogate pair: each half alone would be written as U+FFFD.
    if (typeof body === 'string' && end < body.length && isHighSurrogate(body.charCodeAt(end - 1))) end--;
    const part = body.slice(at, end);
    at = end;
    if (at >= body.length) {
      res.end(part);
      return;
    }
    if (!res.write(part) && !(await pressure.drained())) return;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
