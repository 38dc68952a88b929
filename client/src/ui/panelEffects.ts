/**
 * What the panels ask for: paths between two nodes, the partners of a product, the gap report,
 * the expand menu's counts, saved views, and opening a link. Each fetches into App.results (kept
 * by its arguments, so undo and Back show an answer again without asking twice) and dispatches
 * the step that shows it; an answer's nodes join the canvas next to their neighbours.
 */
import type { Action } from '../lib/actions';
import { gapSubgraph, gapSubject } from '../lib/gaps';
import { fromSaved, SavedViews, toSaved } from '../lib/savedViews';
import { decodeScene, sceneIsComplete } from '../lib/sceneCodec';
import type { ApiNode, Gap, NeighborCount, PartnerMatch, Path } from '../lib/types';
import { decodeViewState, legacyScene, sceneToken, type ViewState } from '../lib/urlState';
import { gql } from './api';
import { type App, gapsKey, pathsKey } from './app';
import { joinAction, loadScene, rebuildScene, showBase, showNode } from './sceneEffects';

// ---- paths ------------------------------------------------------------------------------------

export function setPathEnd(app: App, end: 'from' | 'to', node: ApiNode): void {
  app.remember(node);
  app.dispatch({ type: 'paths', patch: { [end]: node.id, index: 0 } }, 'step', 'none');
}

async function ensurePaths(app: App, p: ViewState['paths']): Promise<Path[] | undefined> {
  if (!p.from || !p.to) return undefined;
  const key = pathsKey(p);
  const have = app.results.paths.get(key);
  if (have) return have;
  const vars = { from: p.from, to: p.to, lens: p.lens, maxHops: p.maxHops, first: 5, maxDegree: p.maxDegree };
  const data = await app.run(() => gql('paths', vars));
  if (!data) return undefined;
  app.results.paths.set(key, data.paths);
  return data.paths;
}

/** Runs the search and shows the first path (or the one the state names). */
export async function findPaths(app: App): Promise<void> {
  const paths = await ensurePaths(app, app.state.paths);
  if (!paths) return;
  await showPath(app, Math.min(app.state.paths.index, Math.max(0, paths.length - 1)));
}

export async function showPath(app: App, i: number): Promise<void> {
  const path = app.results.paths.get(pathsKey(app.state.paths))?.[i];
  const join = path ? await joinAction(app, path.nodes, path.edges) : null;
  dispatchAll(app, [...(join ? [join] : []), { type: 'paths', patch: { index: i } }]);
  if (path) void app.graph.ensureVisible();
}

// ---- partners ---------------------------------------------------------------------------------

async function ensurePartners(app: App, productId: string): Promise<PartnerMatch[] | undefined> {
  const have = app.results.partners.get(productId);
  if (have) return have;
  const data = await app.run(() => gql('partners', { productId, first: 20 }));
  if (!data) return undefined;
  app.results.partners.set(productId, data.partners);
  return data.partners;
}

/** A product chosen: its partners load, it joins the canvas and the details panel shows it. */
export async function choosePartnersProduct(app: App, product: ApiNode): Promise<void> {
  app.remember(product);
  const partners = await ensurePartners(app, product.id);
  if (!partners) return;
  const join = await joinAction(app, [product]);
  const step: Action[] = [
    ...(join ? [join] : []),
    { type: 'partners', product: product.id, row: null },
    { type: 'tab', tab: 'partners' },
    { type: 'select', id: product.id },
  ];
  dispatchAll(app, step);
  void app.graph.ensureVisible();
}

export async function showPartner(app: App, row: number): Promise<void> {
  const product = app.state.partners.product;
  const m = product ? app.results.partners.get(product)?.[row] : undefined;
  if (!m || !product) return;
  const join = await joinAction(app, m.path.nodes, m.path.edges);
  dispatchAll(app, [...(join ? [join] : []), { type: 'partners', product, row }, { type: 'select', id: m.node.id }]);
  void app.graph.ensureVisible();
}

// ---- gaps -------------------------------------------------------------------------------------

const loading = new Set<string>();

/** Starts a fetch once per key; re-renders when it lands. */
function once(app: App, key: string, work: () => Promise<void>): void {
  if (loading.has(key)) return;
  loading.add(key);
  void app.run(work).finally(() => {
    loading.delete(key);
    app.commit(app.state, 'none', 'none');
  });
}

/** The gap report for a cluster and zone filter, or null while it loads (the fetch is started). */
export function gapsFor(app: App, cluster: string | null, zone: string | null): Gap[] | null {
  const key = gapsKey(cluster, zone);
  const have = app.results.gaps.get(key);
  if (have) return have;
  once(app, `gaps:${key}`, async () => {
    const asked = app.results.generation;
    const data = await gql('gaps', { clusterId: cluster, zoneId: zone });
    // Asked before a change the explorer made: the answer may not have it (the next render asks again).
    if (app.results.generation === asked) app.results.gaps.set(key, data.gaps);
  });
  return null;
}

/** Every cluster or zone, by id (loaded once). */
export function listOfKind(app: App, kind: 'CLUSTER' | 'ZONE'): ApiNode[] {
  const have = app.results.ofKind.get(kind);
  if (have) return have;
  once(app, `kind:${kind}`, async () => {
    const nodes = kind === 'CLUSTER' ? (await gql('clusters')).clusters : (await gql('zones')).zones;
    app.results.ofKind.set(kind, nodes);
  });
  return [];
}

export async function focusGap(app: App, gap: Gap): Promise<void> {
  const { nodes, edges } = gapSubgraph(gap);
  const join = await joinAction(app, nodes, edges);
  const subject = gapSubject(gap);
  dispatchAll(app, [
    ...(join ? [join] : []),
    { type: 'gaps', patch: { gap: gap.id } },
    { type: 'select', id: subject?.id ?? null },
  ]);
  void app.graph.ensureVisible();
}

/** A suggested partner of a gap: its justifying path on the canvas, the partner selected. */
export async function showGapPartner(app: App, gap: Gap, m: PartnerMatch): Promise<void> {
  const join = await joinAction(app, m.path.nodes, m.path.edges);
  dispatchAll(app, [
    ...(join ? [join] : []),
    { type: 'gaps', patch: { gap: gap.id } },
    { type: 'select', id: m.node.id },
  ]);
  void app.graph.ensureVisible();
}

// ---- the expand menu --------------------------------------------------------------------------

export async function neighborCounts(app: App, id: string): Promise<NeighborCount[] | undefined> {
  const have = app.results.counts.get(id);
  if (have) return have;
  const data = await app.run(() => gql('neighborCounts', { id }));
  if (data) app.results.counts.set(id, data.neighborCounts);
  return data?.neighborCounts;
}

// ---- results the state names (after undo, Back, a link) ---------------------------------------

/** Fetches the answers the state's open panel shows, if they are not loaded yet. */
export async function syncResults(app: App): Promise<void> {
  const s = app.state;
  if (s.tab === 'paths' && s.paths.from && s.paths.to && !app.results.paths.has(pathsKey(s.paths))) {
    if (await ensurePaths(app, s.paths)) app.commit(app.state, 'none', 'none');
  }
  if (s.partners.product && !app.results.partners.has(s.partners.product)) {
    if (await ensurePartners(app, s.partners.product)) app.commit(app.state, 'none', 'none');
  }
  if (s.tab === 'gaps' || s.gaps.gap) gapsFor(app, s.gaps.cluster, s.gaps.zone);
}

// ---- saved views and links --------------------------------------------------------------------

export const savedViews = () => new SavedViews(localStorage);

export function saveView(app: App, name: string): void {
  savedViews().save(toSaved(app.state, name, new Date(), `${Date.now().toString(36)}-${app.session}`));
  app.render();
}

export async function openSavedView(app: App, id: string): Promise<boolean> {
  const saved = savedViews().get(id);
  const state = saved ? fromSaved(saved) : null;
  if (!state) return false;
  const ok = await app.run(() => loadScene(app, state.scene).then(() => true));
  if (!ok) return false;
  app.dispatch({ type: 'restore', state }, 'step', 'all');
  void syncResults(app);
  return true;
}

/**
 * Opens what the location's hash names: a scene from its token (nodes at their positions), a
 * big or old-style link rebuilt from its base and expands, or the overview.
 */
export async function openLocation(app: App): Promise<void> {
  const hash = location.hash;
  const state = decodeViewState(hash);
  const token = sceneToken(hash);
  const scene = token ? await decodeScene(token) : null;
  const names = [state.paths.from, state.paths.to, state.partners.product].filter((x): x is string => !!x);
  await app.run(
    async () => {
      if (scene && sceneIsComplete(scene)) {
        await loadScene(app, scene);
        app.reset({ ...state, scene });
      } else if (scene) {
        await rebuildScene(app, scene.base, scene.expansions);
        app.reset({ ...state, scene: { ...app.state.scene, pinned: [], open: scene.open } });
      } else {
        const legacy = legacyScene(hash);
        const base = legacy.chain
          ? ({ kind: 'chain', productId: legacy.chain } as const)
          : ({ kind: 'overview' } as const);
        await rebuildScene(
          app,
          base,
          legacy.expanded.map((id) => ({ id })),
        );
        const selected = state.selected;
        // An old link's selection is shown with its neighbourhood when it is not on the canvas.
        if (selected && !app.state.scene.nodes.includes(selected) && !selected.includes('-[')) {
          app.restoring = true;
          try {
            const { nodes } = await gql('nodes', { ids: [selected] });
            if (nodes[0]) await showNode(app, nodes[0]);
          } finally {
            app.restoring = false;
          }
        }
        app.reset({ ...state, scene: app.state.scene });
      }
      const missing = names.filter((id) => !app.node(id));
      if (missing.length) app.remember(...(await gql('nodes', { ids: missing })).nodes);
    },
    () => void openLocation(app),
  );
  app.render();
  await syncResults(app);
}

/** Back to the plain overview, as a step. */
export const resetOverview = (app: App) => showBase(app, { kind: 'overview' });

/** Several actions as one step: the first makes it, the rest amend it. */
export function dispatchAll(app: App, actions: readonly Action[]): void {
  actions.forEach((a, i) => {
    app.dispatch(a, i === 0 ? 'step' : 'amend', 'none');
  });
}
