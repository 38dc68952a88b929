/** The plan the Harbin dataset is curated from, when this checkout has ../shared beside it. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = fileURLToPath(new URL('../../../shared/seeds/000_3139b656d190aa60.txt', import.meta.url));

/** Whitespace (including U+3000) removed, so quotes survive line wrapping. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

export function readSeed(): string | null {
  return existsSync(SEED_FILE) ? squash(readFileSync(SEED_FILE, 'utf8')) : null;
}
