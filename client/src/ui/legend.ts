/** The legend, drawn from lib/theme so it always matches the stylesheet. */
import { enumLabel, t } from '../lib/i18n';
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

function line(color: string, dash: 'solid' | 'dashed' | 'dotted' = 'solid', opacity = 1): HTMLElement {
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  const pattern = dash === 'dashed' ? 'stroke-dasharray="4 3"' : dash === 'dotted' ? 'stroke-dasharray="1.5 3"' : '';
  span.innerHTML = `<svg width="22" height="10" viewBox="0 0 22 10"><line x1="1" y1="5" x2="21" y2="5" stroke="${color}" stroke-width="2.5" stroke-opacity="${opacity}" ${pattern}/></svg>`;
  return span;
}

function pinned(): HTMLElement {
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.innerHTML =
    '<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="4.5" fill="#94a3b8"/><circle cx="8" cy="8" r="6.5" fill="none" stroke="#111827" stroke-width="1.6"/></svg>';
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
          `${enumLabel(lang, 'CLUSTER')} · ${enumLabel(lang, tier)}`,
        ),
      ),
    ),
    h(
      'ul',
      {},
      item(swatch('#94a3b8', 'ellipse'), enumLabel(lang, 'EXISTING')),
      item(swatch('#94a3b8', 'ellipse', true), enumLabel(lang, 'PLANNED')),
      item(pinned(), t(lang, 'legend.pinned')),
      item(line('#6b7280'), t(lang, 'legend.stated')),
      item(line('#6b7280', 'dotted', 0.55), t(lang, 'legend.implied')),
      item(line('#6b7280', 'dashed'), t(lang, 'legend.plannedLink')),
    ),
    h('ul', {}, ...REL_TYPES.map((r) => item(line(REL_COLOR[r]), enumLabel(lang, r)))),
  );
}
