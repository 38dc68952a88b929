/**
 * Ids for what an import creates, stable from what the row says: an enterprise with a credit
 * code is `enterprise:uscc-<code>` (a company renamed keeps its code), one without is the pinyin
 * of its name; a region is the pinyin of its name under its parent's
 * (`zone:heilongjiangsheng.haerbinshi.nangangqu`), so 朝阳区 of 北京市 and of 长春市 differ.
 * Two names with the same pinyin (山西省 and 陕西省) are told apart by a short hash of the name.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { edgeId, type GraphEdge, MAX_ID_LENGTH, type Source } from '../../domain/model';

const SLUG_MAX = 80;

/** Lower-case ASCII pinyin of a label, letters and digits only. */
export function pinyinSlug(label: string): string {
  const pieces = pinyin(label.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = pieces
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return slug.slice(0, SLUG_MAX) || 'x';
}

export const nameHash = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 6);

/**
 * Hands out ids: `claim(id, name)` gives `id` to the first name that asks for it and
 * `id-<hash>` to another name asking for the same.
 */
export class IdClaims {
  private readonly owner = new Map<string, string>();

  constructor(existing: Iterable<{ id: string; name: string }>) {
    for (const n of existing) this.owner.set(n.id, n.name);
  }

  claim(id: string, name: string): string {
    const held = this.owner.get(id);
    if (held === undefined || held === name) {
      this.owner.set(id, name);
      return id;
    }
    const other = `${id.slice(0, MAX_ID_LENGTH - 7)}-${nameHash(name)}`;
    this.owner.set(other, name);
    return other;
  }
}

export const enterpriseIdFromCode = (code: string) => `enterprise:uscc-${code.toLowerCase()}`;
export const enterpriseIdFromName = (name: string) => `enterprise:${pinyinSlug(name)}`;
export const regionId = (parentId: string | undefined, name: string) =>
  parentId ? `${parentId}.${pinyinSlug(name)}` : `zone:${pinyinSlug(name)}`;

/** A relationship with its keys in the schema's order (the validator then keeps it as it is). */
export function relationship(type: GraphEdge['type'], from: string, to: string, source: Source): GraphEdge {
  return {
    id: edgeId({ type, source: from, target: to }),
    type,
    source: from,
    target: to,
    status: 'EXISTING',
    sources: [source],
  };
}
