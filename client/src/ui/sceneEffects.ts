/**
 * What changes the canvas: each effect fetches what its action needs (nodes, the relationships
 * among them, positions from placement or from a layout) and then dispatches one action, so the
 * reducer stays pure and the history replays. New nodes are placed next to where they came from
 * and nothing already drawn moves, except on a fresh canvas or when the user asks to re-layout.
 */
import type { Action } from '../lib/actions';
import { type Drawing, drawing } from '../lib/drawing';
import { CLUSTER_FONT_SIZE, footprint } from '../lib/footprint';
import type { Footprint, Point } from '../lib/geometry';
import { nodeName, t } from '../lib/i18n';
import { type LayoutMode, layoutSpec } from '../lib/layouts';
import { LABEL_FONT_SIZE } from '../lib/lod';
import { removeOverlaps } from '../lib/overlap';
import { type NewNode, type Placed, placeNew } from '../lib/placement';
import { emptyScene, isExpanded, lastExpansion, type Positions, type Scene, type SceneBase } from '../lib/scene';
import { nodeSize, type SizeScale, sizeScale } from '../lib/sizing';
import type { ApiEdge, ApiNode, NodeKind, RelType, Subgraph } from '../lib/types';
import type { SizeRule } from '../lib/urlState';
import { gql, limitWithinBudget } from './api';
import type { App } from './app';
import type { LayoutNode } from './layoutProtocol';

export const EXPAND_LIMIT = 40;
export const EXPAND_ALL_LIMIT = 500;
/** "Whole graph": as many nodes as the API gives in one subgraph; the display cap aggregates. */
export const WHOLE_GRAPH_LIMIT = 20_000;
/** Scenes up to this many nodes load every relationship among their nodes (`between`'s cap). */
const BETWEEN_MAX = 5000;
const NODES_CHUNK = 500;

// ---- footprints and positions ------------------------------------------------------------------

function scaleOf(app: App, nodes: readonly ApiNode[]): SizeScale {
  return sizeScale(nodes, app.state.sizeBy);
}

/** A node's footprint before it is drawn, as the stylesheet will draw it. */
export function estimate(app: Pick<App, 'lang'>, n: ApiNode, scale: SizeScale): Footprint {
  return footprint(
    nodeName(app.lang, n),
    nodeSize(n, scale),
    n.kind === 'CLUSTER' ? CLUSTER_FONT_SIZE : LABEL_FONT_SIZE,
  );
}

/** Everything on the canvas as placement needs it: measured where drawn, estimated elsewhere. */
function placedNow(app: App, scale: SizeScale): Placed[] {
  const measured = app.graph.footprints();
  const out: Placed[] = [];
  for (const [id, [x, y]] of Object.entries(app.state.scene.positions)) {
    const m = measured.get(id);
    if (m) out.push({ id, x, y, f: m.f });
    else {
      const n = app.data.node(id);
      if (n) out.push({ id, x, y, f: estimate(app, n, scale) });
    }
  }
  return out;
}

const point = (p: [number, number] | undefined): Point | undefined => (p ? { x: p[0], y: p[1] } : undefined);

/**
 * Positions for `nodes` joining the canvas, each next to its origin: a node on the canvas (or
 * in `extra`, nodes placed just before), a point, or else the view's centre.
 */
export function placeJoining(
  app: App,
  nodes: { node: ApiNode; origin?: string | Point | undefined }[],
  extra: Positions = {},
): Positions {
  const scene = app.state.scene;
  const drawn = scene.nodes.map((id) => app.data.node(id)).filter((n): n is ApiNode => !!n);
  const scale = scaleOf(app, [...drawn, ...nodes.map((x) => x.node)]);
  const at = (id: string) => point(scene.positions[id] ?? extra[id]);
  const items: NewNode[] = nodes
    .filter(({ node }) => !scene.nodes.includes(node.id) && !extra[node.id])
    .map(({ node, origin }) => ({
      id: node.id,
      f: estimate(app, node, scale),
      origin: typeof origin === 'string' ? at(origin) : origin,
    }));
  const placed = placedNow(app, scale);
  for (const [id, p] of Object.entries(extra)) {
    const n = app.data.node(id);
    if (n) placed.push({ id, x: p[0], y: p[1], f: estimate(app, n, scale) });
  }
  const out = placeNew(placed, items, { centre: app.graph.viewCentre(), aspect: app.graph.aspect() });
  return Object.fromEntries([...out].map(([id, p]) => [id, [p.x, p.y] as [number, number]]));
}

/** A drawn element's footprint from its data (label and size), for fresh layouts. */
function elementFootprint(data: { label?: unknown; size?: unknown; kind?: unknown }): Footprint {
  const font = data.kind === 'CLUSTER' ? CLUSTER_FONT_SIZE : LABEL_FONT_SIZE;
  return footprint(String(data.label ?? ''), Number(data.size) || 30, font);
}

/** Fresh positions for what a drawing draws (a new canvas, a re-layout), from the layout worker. */
async function layOut(app: App, d: Drawing, mode: LayoutMode, fixed: Positions = {}): Promise<Positions> {
  const input: LayoutNode[] = [];
  for (const el of d.elements) {
    if (el.group !== 'nodes') continue;
    const id = el.data.id as string;
    const pin = fixed[id];
    input.push({
      id,
      x: pin?.[0] ?? 0,
      y: pin?.[1] ?? 0,
      f: elementFootprint(el.data as Record<string, unknown>),
      ...(pin ? { fixed: true } : {}),
    });
  }
  const chainTypes = new Set<string>(['INPUT_TO', 'PRODUCES', 'SUPPLIES']);
  const links = d.elements
    .filter((el) => el.group === 'edges' && el.data.source !== el.data.target)
    .filter((el) => mode !== 'chain' || chainTypes.has(el.data.type as string))
    .map((el) => ({ id: el.data.id as string, source: el.data.source as string, target: el.data.target as string }));
  const at = await app.graph.computeLayout({ nodes: input, edges: links }, layoutSpec(mode, input.length));
  if (!at) return {};
  return Object.fromEntries([...at].map(([id, p]) => [id, [Math.round(p.x), Math.round(p.y)] as [number, number]]));
}

// ---- loading ------------------------------------------------------------------------------------

/** Nodes by id, in chunks the API accepts. */
async function fetchNodes(ids: readonly string[]): Promise<ApiNode[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += NODES_CHUNK) chunks.push(ids.slice(i, i + NODES_CHUNK));
  const answers = await Promise.all(chunks.map((c) => gql('nodes', { ids: c })));
  return answers.flatMap((a) => a.nodes);
}

/** Loads every relationship among `ids` (what the canvas draws between its nodes). */
async function loadBetween(app: App, ids: readonly string[]): Promise<void> {
  if (ids.length < 2 || ids.length > BETWEEN_MAX) return;
  const r = await gql('between', { ids: [...ids] });
  app.data.merge({ nodes: [], edges: r.between.edges });
}

/**
 * The whole graph, or as much of it as one answer may carry: a graph whose answer the server
 * refuses as over its response budget is asked again with the limit its refusal implies. The
 * estimate counts min(limit, nodes), so a limit above the graph's size shrinks by the same ratio
 * again until it bites; each refusal comes before anything runs and costs a few milliseconds.
 */
async function wholeGraph(app: App): Promise<Subgraph> {
  let limit = WHOLE_GRAPH_LIMIT;
  for (let attempt = 0; ; attempt++) {
    try {
      const sg = (await gql('subgraph', { limit })).subgraph;
      app.partialWhole = sg.truncated ? { n: sg.nodes.length, total: sg.total } : null;
      return sg;
    } catch (e) {
      const next = limitWithinBudget(e, limit);
      if (next === null || attempt >= 8) throw e;
      limit = next;
    }
  }
}

function baseSubgraph(app: App, base: SceneBase): Promise<Subgraph> {
  if (base.kind === 'chain')
    return gql('supplyChain', { productId: base.productId, direction: 'BOTH' }).then((r) => r.supplyChain);
  if (base.kind === 'whole') return wholeGraph(app);
  const kinds: NodeKind[] = ['CLUSTER', 'ZONE'];
  return gql('subgraph', { kinds }).then((r) => r.subgraph);
}

/** A new canvas from a base, laid out fresh (past the display cap: what is drawn, aggregates). */
async function freshScene(app: App, base: SceneBase): Promise<Scene> {
  const sg = await baseSubgraph(app, base);
  app.data.merge(sg);
  if (base.kind === 'whole' && sg.truncated)
    app.banner.info(t(app.lang, 'graph.wholeTruncated', { n: sg.nodes.length, total: sg.total }));
  if (base.kind === 'chain')
    await loadBetween(
      app,
      sg.nodes.map((n) => n.id),
    );
  const scene: Scene = { ...emptyScene(base), nodes: sg.nodes.map((n) => n.id) };
  const d = drawing({ ...app.state, scene }, app.data, app.cap);
  return { ...scene, positions: await layOut(app, d, base.kind === 'chain' ? 'chain' : 'force') };
}

export async function showBase(app: App, base: SceneBase): Promise<void> {
  const scene = await app.run(
    () => freshScene(app, base),
    () => void showBase(app, base),
  );
  if (!scene) return;
  app.dispatch({ type: 'scene', scene }, 'step', 'all');
}

export const showOverview = (app: App) => showBase(app, { kind: 'overview' });
export const showChain = (app: App, productId: string) => showBase(app, { kind: 'chain', productId });
export const showAll = (app: App) => showBase(app, { kind: 'whole' });

// ---- growing and shrinking ----------------------------------------------------------------------

/** The neighbourhood of the selected node, loading ahead of an expand (EXPAND_LIMIT, all types). */
let prefetched: { id: string; result: Promise<Subgraph> } | null = null;

function fetchNeighborhood(id: string, limit: number, relTypes: RelType[] | null, kinds: NodeKind[] | null) {
  return gql('neighborhood', { id, depth: 1, limit, relTypes, kinds }).then((r) => r.neighborhood);
}

/** Starts loading the neighbourhood of a node the user selected, so that expanding it need not wait. */
export function prefetch(app: App, id: string): void {
  if (isExpanded(app.state.scene, id) || prefetched?.id === id || !app.data.node(id)) return;
  const result = fetchNeighborhood(id, EXPAND_LIMIT, null, null);
  result.catch(() => undefined);
  prefetched = { id, result };
}

async function neighborhood(id: string, limit: number, relTypes: RelType[] | null, kinds: NodeKind[] | null) {
  const pre = prefetched;
  if (pre?.id === id && limit === EXPAND_LIMIT && !relTypes && !kinds) {
    prefetched = null;
    const sg = await pre.result.catch(() => null);
    if (sg) return sg;
  }
  return fetchNeighborhood(id, limit, relTypes, kinds);
}

export interface ExpandOptions {
  relTypes?: RelType[] | null;
  kinds?: NodeKind[] | null;
  /** Lift the cap (up to EXPAND_ALL_LIMIT): the "N more" of a cut expand. */
  all?: boolean;
  /** Part of a double-click: the expand joins the step its first click made (the selection). */
  gesture?: boolean;
}

/** Adds a node's neighbours (of some types and kinds) around it. */
export async function expand(app: App, id: string, o: ExpandOptions = {}): Promise<void> {
  const relTypes = o.relTypes ?? null;
  const kinds = o.kinds ?? null;
  const limit = o.all ? EXPAND_ALL_LIMIT : EXPAND_LIMIT;
  const done = await app.run(async () => {
    const sg = await neighborhood(id, limit, relTypes, kinds);
    app.data.merge(sg);
    const reached = sg.nodes.map((n) => n.id).filter((n) => n !== id);
    const present = new Set(app.state.scene.nodes);
    await loadBetween(app, [...new Set([...app.state.scene.nodes, ...reached])]);
    const joining = sg.nodes.filter((n) => n.id !== id && !present.has(n.id)).map((node) => ({ node, origin: id }));
    return { sg, reached, positions: placeJoining(app, joining) };
  });
  if (!done) return;
  const { sg, reached, positions } = done;
  // A double-click selects (its first click) and expands: one gesture, one step.
  const last = app.history.lastStep;
  const gesture = o.gesture && last?.type === 'select' && last.id === id;
  app.dispatch(
    {
      type: 'expand',
      id,
      relTypes,
      kinds,
      reached,
      positions,
      shown: sg.nodes.length - 1,
      total: Math.max(0, sg.total - 1),
    },
    gesture ? 'amend' : 'step',
  );
}

/** The "N more" of a node's last cut expand, if it was cut. */
export function moreOf(app: App, id: string): { shown: number; total: number } | null {
  const e = lastExpansion(app.state.scene, id);
  return e && e.total > e.shown ? { shown: e.shown, total: e.total } : null;
}

/**
 * The action that puts `nodes` (a path, a partner's justification, a gap) on the canvas, each next
 * to a neighbour already there, with every relationship among them and the canvas loaded; null
 * when they are all drawn already (or the relationships could not be loaded).
 */
export async function joinAction(
  app: App,
  nodes: readonly ApiNode[],
  edges: readonly ApiEdge[] = [],
): Promise<Action | null> {
  app.data.merge({ nodes: [...nodes], edges: [...edges] });
  const scene = app.state.scene;
  const missing = nodes.filter((n, i) => !scene.nodes.includes(n.id) && nodes.findIndex((m) => m.id === n.id) === i);
  if (missing.length === 0) return null;
  const ok = await app.run(() => loadBetween(app, [...scene.nodes, ...missing.map((n) => n.id)]).then(() => true));
  if (!ok) return null;
  // Each joins next to a neighbour already drawn or placed just before it (a path's next stop).
  const positions: Positions = {};
  for (const node of missing) {
    const link = edges.find(
      (e) =>
        (e.source === node.id && (scene.positions[e.target] || positions[e.target])) ||
        (e.target === node.id && (scene.positions[e.source] || positions[e.source])),
    );
    const origin = link ? (link.source === node.id ? link.target : link.source) : undefined;
    Object.assign(positions, placeJoining(app, [{ node, origin }], positions));
  }
  return { type: 'add', ids: missing.map((n) => n.id), positions };
}

/** Search: centre a node that is drawn; otherwise bring it in with its neighbours around it. */
export async function showNode(app: App, node: ApiNode): Promise<void> {
  app.remember(node);
  if (app.state.scene.nodes.includes(node.id)) {
    select(app, node.id);
    void app.graph.ensureVisible();
    return;
  }
  const done = await app.run(async () => {
    const sg = await neighborhood(node.id, EXPAND_LIMIT, null, null);
    app.data.merge(sg);
    await loadBetween(app, [...new Set([...app.state.scene.nodes, ...sg.nodes.map((n) => n.id)])]);
    return sg;
  });
  if (!done) return;
  const onCanvas = done.nodes.filter((n) => app.state.scene.nodes.includes(n.id)).map((n) => n.id);
  const origin = onCanvas[0];
  const self = placeJoining(app, [{ node, ...(origin ? { origin } : {}) }]);
  app.dispatch({ type: 'add', ids: [node.id], positions: self });
  const reached = done.nodes.map((n) => n.id).filter((id) => id !== node.id);
  const joining = done.nodes
    .filter((n) => !app.state.scene.nodes.includes(n.id))
    .map((n) => ({ node: n, origin: node.id }));
  app.dispatch(
    {
      type: 'expand',
      id: node.id,
      relTypes: null,
      kinds: null,
      reached,
      positions: placeJoining(app, joining),
      shown: done.nodes.length - 1,
      total: Math.max(0, done.total - 1),
    },
    'amend',
  );
  app.dispatch({ type: 'select', id: node.id }, 'amend');
}

export function select(app: App, id: string | null, additive = false): void {
  const s = app.state;
  // Clicking what is already the whole selection changes nothing: no step.
  if (!additive && s.selected === id && s.selection.length === 0) return;
  app.dispatch({ type: 'select', id, additive }, 'step', 'none');
  if (id) prefetch(app, id);
}

/** Lays the whole canvas out again (pinned nodes stay), as one undoable step. */
export async function relayout(app: App): Promise<void> {
  const s = app.state;
  const d = app.drawn;
  if (!d) return;
  const fixed: Positions = {};
  for (const id of s.scene.pinned) {
    const p = s.scene.positions[id];
    if (p) fixed[id] = p;
  }
  const positions = await app.run(() => layOut(app, d, s.scene.base.kind === 'chain' ? 'chain' : 'force', fixed));
  if (positions && Object.keys(positions).length) app.dispatch({ type: 'move', positions }, 'step', 'all');
}

/** Replaces an aggregate with its members, placed around where it was drawn. */
export function openAggregate(app: App, id: string): void {
  const agg = app.drawn?.display.aggregates.find((a) => a.id === id);
  if (!agg) return;
  const open = [...app.state.scene.open.filter((k) => k !== agg.key), agg.key];
  const at = app.state.scene.positions[id] ?? [0, 0];
  const members = agg.members.map((m) => app.data.node(m)).filter((n): n is ApiNode => !!n);
  const positions = placeJoining(
    app,
    members.map((node) => ({ node, origin: { x: at[0], y: at[1] } })),
  );
  app.dispatch({ type: 'openGroup', open, positions });
  const closed = app.drawn?.display.closed ?? [];
  app.capNotice = closed.includes(agg.key) ? agg.key : null;
}

// ---- restoring ------------------------------------------------------------------------------------

/** Loads what a scene names (nodes and the relationships among them) into the data. */
export async function loadScene(app: App, scene: Scene): Promise<void> {
  const ids = scene.nodes.filter((id) => !id.startsWith('agg:') && !app.data.node(id));
  const [nodes] = await Promise.all([fetchNodes(ids), loadBetween(app, scene.nodes)]);
  app.data.merge({ nodes, edges: [] });
  if (scene.base.kind === 'whole' && scene.nodes.length > BETWEEN_MAX)
    app.data.merge(await baseSubgraph(app, scene.base));
}

/** Rebuilds a scene a link holds only as its base and expands (big scenes, links of older versions). */
export async function rebuildScene(app: App, base: SceneBase, expands: readonly ({ id: string } & ExpandOptions)[]) {
  const scene = await freshScene(app, base);
  app.history.reset({ ...app.state, scene });
  app.restoring = true;
  try {
    for (const e of expands) await expand(app, e.id, e);
  } finally {
    app.restoring = false;
  }
}

export { isExpanded };

// ---- changes that resize labels or nodes ----------------------------------------------------------

/**
 * Positions that keep the canvas free of overlaps once labels or sizes change (another language,
 * another size rule): only the nodes that now touch move, and only as far as they must.
 */
function relieved(app: App, state: typeof app.state): Positions {
  const probe = { lang: state.lang };
  const nodes = state.scene.nodes.map((id) => app.data.node(id)).filter((n): n is ApiNode => !!n);
  const scale = sizeScale(nodes, state.sizeBy);
  const pinned = new Set(state.scene.pinned);
  const laid = nodes.flatMap((n) => {
    const p = state.scene.positions[n.id];
    return p ? [{ id: n.id, x: p[0], y: p[1], f: estimate(probe, n, scale), fixed: pinned.has(n.id) }] : [];
  });
  const at = removeOverlaps(laid, { gap: 6 });
  const out: Positions = {};
  for (const n of laid) {
    const p = at.get(n.id);
    if (p && (p.x !== n.x || p.y !== n.y)) out[n.id] = [p.x, p.y];
  }
  return out;
}

export function setLang(app: App, lang: 'zh' | 'en'): void {
  app.dispatch({ type: 'lang', lang }, 'step', 'none');
  const positions = relieved(app, app.state);
  if (Object.keys(positions).length) app.dispatch({ type: 'move', positions }, 'amend', 'visible');
}

export function setSizeBy(app: App, rule: SizeRule): void {
  app.dispatch({ type: 'sizeBy', rule }, 'step', 'none');
  const positions = relieved(app, app.state);
  if (Object.keys(positions).length) app.dispatch({ type: 'move', positions }, 'amend', 'visible');
}
