/**
 * A node's name for the English view. Registry lists (企查查, 天眼查, 启信宝) carry no English
 * names, so `nameEn` is optional; where it is missing the English view shows the Chinese name in
 * pinyin, one title-cased word per syllable (哈尔滨市南岗区 → "Ha Er Bin Shi Nan Gang Qu"), letters
 * and digits kept as written. pinyin-pro reads each character in its word's context (重庆 → Chong
 * Qing, 银行 → Yin Hang). GraphQL's `nameEnStated` tells a stated name from this one.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
/** Names repeat (aliases, regions, products) and the same node is answered many times. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** The stated English name, else the name in pinyin. */
export function englishName(node: { name: string; nameEn?: string | undefined }): string {
  return node.nameEn ?? pinyinName(node.name);
}

/** A Chinese label in title-cased pinyin; a label without Han characters is itself. */
export function pinyinName(name: string): string {
  if (!HAN.test(name)) return name;
  let out = cache.get(name);
  if (out !== undefined) return out;
  const pieces = pinyin(
    name
      .normalize('NFKC')
      .replace(/[、，]/g, ',')
      .replace(/[。]/g, '.'),
    { toneType: 'none', type: 'array', nonZh: 'consecutive' },
  );
  out = '';
  for (const raw of pieces) {
    const piece = /^[a-zü]+$/.test(raw) ? `${raw[0]?.toUpperCase()}${raw.slice(1)}` : raw.trim();
    if (piece === '') continue;
    // A space between words, and before an opening or after a closing bracket; none inside them.
    if (/[\p{L}\p{N})\],;:.]$/u.test(out) && /^[\p{L}\p{N}([]/u.test(piece)) out += ' ';
    out += piece;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, out);
  return out;
}
