/**
 * Which products an enterprise makes, read from its registry text (所属行业, 经营范围, 主营): the
 * products whose name or an alias the text contains. Terms are found with a trie walked from every
 * position of the text, so the cost does not grow with the number of products. The longest match
 * wins: 汽车发动机 found, the 发动机 and 汽车 inside it are not matched again; and no product is
 * matched twice for one enterprise (its first text and place count).
 */
import type { GraphNode } from '../../domain/model';

/** One-character terms (车, 药) would match nearly every business scope. */
const MIN_TERM_LENGTH = 2;

export interface ProductMatch {
  productId: string;
  productName: string;
  /** The product's name or the alias that was found. */
  term: string;
  /** Which text it was found in. */
  field: string;
  /** That text, NFKC-normalized: what `start` counts in (UTF-16 code units). */
  text: string;
  start: number;
}

/** Keyed by UTF-16 code unit: no string is made per character of a text. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Products whose name or alias ends here. */
  products?: { id: string; name: string; term: string }[];
}

export class ProductMatcher {
  private readonly root: TrieNode = { next: new Map() };
  readonly termCount: number;

  constructor(nodes: readonly GraphNode[]) {
    let count = 0;
    for (const n of nodes) {
      if (n.kind !== 'PRODUCT') continue;
      for (const term of new Set([n.name, ...n.aliases].map((t) => t.normalize('NFKC').trim()))) {
        if ([...term].length < MIN_TERM_LENGTH) continue;
        let at = this.root;
        for (let i = 0; i < term.length; i++) {
          const unit = term.charCodeAt(i);
          let next = at.next.get(unit);
          if (!next) {
            next = { next: new Map() };
            at.next.set(unit, next);
          }
          at = next;
        }
        at.products ??= [];
        at.products.push({ id: n.id, name: n.name, term });
        count++;
      }
    }
    this.termCount = count;
  }

  /** The products the texts name, longest match first, each product once, in the order found. */
  match(texts: readonly { field: string; text: string }[]): ProductMatch[] {
    const found: (ProductMatch & { length: number; order: number })[] = [];
    const normalized = texts.map((t) => t.text.normalize('NFKC'));
    texts.forEach(({ field }, order) => {
      const chars = normalized[order] as string;
      for (let start = 0; start < chars.length; start++) {
        let at: TrieNode | undefined = this.root;
        for (let i = start; i < chars.length && at; i++) {
          at = at.next.get(chars.charCodeAt(i));
          for (const p of at?.products ?? [])
            found.push({
              productId: p.id,
              productName: p.name,
              term: p.term,
              field,
              text: chars,
              start,
              length: i - start + 1,
              order,
            });
        }
      }
    });
    if (found.length === 0) return [];
    found.sort((a, b) => b.length - a.length || a.order - b.order || a.start - b.start);
    const taken = new Map<number, boolean[]>();
    const products = new Set<string>();
    const out: (ProductMatch & { order: number })[] = [];
    for (const m of found) {
      const mask = taken.get(m.order) ?? [];
      taken.set(m.order, mask);
      let free = true;
      for (let i = m.start; i < m.start + m.length; i++) if (mask[i]) free = false;
      if (!free || products.has(m.productId)) continue;
      for (let i = m.start; i < m.start + m.length; i++) mask[i] = true;
      products.add(m.productId);
      out.push(m);
    }
    out.sort((a, b) => a.order - b.order || a.start - b.start);
    return out.map(({ productId, productName, term, field, text, start }) => ({
      productId,
      productName,
      term,
      field,
      text,
      start,
    }));
  }
}
