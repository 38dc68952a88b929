/**
 * What encoding a planner's sheet is in. Excel writes "CSV UTF-8" with a byte-order mark, plain
 * "CSV" in the machine's ANSI code page (GBK on a Chinese Windows) and "Unicode text" as UTF-16
 * with a mark. So: a mark decides; else valid UTF-8 is UTF-8; else text with many zero bytes is
 * UTF-16; else GB18030 (GBK's superset), or Big5 when chardet is surer of it. A sheet that does
 * not decode cleanly in what was chosen is refused with the line of its first bad byte, never
 * read as `������`.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type SheetEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export type Decoded = { text: string; encoding: SheetEncoding } | { line: number; message: string };

export function decodeSheet(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const marked = byteOrderMark(buffer);
  if (marked) return decodeAs(buffer.subarray(marked.length), marked.encoding);
  const badUtf8 = firstBadUtf8(buffer);
  if (badUtf8 < 0) return { text: buffer.toString('utf8'), encoding: 'UTF-8' };
  const utf16 = zeroByteUtf16(buffer);
  if (utf16) return decodeAs(buffer, utf16);
  for (const encoding of cjkCandidates(buffer)) {
    const decoded = decodeAs(buffer, encoding);
    if ('text' in decoded) return decoded;
  }
  return {
    line: lineAt(buffer, badUtf8),
    message:
      `not UTF-8, GBK/GB18030 or UTF-16 text (bytes ${hex(buffer, badUtf8)}); ` +
      '请另存为“CSV UTF-8” / save the sheet as "CSV UTF-8"',
  };
}

function byteOrderMark(b: Buffer): { encoding: SheetEncoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

/** Decodes and checks that the bytes were valid: no replacement character, and they round-trip. */
function decodeAs(body: Buffer, encoding: SheetEncoding): Decoded {
  const text = iconv.decode(body, encoding, { stripBOM: false });
  const again = iconv.encode(text, encoding);
  if (!text.includes('\uFFFD') && again.equals(body)) return { text, encoding };
  const at = text.includes('\uFFFD') ? text.indexOf('\uFFFD') : firstDifference(body, again);
  const line = text.includes('\uFFFD') ? countLines(text, at) : lineAt(body, at);
  return { line, message: `not valid ${encoding} text (line ${line} has a byte sequence ${encoding} cannot read)` };
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstBadUtf8(b: Buffer): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    strict.decode(b);
    return -1;
  } catch {
    // Lines never split a UTF-8 sequence (0x0A is never a continuation byte): find the bad one.
  }
  let start = 0;
  while (start < b.length) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    try {
      strict.decode(b.subarray(start, end));
    } catch {
      return start + firstBadInLine(b.subarray(start, end));
    }
    start = end + 1;
  }
  return 0;
}

function firstBadInLine(line: Buffer): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let n = 1; n <= line.length; n++) {
    try {
      strict.decode(line.subarray(0, n), { stream: true });
    } catch {
      return n - 1;
    }
  }
  return 0;
}

/** Excel's "Unicode text" without its mark: ASCII in UTF-16 puts a zero in every other byte. */
function zeroByteUtf16(b: Buffer): SheetEncoding | null {
  const n = Math.min(b.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > n / 8 && even === 0) return 'UTF-16LE';
  if (even > n / 8 && odd === 0) return 'UTF-16BE';
  return null;
}

const CHARDET_SAMPLE_BYTES = 64 * 1024;

/** GB18030 first (what mainland Excel writes), Big5 first only when chardet rates it higher. */
function cjkCandidates(b: Buffer): SheetEncoding[] {
  // A sample decides as well as the whole file and costs the same on a sheet of any size (chardet
  // reads every byte for every encoding it knows: seconds for a registry export of 100,000 rows).
  const matches = chardet.analyse(b.subarray(0, CHARDET_SAMPLE_BYTES));
  const confidence = (name: string) => matches.find((m) => m.name === name)?.confidence ?? 0;
  return confidence('Big5') > confidence('GB18030') ? ['Big5', 'GB18030'] : ['GB18030', 'Big5'];
}

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

function lineAt(b: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 0x0a) line++;
  return line;
}

function countLines(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function hex(b: Buffer, offset: number): string {
  return [...b.subarray(offset, offset + 4)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}
