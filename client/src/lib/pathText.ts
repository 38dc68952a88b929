/**
 * A path as one readable line with the relationship on every step, in the direction it was
 * written: 哈工大 —合作→ 哈尔滨开发区 ←位于— 东安. Paths may walk edges backwards (lens ALL).
 */
import { enumLabel, nodeName } from './i18n';
import type { Lang, Path } from './types';

export function pathText(path: Pick<Path, 'nodes' | 'edges'>, lang: Lang): string {
  const parts: string[] = [];
  path.nodes.forEach((n, i) => {
    parts.push(nodeName(lang, n));
    const e = path.edges[i];
    if (!e) return;
    const label = enumLabel(lang, e.type);
    parts.push(e.source === n.id ? `—${label}→` : `←${label}—`);
  });
  return parts.join(' ');
}
