/**
 * An uploaded XLSX is a zip: a few hundred kilobytes may unpack to gigabytes (a zip bomb), and
 * exceljs unpacks the whole workbook in memory before reading a cell. So before it does, each
 * entry is inflated here with a ceiling on what all of them may come to together — the sizes
 * the zip declares are not trusted, what inflating gives is counted — and a workbook past it is
 * refused. (The command line reads files on the user's own machine and needs no such guard.)
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Why the zip cannot be let through (`tooBig`: past the ceiling; else not a zip exceljs reads), or null. */
export function zipProblem(bytes: Uint8Array, maxUnpacked: number): { message: string; tooBig: boolean } | null {
  const broken = (why: string) => ({
    message: `无法读取的 XLSX 工作簿 / not a readable XLSX workbook: ${why}`,
    tooBig: false,
  });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) return broken('no zip directory');
  const entries = u16(eocd + 10);
  let at = u32(eocd + 16);
  let total = 0;
  try {
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || u32(at) !== CENTRAL) return broken('a broken zip directory');
      const method = u16(at + 10);
      const packed = u32(at + 20);
      const local = u32(at + 42);
      at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
      if (local + 30 > bytes.length || u32(local) !== LOCAL) return broken('a broken zip entry');
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      const data = bytes.subarray(start, start + packed);
      if (method === 0) total += data.length;
      else if (method === 8) total += inflateRawSync(data, { maxOutputLength: maxUnpacked - total + 1 }).length;
      else return broken(`compression method ${method}`);
      if (total > maxUnpacked) return tooBig(maxUnpacked);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooBig(maxUnpacked);
    return broken((err as Error).message);
  }
  return null;
}

const tooBig = (max: number) => ({
  message: `工作簿解压后超过 ${max / 1024 / 1024} MB / the workbook unpacks to more than ${max / 1024 / 1024} MB: import it with \`npm run cli -- import-enterprises\``,
  tooBig: true,
});
