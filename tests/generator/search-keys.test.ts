/**
 * Search keys are shared by both stores, so their faster forms must give exactly what the plain
 * ones give: the short cut of `normalizeSearchText` against the full normalization on random
 * text, and the caching `searchKeysMaker` against `searchKeys` on real and generated nodes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../server/generator';
import { normalizeSearchText, searchKeys, searchKeysMaker } from '../../server/store/semantics/search';
import { harbin } from '../support/fixtures';

const fullNormalization = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('search keys', () => {
  it('normalize as the full NFKC, lower-case, control and space steps do', () => {
    const pieces = fc.constantFrom(
      '哈',
      '飞',
      ' ',
      '  ',
      'A',
      'z',
      '.',
      '\t',
      '\u3000',
      'Ｈ',
      '\u200b',
      'ⅷ',
      'Ü',
      '\u0000',
      '㐀',
      '-',
      "'",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeSearchText(text)).toBe(fullNormalization(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('are the same from the caching maker as from searchKeys', async () => {
    const keysOf = searchKeysMaker();
    for (const node of [...(await harbin()).nodes, ...generateDataset('S', 4).nodes])
      expect(keysOf(node), node.id).toEqual(searchKeys(node));
  });
});
