/** The legend, drawn from lib/theme so it always matches the stylesheet. */
import { enumLabel } from '../lib/i18n';
import { KIND_STYLE, REL_COLOR, TIER_COLOR } from '../lib/theme';
import { CLUSTER_TIERS, type Lang, NODE_KINDS, REL_TYPES } from '../lib/types';
import { h } from './dom';

const SHAPES: Record<string, string> = {
  'round-rectangle': '<rect x="1" y="3" width="14" height="10" rx="3"/>',
  hexagon: '<polygon points="1,8 4.5,2 11.5,2 15,8 11.5,14 4.5,14"/>',
  ellipse: '<circle cx="8" cy="8" r="6"/>',
  diamond: '<polygon points="8,1 15,8 8,15 1,8"/>',
  'round-triangle': '<polygon points="8,2 15,14 1,14"/>',
};

function swatch(color: string, shape: string, dashed = false): HTMLElement {
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  const stroke = dashed ? 'stroke="#4b5563" stroke-dasharray="2 2" fill-opacity="0.45"' : 'stroke="none"';
  span.innerHTML = `<svg width="16" height="16" viewBox="0 0 16 16"><g fill="${color}" ${stroke}>${SHAPES[shape] ?? SHAPES.ellipse}</g></svg>`;
  return span;
}

function line(color: string, dashed = false): HTMLElement {
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.innerHTML = `<svg width="22" height="10" viewBox="0 0 22 10"><line x1="1" y1="5" x2="21" y2="5" stroke="${color}" stroke-width="2.5" ${dashed ? 'stroke-dasharray="4 3"' : ''}/></svg>`;
  return span;
}

export function legend(lang: Lang): HTMLElement {
  const item = (sw: HTMLElement, label: string) => h('li', {}, sw, label);
  return h(
    'div',
    { class: 'legend', 'data-testid': 'legend' },
    h(
      'ul',
      {},
      ...NODE_KINDS.filter((k) => k !== 'CLUSTER').map((k) =>
        item(swatch(KIND_STYLE[k].color, KIND_STYLE[k].shape), enumLabel(lang, k)),
      ),
    ),
    h(
      'ul',
      {},
      ...CLUSTER_TIERS.map((tier) =>
        item(
          swatch(TIER_COLOR[tier], KIND_STYLE.CLUSTER.shape),
          `${enumLabel(lang, 'CLUSTER')}·${enumLabel(lang, tier)}`,
        ),
      ),
    ),
    h(
      'ul',
      {},
      item(swatch('#94a3b8', 'ellipse'), enumLabel(lang, 'EXISTING')),
      item(swatch('#94a3b8', 'ellipse', true), enumLabel(lang, 'PLANNED')),
      item(line('#6b7280', true), `${enumLabel(lang, 'PLANNED')}·${lang === 'zh' ? '关系' : 'link'}`),
    ),
    h('ul', {}, ...REL_TYPES.map((r) => item(line(REL_COLOR[r]), enumLabel(lang, r)))),
  );
}
