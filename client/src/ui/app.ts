/**
 * The application's store: the view state lives in one History (lib/history), changed only by
 * named actions through `dispatch`. Every change is committed the same way: the URL (a step is a
 * browser history entry, an amendment replaces it), the graph (drawn from the state and the
 * loaded data) and the panels (rendered from the state and the query results). Panels never
 * write state or touch Cytoscape; they dispatch, or call the effects in sceneEffects/panelEffects,
 * which fetch what an action needs and then dispatch it.
 */
import { type Action, reduce, selectedIds } from '../lib/actions';
import { DISPLAY_CAP } from '../lib/aggregate';
import { type Drawing, drawing } from '../lib/drawing';
import { hiddenIds } from '../lib/filters';
import { gapSubgraph, mergeGaps } from '../lib/gaps';
import { History } from '../lib/history';
import { t } from '../lib/i18n';
import { LoadedGraph } from '../lib/loadedGraph';
import { encodeScene } from '../lib/sceneCodec';
import type { ApiEdge, ApiNode, Gap, NeighborCount, PartnerMatch, Path } from '../lib/types';
import { defaultViewState, encodeViewState, type ViewState } from '../lib/urlState';
import { ApiQueryError } from './api';
import type { Banner } from './banner';
import { type Decor, GraphView } from './graphView';
import type { Viewer } from './session';

/** `?cap=N` lowers (or raises, up to twice the default) the display cap, e.g. on a slow laptop. */
export function displayCapFrom(search: string): number {
  const v = Number(new URLSearchParams(search).get('cap'));
  return Number.isInteger(v) && v >= 50 ? Math.min(v, 2 * DISPLAY_CAP) : DISPLAY_CAP;
}

export interface View {
  render(): void;
}

export type ViewSlot = 'sidebar' | 'details' | 'topbar' | 'status';

/** What the panels show besides the state: query results, kept by the arguments that made them. */
export class Results {
  readonly paths = new Map<string, Path[]>();
  readonly partners = new Map<string, PartnerMatch[]>();
  readonly counts = new Map<string, NeighborCount[]>();
  /** Gap reports by cluster and zone filter (`gapsKey`). */
  readonly gaps = new Map<string, Gap[]>();
  /** Every cluster and every zone (the gap filters list them all). */
  readonly ofKind = new Map<'CLUSTER' | 'ZONE', ApiNode[]>();
  /** One more after every change the explorer makes: an answer asked for before it is not kept. */
  generation = 0;
}

export const gapsKey = (cluster: string | null, zone: string | null) => `${cluster ?? ''}|${zone ?? ''}`;

export const pathsKey = (p: ViewState['paths']) => `${p.from}|${p.to}|${p.lens}|${p.maxHops}|${p.maxDegree ?? ''}`;

/** How a commit moves the viewport: fit everything (a new canvas), keep things visible, or leave it. */
export type FitMode = 'all' | 'visible' | 'none';

export interface GraphHandlers {
  onTap(id: string, additive: boolean): void;
  onDoubleTap(id: string): void;
  onContext(id: string, at: { x: number; y: number }): void;
  onBackground(): void;
}

export class App {
  readonly history = new History<ViewState, Action>(defaultViewState(), reduce);
  readonly data = new LoadedGraph();
  readonly results = new Results();
  /** Nodes named by pickers (path ends, partner products) before they are loaded. */
  readonly known = new Map<string, ApiNode>();
  readonly graph: GraphView;
  readonly cap = displayCapFrom(location.search);
  readonly views: Record<ViewSlot, View[]> = { sidebar: [], details: [], topbar: [], status: [] };
  /** The last drawing: aggregates and which node each collapsed node is drawn in. */
  drawn: Drawing | null = null;
  /** Set when an aggregate could not be opened within the cap. */
  capNotice: string | null = null;
  /** How much of the whole graph one answer could carry, when not all of it (显示全图 past the response budget). */
  partialWhole: { n: number; total: number } | null = null;
  /** Who is logged in (ui/session.ts); null: nobody. */
  viewer: Viewer | null = null;
  /** Called when the server refuses a read for want of a login (AUTH_REQUIRED). */
  onUnauthenticated: (() => void) | null = null;
  /** Drawing a link: the node it starts from, until the next node clicked (ui/editor.ts). */
  linking: string | null = null;
  /** Set while a link or an old-style URL is being rebuilt: its steps are not history. */
  restoring = false;
  /** This page's history entries carry it; entries from another page load are decoded instead. */
  readonly session = Math.random().toString(36).slice(2);
  private busy = 0;
  private urlQueue: Promise<void> = Promise.resolve();

  constructor(
    cyContainer: HTMLElement,
    private readonly loading: HTMLElement,
    readonly banner: Banner,
    handlers: GraphHandlers,
  ) {
    this.graph = new GraphView(cyContainer, {
      ...handlers,
      onDragEnd: (positions) => this.dispatch({ type: 'move', positions }, 'step', 'none'),
    });
  }

  get state(): ViewState {
    return this.history.state;
  }

  get lang(): ViewState['lang'] {
    return this.state.lang;
  }

  node(id: string): ApiNode | undefined {
    return this.data.node(id) ?? this.known.get(id);
  }

  remember(...nodes: (ApiNode | null | undefined)[]): void {
    for (const n of nodes) if (n) this.known.set(n.id, n);
  }

  /** Applies `action` as a new step (undoable, a browser history entry) or as part of the current one. */
  dispatch(action: Action, how: 'step' | 'amend' = 'step', fit: FitMode = 'visible'): void {
    const next = how === 'step' && !this.restoring ? this.history.push(action) : this.history.amend(action);
    this.commit(next, how === 'step' && !this.restoring ? 'push' : 'replace', fit);
  }

  /** Moves through the history (Back and Forward land here too). */
  goTo(i: number): void {
    this.commit(this.history.goTo(i), 'none', 'visible');
  }

  undo(): void {
    if (this.history.canUndo) history.back();
  }

  redo(): void {
    if (this.history.canRedo) history.forward();
  }

  /** Starts the history over from `state` (a link opened): one entry, replacing the page's. */
  reset(state: ViewState, fit: FitMode = 'all'): void {
    this.history.reset(state);
    this.commit(state, 'replace', fit);
  }

  commit(state: ViewState, url: 'push' | 'replace' | 'none', fit: FitMode): void {
    if (url !== 'none') this.writeUrl(state, url);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    this.drawGraph(state, fit);
    this.render();
  }

  private writeUrl(state: ViewState, mode: 'push' | 'replace'): void {
    const entry = { sid: this.session, i: this.history.cursor };
    // In order, one after another: the scene's token is computed asynchronously.
    this.urlQueue = this.urlQueue.then(async () => {
      const token =
        state.scene.nodes.length || state.scene.base.kind !== 'overview' ? await encodeScene(state.scene) : null;
      const url = `${location.pathname}${location.search}${encodeViewState(state, token)}`;
      if (mode === 'push') history.pushState(entry, '', url);
      else history.replaceState(entry, '', url);
    });
  }

  /** Resolves once every URL write asked for so far is done (tests and the bench wait on it). */
  urlWritten(): Promise<void> {
    return this.urlQueue;
  }

  private drawGraph(state: ViewState, fit: FitMode): void {
    const d = drawing(state, this.data, this.cap);
    this.drawn = d;
    this.graph.draw(d, this.decor(state, d));
    this.fitLater(fit);
  }

  private pendingFit: FitMode | null = null;

  /**
   * Fits once after the commits of one task (an effect often dispatches a step and amends it):
   * the strongest fit asked for wins, and it measures the drawing they all made.
   */
  private fitLater(fit: FitMode): void {
    if (fit === 'none') return;
    const first = this.pendingFit === null;
    if (this.pendingFit !== 'all') this.pendingFit = fit;
    if (!first) return;
    this.graph.busy++;
    queueMicrotask(() => {
      const mode = this.pendingFit;
      this.pendingFit = null;
      this.graph.busy--;
      if (mode === 'all') void this.graph.fitAll(false);
      else if (mode === 'visible') void this.graph.ensureVisible();
    });
  }

  /** The state's decorations: filters, selection, focus, pins, expands, the highlighted answer. */
  decor(state: ViewState, d: Drawing): Decor {
    const nodes = d.display.nodes;
    const edges = d.display.edges;
    const hl = this.highlight(state);
    const onCanvas = new Set(state.scene.nodes);
    const selected = selectedIds(state);
    return {
      hidden: hiddenIds(nodes, edges, state.filters),
      selected,
      // A supply chain is a focus of its own: nothing in it fades.
      focus:
        !hl &&
        state.scene.base.kind !== 'chain' &&
        state.selected &&
        onCanvas.has(state.selected) &&
        selected.length === 1
          ? state.selected
          : null,
      pinned: new Set(state.scene.pinned),
      expanded: new Set(state.scene.expansions.map((e) => e.id)),
      highlight: hl,
    };
  }

  /** What the open panel's current answer highlights: a path, a partner's path, a gap. */
  highlight(state: ViewState): string[] | null {
    const ids = (p: { nodes: { id: string }[]; edges: { id: string }[] }) => [
      ...p.nodes.map((n) => n.id),
      ...p.edges.map((e) => e.id),
    ];
    if (state.tab === 'paths') {
      const path = this.results.paths.get(pathsKey(state.paths))?.[state.paths.index];
      return path ? ids(path) : null;
    }
    if (state.tab === 'partners' && state.partners.product && state.partners.row !== null) {
      const m = this.results.partners.get(state.partners.product)?.[state.partners.row];
      return m ? ids(m.path) : null;
    }
    if (state.tab === 'gaps' && state.gaps.gap) {
      const report = this.results.gaps.get(gapsKey(state.gaps.cluster, state.gaps.zone));
      const gap = report && mergeGaps(report).find((g) => g.id === state.gaps.gap);
      return gap ? ids(gapSubgraph(gap) as { nodes: ApiNode[]; edges: ApiEdge[] }) : null;
    }
    return null;
  }

  render(...which: ViewSlot[]): void {
    // Tables need room: the sidebar widens on the partners and gaps tabs.
    const layout = document.querySelector('.layout');
    layout?.classList.toggle('wide-side', this.state.tab === 'partners' || this.state.tab === 'gaps');
    // The dashboard takes the details panel's room too: its quotes show inside it.
    layout?.classList.toggle('dash-open', this.state.tab === 'indicators');
    const parts = which.length ? which : (Object.keys(this.views) as ViewSlot[]);
    for (const p of parts) for (const v of this.views[p]) v.render();
  }

  /** Runs an API action with the loading overlay and turns failures into the banner. */
  async run<T>(work: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
    this.busy++;
    this.loading.hidden = false;
    try {
      const out = await work();
      this.banner.hide();
      return out;
    } catch (e) {
      if (e instanceof ApiQueryError && e.code === 'UNAUTHENTICATED' && !this.viewer && this.onUnauthenticated) {
        this.banner.info(t(this.lang, 'login.required'));
        this.onUnauthenticated();
      } else this.banner.error(e, retry);
      return undefined;
    } finally {
      if (--this.busy === 0) this.loading.hidden = true;
      this.render('status');
    }
  }
}
