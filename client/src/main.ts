/** Entry point: wires the views to the App and restores the view the URL describes. */
import './styles/base.css';
import './styles/panels.css';
import { decodeViewState } from './lib/urlState';
import { App } from './ui/app';
import { Banner } from './ui/banner';
import { createDetailsPanel } from './ui/detailsPanel';
import { $ } from './ui/dom';
import { createExplorePanel } from './ui/explorePanel';
import { createGapsPanel } from './ui/gapsPanel';
import { createGraphToolbar } from './ui/graphToolbar';
import { createPartnersPanel } from './ui/partnersPanel';
import { createPathsPanel } from './ui/pathsPanel';
import { createSidebar } from './ui/sidebar';
import { createTopbar } from './ui/topbar';

const state = decodeViewState(location.hash);
const banner = new Banner($('#banner'), () => state.lang);
const app = new App($('#cy'), $('#loading'), banner);
banner.lang = () => app.lang;
document.documentElement.lang = app.lang === 'zh' ? 'zh-CN' : 'en';

app.views.topbar.push(createTopbar(app, $('#topbar')));
app.views.sidebar.push(
  createSidebar(app, $('#sidebar'), {
    explore: createExplorePanel,
    paths: createPathsPanel,
    partners: createPartnersPanel,
    gaps: createGapsPanel,
  }),
);
app.views.details.push(createDetailsPanel(app, $('#details')));
app.views.status.push(createGraphToolbar(app, $('#graph-tools'), $('#graph-status')));
app.render();

// Our own updates use replaceState (no event); this fires for back/forward and edited links.
window.addEventListener('hashchange', () => {
  app.state = decodeViewState(location.hash);
  app.setLang(app.state.lang);
  // The browser bench's hook: not loaded at all unless the page is opened with `?bench`.
  if (new URLSearchParams(location.search).has('bench')) {
    void import('./ui/benchHook').then((m) => m.installBenchHook(app));
  }

  void app.restoreAll();
});

// Escape outside a text field clears the selection and any focus or highlight on the graph.
document.addEventListener('keydown', (e) => {
  const el = e.target as HTMLElement;
  if (e.key === 'Escape' && !el.closest('input, select, [role="menu"]')) app.select(null);
});

// The browser bench's hook: not loaded at all unless the page is opened with `?bench`.
if (new URLSearchParams(location.search).has('bench')) {
  void import('./ui/benchHook').then((m) => m.installBenchHook(app));
}

void app.restoreAll();
