/**
 * The left sidebar: an ARIA tablist (arrow keys move between tabs) over the four panels.
 * Panels rebuild their content on render; focus is put back on the control that had it, by
 * its data-testid, so keyboard users keep their place.
 */
import { t } from '../lib/i18n';
import { TABS, type Tab } from '../lib/urlState';
import type { App, View } from './app';
import { h } from './dom';
import { syncResults } from './panelEffects';

export type PanelFactory = (app: App) => { el: HTMLElement; render(): void };

function setTab(app: App, tab: Tab): void {
  if (app.state.tab !== tab) app.dispatch({ type: 'tab', tab }, 'step', 'none');
  void syncResults(app);
}

export function createSidebar(app: App, root: HTMLElement, panels: Record<Tab, PanelFactory>): View {
  const tabs = new Map<Tab, HTMLButtonElement>();
  const built = new Map<Tab, ReturnType<PanelFactory>>();
  const tablist = h('div', { role: 'tablist', class: 'tabs', 'aria-orientation': 'horizontal' });
  const holder = h('div', { class: 'tabpanels' });
  for (const tab of TABS) {
    const b = h('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${tab}`,
      'aria-controls': `panel-${tab}`,
      'data-testid': `tab-${tab}`,
      onclick: () => setTab(app, tab),
      onkeydown: (e: Event) => onKey(e as KeyboardEvent, tab),
    });
    tabs.set(tab, b);
    tablist.append(b);
    const panel = panels[tab](app);
    panel.el.id = `panel-${tab}`;
    panel.el.setAttribute('role', 'tabpanel');
    panel.el.setAttribute('aria-labelledby', `tab-${tab}`);
    panel.el.setAttribute('data-testid', `panel-${tab}`);
    panel.el.classList.add('tabpanel');
    built.set(tab, panel);
    holder.append(panel.el);
  }
  root.replaceChildren(tablist, holder);

  function onKey(e: KeyboardEvent, tab: Tab): void {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length] as Tab;
    setTab(app, target);
    tabs.get(target)?.focus();
  }

  return {
    render() {
      const focused =
        document.activeElement instanceof HTMLElement && root.contains(document.activeElement)
          ? document.activeElement.dataset.testid
          : undefined;
      for (const tab of TABS) {
        const active = tab === app.state.tab;
        const b = tabs.get(tab);
        if (b) {
          b.textContent = t(app.lang, `tab.${tab}`);
          b.setAttribute('aria-selected', String(active));
          b.tabIndex = active ? 0 : -1;
        }
        const panel = built.get(tab);
        if (!panel) continue;
        panel.el.hidden = !active;
        if (active) panel.render();
      }
      if (focused) root.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}
