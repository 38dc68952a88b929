/**
 * The side panels fold away (a button on each), so the graph keeps room on a small screen; on a
 * narrow window the details panel starts folded. A layout preference, not part of the view.
 */
import { t } from '../lib/i18n';
import type { App } from './app';
import { $, h } from './dom';

const NARROW = 1200;

export function installPanelToggles(app: App): void {
  const layout = $('.layout');
  const make = (cls: string, hideKey: string, showKey: string, testid: string) => {
    const b = h('button', { type: 'button', class: `panel-toggle ${testid}`, 'data-testid': testid });
    const sync = () => {
      const folded = layout.classList.contains(cls);
      b.textContent = testid === 'toggle-side' ? (folded ? '»' : '«') : folded ? '«' : '»';
      b.setAttribute('aria-expanded', String(!folded));
      b.setAttribute('aria-label', t(app.lang, folded ? showKey : hideKey));
      b.title = t(app.lang, folded ? showKey : hideKey);
    };
    b.addEventListener('click', () => {
      layout.classList.toggle(cls);
      sync();
    });
    app.views.topbar.push({ render: sync });
    return b;
  };
  const side = make('side-folded', 'panel.hideSide', 'panel.showSide', 'toggle-side');
  const details = make('details-folded', 'panel.hideDetails', 'panel.showDetails', 'toggle-details');
  $('.graph-wrap').append(side, details);
  if (window.innerWidth < NARROW) layout.classList.add('details-folded');
}
