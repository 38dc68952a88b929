/**
 * Entry point: wires the views to the App, the browser's history to the App's (Back and Forward
 * move through the same steps as undo and redo), the keyboard shortcuts, and opens the view the
 * URL describes.
 */
import './styles/base.css';
import './styles/panels.css';
import './styles/editing.css';
import { App } from './ui/app';
import { Banner } from './ui/banner';
import { NodeMenu } from './ui/contextMenu';
import { Dashboard } from './ui/dashboard';
import { createDetailsPanel } from './ui/detailsPanel';
import { $ } from './ui/dom';
import { linkTap, stopLink } from './ui/editor';
import { createExplorePanel } from './ui/explorePanel';
import { createGapsPanel } from './ui/gapsPanel';
import { createGraphToolbar } from './ui/graphToolbar';
import { createIndicatorsPanel } from './ui/indicatorsPanel';
import { LeadBook } from './ui/leads';
import { LeadsDialog } from './ui/leadsDialog';
import { createListPanel } from './ui/listPanel';
import { openLocation, syncResults } from './ui/panelEffects';
import { installPanelToggles } from './ui/panelToggles';
import { PanoramaDialog } from './ui/panoramaDialog';
import { createPartnersPanel } from './ui/partnersPanel';
import { createPathsPanel } from './ui/pathsPanel';
import { expand, openAggregate, select } from './ui/sceneEffects';
import { loadViewer, openLogin } from './ui/session';
import { createSidebar } from './ui/sidebar';
import { createTopbar } from './ui/topbar';
import { UploadDialog } from './ui/uploadDialog';
import { ViewsDialog } from './ui/viewsDialog';

let menu: NodeMenu | null = null;
const banner = new Banner($('#banner'), () => app.lang);
const app: App = new App($('#cy'), $('#loading'), banner, {
  onTap: (id, additive) => {
    if (linkTap(app, id)) return;
    if (id.startsWith('agg:') || app.data.node(id) || app.data.edge(id)) select(app, id, additive);
  },
  onDoubleTap: (id) => void expandOrOpen(id),
  onContext: (id, at) => void menu?.show(id, at),
  onBackground: () => {
    if (app.state.selected || app.state.selection.length) select(app, null);
  },
});
menu = new NodeMenu(app);
const openMenu = (id: string, at: { x: number; y: number }) => void menu?.show(id, at);

async function expandOrOpen(id: string): Promise<void> {
  if (id.startsWith('agg:')) openAggregate(app, id);
  else await expand(app, id, { gesture: true });
}

const views = new ViewsDialog(app);
const leadBook = new LeadBook(app);
const panorama = new PanoramaDialog(app, leadBook);
const leads = new LeadsDialog(app, leadBook);
const upload = new UploadDialog(app);
document.body.append(panorama.el, leads.el, upload.el);
const dashboard = new Dashboard(app, $('#dashboard'));
$('.graph-wrap').append(views.el);
app.views.topbar.push(createTopbar(app, $('#topbar')));
app.views.sidebar.push(
  createSidebar(app, $('#sidebar'), {
    explore: createExplorePanel,
    list: (a) => createListPanel(a, { openMenu }),
    paths: createPathsPanel,
    partners: createPartnersPanel,
    gaps: createGapsPanel,
    indicators: (a) => createIndicatorsPanel(a, dashboard),
  }),
);
app.views.details.push(createDetailsPanel(app, $('#details'), { openMenu }));
app.views.status.push(
  createGraphToolbar(app, $('#graph-tools'), $('#graph-status'), views, panorama, leads, upload),
  views,
  dashboard,
  panorama,
  leads,
  upload,
);
installPanelToggles(app);
document.documentElement.lang = 'zh-CN';
app.render();

// Back and Forward: our own entries carry the session and the step; others are links to decode.
window.addEventListener('popstate', (e) => {
  const entry = e.state as { sid?: string; i?: number } | null;
  if (entry?.sid === app.session && typeof entry.i === 'number' && entry.i < app.history.length) {
    app.goTo(entry.i);
    void syncResults(app);
  } else void openLocation(app);
});
// An edited hash (typed, or a link within the page) is a new view to open.
window.addEventListener('hashchange', () => {
  if (!history.state) void openLocation(app);
});

document.addEventListener('keydown', (e) => {
  const el = e.target as HTMLElement;
  const typing = !!el.closest('input, select, textarea, [contenteditable="true"]');
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !typing && e.key.toLowerCase() === 'z') {
    e.preventDefault();
    if (e.shiftKey) app.redo();
    else app.undo();
  } else if (mod && !typing && e.key.toLowerCase() === 'y') {
    e.preventDefault();
    app.redo();
  } else if (e.key === 'Escape' && app.linking) {
    stopLink(app);
    app.banner.hide();
  } else if (e.key === 'Escape' && !typing && !el.closest('[role="menu"], [role="dialog"]')) {
    if (app.state.selected || app.state.selection.length) select(app, null);
  }
});

// The browser bench's hook: not loaded at all unless the page is opened with `?bench`.
if (new URLSearchParams(location.search).has('bench')) {
  void import('./ui/benchHook').then((m) => m.installBenchHook(app, dashboard));
}

// Who is logged in first: the details show the history and editing controls to those who may.
// A server that asks for a login (AUTH_REQUIRED) refuses the first view: the login form opens,
// and logging in opens the view.
app.onUnauthenticated = () => openLogin(app, () => void openLocation(app));
void loadViewer(app)
  .then(() => openLocation(app))
  .then(() => markFirstRender());

/** Once per page: the first view is laid out and drawn (read by the browser bench). */
function markFirstRender(): void {
  // After the frame that draws it: rAF runs before paint, the task after it runs after.
  requestAnimationFrame(() => setTimeout(() => performance.mark('cg:first-render'), 0));
}
