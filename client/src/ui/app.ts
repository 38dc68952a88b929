/**
 * The application controller: holds the view state (mirrored into the URL hash), talks to the
 * API, and tells the graph and the panels what changed. Panels call its actions; they never
 * fetch or touch Cytoscape themselves.
 */
import { DISPLAY_CAP, type DisplayGraph, displayGraph, isAggregateId } from '../lib/aggregate';
import { displayElements, relabel } from '../lib/elements';
import { applyFilters, type FilterState } from '../lib/filters';
import { clearFocus, focusOn, highlight } from '../lib/focus';
import { gapSubgraph, gapSubject } from '../lib/gaps';
import { LoadedGraph } from '../lib/loadedGraph';
import type { ApiNode, Gap, Lang, PartnerMatch, Path, Subgraph } from '../lib/types';
import { decodeViewState, encodeViewState, type Tab, type ViewState } from '../lib/urlState';
import { gql } from './api';
import type { Banner } from './banner';
import { GraphView } from './graphView';

export const EXPAND_LIMIT = 40;
export const EXPAND_ALL_LIMIT = 500;
/** "Whole graph": as many nodes as the API gives in one subgraph; the display cap aggregates. */
export const WHOLE_GRAPH_LIMIT = 20_000;

/** `?cap=N` lowers (or raises, up to twice the default) the display cap, e.g. on a slow laptop. */
export function displayCapFrom(search: string): number {
  const v = Number(new URLSearchParams(search).get('cap'));
  return Number.isInteger(v) && v >= 50 ? Math.min(v, 2 * DISPLAY_CAP) : DISPLAY_CAP;
}

export interface View {
  render(): void;
}

export class App {
  state: ViewState;
  readonly graph: GraphView;
  gaps: Gap[] | null = null;
  paths: Path[] = [];
  /** Whether the current path ends were searched (so an empty list means "no path"). */
  pathsSearched = false;
  partners: PartnerMatch[] = [];
  /** Nodes named by the paths and partners panels, so they can show names before a search. */
  readonly known = new Map<string, ApiNode>();
  /** Expanded nodes whose neighbourhood was cut by the cap: how many were shown of how many. */
  readonly truncation = new Map<string, { shown: number; total: number }>();
  /** Everything loaded for this view; what is drawn derives from it under the display cap. */
  readonly data = new LoadedGraph();
  readonly cap = displayCapFrom(location.search);
  /** Aggregates the user opened (group keys, oldest first). */
  openGroups: string[] = [];
  /** The last drawing: aggregates and which node each collapsed node is drawn in. */
  drawn: DisplayGraph | null = null;
  /** Set when an aggregate could not be opened within the cap. */
  capNotice: string | null = null;
  readonly views: Record<'sidebar' | 'details' | 'topbar' | 'status', View[]> = {
    sidebar: [],
    details: [],
    topbar: [],
    status: [],
  };
  private busy = 0;
  /** The neighbourhood of the selected node, loading ahead of an expand (EXPAND_LIMIT). */
  private prefetched: { id: string; result: Promise<Subgraph> } | null = null;

  constructor(
    cyContainer: HTMLElement,
    private readonly loading: HTMLElement,
    readonly banner: Banner,
  ) {
    this.state = decodeViewState(location.hash);
    this.graph = new GraphView(cyContainer, {
      onSelect: (id) => this.select(id),
      onExpand: (id) => void this.expand(id),
      onBackground: () => this.select(null),
    });
  }

  get lang(): Lang {
    return this.state.lang;
  }

  /** Writes the state to the URL without adding history entries for every click. */
  persist(): void {
    const hash = encodeViewState(this.state);
    history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
  }

  render(...which: (keyof App['views'])[]): void {
    // Tables need room: the sidebar widens on the partners and gaps tabs.
    document
      .querySelector('.layout')
      ?.classList.toggle('wide-side', this.state.tab === 'partners' || this.state.tab === 'gaps');
    const parts = which.length ? which : (Object.keys(this.views) as (keyof App['views'])[]);
    for (const p of parts) for (const v of this.views[p]) v.render();
  }

  /** Runs an API action with the loading overlay and turns failures into the banner. */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy++;
    this.loading.hidden = false;
    try {
      const out = await work();
      this.banner.hide();
      return out;
    } catch (e) {
      this.banner.error(e, () => void this.restore());
      return undefined;
    } finally {
      if (--this.busy === 0) this.loading.hidden = true;
      this.render('status');
    }
  }

  remember(...nodes: (ApiNode | null | undefined)[]): void {
    for (const n of nodes) if (n) this.known.set(n.id, n);
  }

  // ---- explore -------------------------------------------------------------------------------

  /** Rebuilds the graph from the URL state: overview or chain, expansions, filters, selection. */
  async restore(): Promise<void> {
    const s = this.state;
    await this.run(async () => {
      const sg = s.chain ? await this.fetchChain(s.chain) : await this.fetchOverview();
      await this.replaceGraph(sg, s.chain ? 'chain' : 'overview');
      for (const id of s.expanded) await this.mergeNeighborhood(id, EXPAND_LIMIT);
      if (s.selected && this.graph.cy.getElementById(s.selected).empty()) {
        const { nodes } = await gql<{ nodes: ApiNode[] }>('nodes', { ids: [s.selected] });
        if (nodes[0]) await this.mergeNeighborhood(nodes[0].id, EXPAND_LIMIT);
      }
      this.applyFilters();
      if (s.expanded.length) await this.graph.layout(false);
    });
    if (s.selected) this.select(s.selected);
    this.render();
    markFirstRender();
  }

  private replaceGraph(sg: Pick<Subgraph, 'nodes' | 'edges'>, mode: 'overview' | 'chain'): Promise<void> {
    this.data.replace(sg);
    this.openGroups = [];
    this.drawn = null;
    const d = this.display();
    return this.graph.replace(displayElements(d, this.lang), mode);
  }

  /** What to draw now: the loaded graph under the cap, keeping `pinned` nodes drawn one by one. */
  private display(pinned: readonly string[] = []): DisplayGraph {
    const keep = [...pinned, ...this.state.expanded, ...(this.state.selected ? [this.state.selected] : [])];
    const d = displayGraph(this.data.nodes, this.data.edges, { cap: this.cap, open: this.openGroups, pinned: keep });
    this.openGroups = this.openGroups.filter((k) => !d.closed.includes(k));
    this.drawn = d;
    return d;
  }

  /** Redraws from the loaded graph; new nodes start where they were drawn before (their aggregate). */
  private redraw(pinned: readonly string[], anchorId?: string): string[] {
    const origins = this.drawn?.collapsedIn;
    const d = this.display(pinned);
    const opts = { ...(anchorId ? { anchorId } : {}), ...(origins ? { origins } : {}) };
    return this.graph.sync(displayElements(d, this.lang), opts);
  }

  /** Loads every node the API gives in one subgraph; past the cap, clusters and zones aggregate. */
  async showAll(): Promise<void> {
    this.state.chain = null;
    this.state.expanded = [];
    this.state.selected = null;
    this.truncation.clear();
    this.persist();
    await this.run(async () => {
      const data = await gql<{ subgraph: Subgraph }>('subgraph', { limit: WHOLE_GRAPH_LIMIT });
      await this.replaceGraph(data.subgraph, 'overview');
      this.applyFilters();
    });
    this.render();
  }

  /** Replaces an aggregate with its members, closing other groups if the cap requires it. */
  async openAggregate(id: string): Promise<void> {
    const agg = this.drawn?.aggregates.find((a) => a.id === id);
    if (!agg) return;
    this.openGroups = [...this.openGroups.filter((k) => k !== agg.key), agg.key];
    const added = this.redraw([], id);
    this.capNotice = this.openGroups.includes(agg.key) ? null : agg.key;
    this.applyFilters();
    if (added.length) await this.graph.layout(false);
    const anchor = agg.anchor && this.graph.cy.getElementById(agg.anchor.id).nonempty() ? agg.anchor.id : null;
    this.select(anchor);
  }

  /** `restore()` plus the panels' data: path ends and results, partner table, gap report. */
  async restoreAll(): Promise<void> {
    await this.restore();
    const s = this.state;
    const ids = [s.paths.from, s.paths.to, s.partners.product].filter((x): x is string => !!x && !this.known.has(x));
    if (ids.length) {
      const data = await this.run(() => gql<{ nodes: ApiNode[] }>('nodes', { ids }));
      this.remember(...(data?.nodes ?? []));
    }
    if (s.paths.from && s.paths.to && s.tab === 'paths') await this.findPaths();
    const product = s.partners.product ? this.known.get(s.partners.product) : undefined;
    if (product) {
      const row = s.partners.row;
      await this.loadPartners(product, false);
      if (row !== null) this.highlightPartner(row);
    }
    if (s.tab === 'gaps' || s.gaps.gap) {
      await this.loadGaps();
      const gap = this.gaps?.find((g) => g.id === s.gaps.gap);
      if (gap) this.focusGap(gap);
    }
    this.render();
  }

  private async fetchOverview(): Promise<Subgraph> {
    const data = await gql<{ subgraph: Subgraph }>('subgraph', { kinds: ['CLUSTER', 'ZONE'] });
    return data.subgraph;
  }

  private async fetchChain(productId: string): Promise<Subgraph> {
    const data = await gql<{ supplyChain: Subgraph }>('supplyChain', { productId, direction: 'BOTH' });
    return data.supplyChain;
  }

  private fetchNeighborhood(id: string, limit: number): Promise<Subgraph> {
    return gql<{ neighborhood: Subgraph }>('neighborhood', { id, depth: 1, limit }).then((r) => r.neighborhood);
  }

  /**
   * Starts loading the neighbourhood of a node the user selected, so that expanding it (the
   * details panel's first button) need not wait for the server. Only the latest is kept; a failed
   * one is fetched again on expand.
   */
  private prefetchNeighborhood(id: string): void {
    if (isAggregateId(id) || this.state.expanded.includes(id) || this.prefetched?.id === id) return;
    if (this.graph.cy.getElementById(id).isEdge()) return;
    const result = this.fetchNeighborhood(id, EXPAND_LIMIT);
    result.catch(() => undefined);
    this.prefetched = { id, result };
  }

  private async neighborhood(id: string, limit: number): Promise<Subgraph> {
    const pre = this.prefetched;
    if (pre?.id === id) {
      this.prefetched = null;
      if (limit === EXPAND_LIMIT) {
        const sg = await pre.result.catch(() => null);
        if (sg) return sg;
      }
    }
    return this.fetchNeighborhood(id, limit);
  }

  private async mergeNeighborhood(id: string, limit: number): Promise<string[]> {
    const sg = await this.neighborhood(id, limit);
    this.data.merge(sg);
    const added = this.redraw([id], id);
    this.graph.cy.getElementById(id).addClass('expanded');
    if (sg.truncated) this.truncation.set(id, { shown: sg.nodes.length, total: sg.total });
    else this.truncation.delete(id);
    return added;
  }

  select(id: string | null): void {
    this.state.selected = id;
    const cy = this.graph.cy;
    if (id && cy.getElementById(id).nonempty()) {
      cy.elements().unselect();
      cy.getElementById(id).select();
      focusOn(cy, id);
      this.prefetchNeighborhood(id);
    } else {
      cy.elements().unselect();
      clearFocus(cy);
    }
    this.persist();
    this.render('details', 'status');
  }

  /** Loads a node's neighbourhood (capped; `all` lifts the cap) and lays out around it. */
  async expand(id: string, all = false): Promise<void> {
    if (isAggregateId(id)) return this.openAggregate(id);
    const added = await this.run(() => this.mergeNeighborhood(id, all ? EXPAND_ALL_LIMIT : EXPAND_LIMIT));
    if (added === undefined) return;
    if (!this.state.expanded.includes(id)) this.state.expanded.push(id);
    this.applyFilters();
    if (added.length) await this.graph.layout(false);
    this.select(id);
  }

  /** Centres and selects a node, adding it (with its neighbourhood) when it is not drawn yet. */
  async showNode(node: ApiNode): Promise<void> {
    this.remember(node);
    if (this.graph.cy.getElementById(node.id).empty()) await this.expand(node.id);
    this.select(node.id);
    this.graph.center(node.id);
  }

  async showChain(productId: string | null): Promise<void> {
    this.state.chain = productId;
    this.state.expanded = [];
    this.state.selected = null;
    this.truncation.clear();
    this.persist();
    await this.restore();
    // Show the product's details but keep the whole chain in view, unfaded.
    if (productId) this.selectQuietly(productId);
    this.persist();
  }

  setFilters(f: FilterState): void {
    this.state.filters = f;
    this.applyFilters();
    this.persist();
    this.render('status');
  }

  applyFilters(): void {
    applyFilters(this.graph.cy, this.state.filters);
  }

  setLang(lang: Lang): void {
    this.state.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    relabel(this.graph.cy, lang);
    this.persist();
    this.render();
  }

  setTab(tab: Tab): void {
    this.state.tab = tab;
    this.persist();
    this.render('sidebar');
    if (tab === 'gaps' && !this.gaps) void this.loadGaps();
  }

  // ---- paths, partners, gaps -----------------------------------------------------------------

  async findPaths(): Promise<void> {
    const { from, to, lens, maxHops } = this.state.paths;
    if (!from || !to) return;
    const data = await this.run(() => gql<{ paths: Path[] }>('paths', { from, to, lens, maxHops, first: 5 }));
    this.paths = data?.paths ?? [];
    this.pathsSearched = data !== undefined;
    this.persist();
    this.render('sidebar');
    if (this.paths.length) this.highlightPath(Math.min(this.state.paths.index, this.paths.length - 1));
  }

  highlightPath(i: number): void {
    const path = this.paths[i];
    if (!path) return;
    this.state.paths.index = i;
    this.showElements(path);
    this.persist();
    this.render('sidebar');
  }

  async loadPartners(product: ApiNode, switchTab = true): Promise<void> {
    this.remember(product);
    this.state.partners = { product: product.id, row: null };
    if (switchTab) this.state.tab = 'partners';
    const data = await this.run(() =>
      gql<{ partners: PartnerMatch[] }>('partners', { productId: product.id, first: 20 }),
    );
    this.partners = data?.partners ?? [];
    this.persist();
    this.render('sidebar');
  }

  highlightPartner(i: number): void {
    const m = this.partners[i];
    if (!m) return;
    this.state.partners.row = i;
    this.showElements(m.path);
    this.selectQuietly(m.node.id);
    this.persist();
    this.render('sidebar');
  }

  async loadGaps(): Promise<void> {
    const data = await this.run(() => gql<{ gaps: Gap[] }>('gaps'));
    this.gaps = data?.gaps ?? null;
    this.render('sidebar');
  }

  focusGap(gap: Gap): void {
    this.state.gaps.gap = gap.id;
    const { nodes, edges } = gapSubgraph(gap);
    this.showElements({ nodes, edges });
    this.selectQuietly(gapSubject(gap)?.id ?? null);
    this.persist();
    this.render('sidebar');
  }

  /** Shows `id` in the details panel without re-focusing the graph (a highlight stays as it is). */
  selectQuietly(id: string | null): void {
    const cy = this.graph.cy;
    cy.elements().unselect();
    if (id && cy.getElementById(id).nonempty()) {
      cy.getElementById(id).select();
      this.state.selected = id;
    } else this.state.selected = null;
    this.render('details');
  }

  /** Adds elements (a path, a gap's partners) to the graph, highlights them and fits the view. */
  private showElements(p: Pick<Path, 'nodes' | 'edges'>): string[] {
    const before = this.graph.cy.nodes().length;
    const anchor = p.nodes.find((n) => this.graph.cy.getElementById(n.id).nonempty())?.id;
    this.data.merge(p);
    const ids = [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)];
    this.redraw(ids, anchor);
    this.applyFilters();
    highlight(this.graph.cy, ids);
    this.render('status');
    const relayout = this.graph.cy.nodes().length > before ? this.graph.layout(false) : Promise.resolve();
    void relayout.then(() => this.graph.fitTo(this.graph.cy.elements('.hl')));
    return ids;
  }
}

/** Once per page: the first graph is laid out and drawn (read by the browser bench). */
let firstRenderMarked = false;
function markFirstRender(): void {
  if (firstRenderMarked) return;
  firstRenderMarked = true;
  // After the frame that draws it: rAF runs before paint, the task after it runs after.
  requestAnimationFrame(() => setTimeout(() => performance.mark('cg:first-render'), 0));
}
