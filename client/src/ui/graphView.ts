/**
 * The Cytoscape canvas: owns the instance, runs bounded layouts, and reports taps. It never
 * styles an element directly; focus, filters and highlights are classes from lib/.
 *
 * Renderer options (WebGL or canvas, pixel ratio, hiding edges while moving) are fixed when
 * Cytoscape is created, so the instance is recreated when the drawing crosses a LOD tier or is
 * replaced outright; the stylesheet is rebuilt with it. Big layouts run in a worker.
 */
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { Aggregate } from '../lib/aggregate';
import { ANIMATE_MAX, type LayoutMode, layoutPlan } from '../lib/layouts';
import {
  type GpuCapability,
  parseRendererOverride,
  type RendererOverride,
  type RenderTier,
  rendererOptions,
  renderTier,
  styleFlags,
} from '../lib/lod';
import { buildStylesheet } from '../lib/stylesheet';
import { detectGpu } from './gpu';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

cytoscape.use(fcose);
cytoscape.use(dagre);

export type GraphMode = LayoutMode;

const FOCUS_MAX_ZOOM = 1.3;
/** Nodes moved per frame when a worker layout's positions are applied. */
const APPLY_CHUNK = 200;
/** Nodes whose labels go off per step before a big layout is applied (see `quiet`). */
const QUIET_CHUNK = 250;
/** Nodes whose labels come back per frame after a big layout (see `reveal`). */
const REVEAL_CHUNK = 80;
/** A task of its own after the next frame is drawn: rAF runs before the paint, the timeout after it. */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
type Point = { x: number; y: number };

export interface GraphEvents {
  onSelect(id: string): void;
  onExpand(id: string): void;
  onBackground(): void;
}

export class GraphView {
  mode: GraphMode = 'overview';
  private core: Core;
  private tier: RenderTier = 'detailed';
  private readonly gpu: GpuCapability;
  private readonly override: RendererOverride;
  private worker: Worker | null = null;
  private layoutSeq = 0;
  /** Layouts started and not yet applied (the bench waits for 0). */
  layoutsRunning = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GraphEvents,
  ) {
    this.override = parseRendererOverride(location.search);
    // Probing WebGL costs a context; skip it when the user chose the renderer.
    this.gpu = this.override ? 'none' : detectGpu();
    this.core = this.create(0, []);
  }

  get cy(): Core {
    return this.core;
  }

  /** What draws the graph now, for the status line and the bench. */
  get renderer(): { tier: RenderTier; webgl: boolean; gpu: GpuCapability } {
    const opts = rendererOptions(this.core.elements().length, this.gpu, this.override);
    return { tier: this.tier, webgl: opts.renderer.webgl, gpu: this.gpu };
  }

  private create(count: number, elements: ElementDefinition[]): Core {
    const cy = cytoscape({
      container: this.container,
      style: buildStylesheet(styleFlags(count)),
      elements,
      minZoom: 0.02,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
      ...rendererOptions(count, this.gpu, this.override),
    } as cytoscape.CytoscapeOptions);
    cy.on('tap', 'node, edge', (e: EventObject) => this.events.onSelect(e.target.id()));
    cy.on('dbltap', 'node', (e: EventObject) => this.events.onExpand(e.target.id()));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.events.onBackground();
    });
    this.tier = renderTier(count);
    return cy;
  }

  /** Replaces the graph with `elements` and lays it out from scratch. */
  replace(elements: ElementDefinition[], mode: GraphMode): Promise<void> {
    this.mode = mode;
    this.sync(elements, { fresh: true });
    return this.layout(true);
  }

  /**
   * Makes the drawing hold exactly `elements`: removes what is gone, adds what is new and updates
   * aggregates in place. New nodes start in a ring around where they came from (the aggregate
   * they were drawn in, else `anchorId`) so the follow-up layout moves things only a little.
   * Returns the ids added.
   */
  sync(
    elements: ElementDefinition[],
    opts: { fresh?: boolean; anchorId?: string; origins?: ReadonlyMap<string, string> } = {},
  ): string[] {
    const old = this.core;
    const oldPos = new Map<string, Point>();
    const oldClasses = new Map<string, string>();
    if (!opts.fresh)
      old.elements().forEach((el) => {
        if (el.isNode()) oldPos.set(el.id(), { ...(el as NodeSingular).position() });
        const cls = el.classes().join(' ');
        if (cls) oldClasses.set(el.id(), cls);
      });
    const anchor = opts.anchorId ? oldPos.get(opts.anchorId) : undefined;
    const want = new Set(elements.map((e) => e.data.id as string));
    const added = elements.filter(
      (e) => !oldPos.has(e.data.id as string) && old.getElementById(e.data.id as string).empty(),
    );
    // Ring placement, one ring per origin.
    const rings = new Map<string, ElementDefinition[]>();
    for (const e of added) {
      if (e.group !== 'nodes' || e.position) continue;
      const agg = e.data.aggregateOf as Aggregate | undefined;
      const from = agg ? centroid(agg.members, oldPos) : undefined;
      if (from) {
        e.position = from;
        continue;
      }
      const origin = opts.origins?.get(e.data.id as string) ?? opts.anchorId ?? '';
      const ring = rings.get(origin);
      if (ring) ring.push(e);
      else rings.set(origin, [e]);
    }
    for (const [origin, ring] of rings) {
      const c = oldPos.get(origin) ?? anchor ?? { x: 0, y: 0 };
      const radius = Math.max(120, (ring.length * 40) / (2 * Math.PI));
      ring.forEach((e, i) => {
        const a = (2 * Math.PI * i) / ring.length;
        e.position = { x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) };
      });
    }
    const tierChanged = renderTier(elements.length) !== this.tier;
    if (opts.fresh || tierChanged) {
      const zoom = old.zoom();
      const pan = { ...old.pan() };
      const defs = elements.map((e) => {
        const id = e.data.id as string;
        const pos = oldPos.get(id);
        const classes = oldClasses.get(id);
        return { ...e, ...(pos ? { position: pos } : {}), ...(classes ? { classes } : {}) };
      });
      // A new instance rather than remove-all-then-add: the old one's render caches (element and
      // layer textures) made the next big drawing many times slower to pan and zoom.
      old.destroy();
      this.core = this.create(elements.length, defs);
      if (!opts.fresh) this.core.viewport({ zoom, pan });
    } else {
      old.batch(() => {
        old
          .elements()
          .filter((el) => !want.has(el.id()))
          .remove();
        for (const e of elements) {
          const el = old.getElementById(e.data.id as string);
          if (el.nonempty() && e.data.aggregate) el.data(e.data);
        }
        old.add(added);
      });
    }
    return added.map((e) => e.data.id as string);
  }

  /**
   * Lays out the visible elements: small fresh layouts here, the others in the worker (see
   * `layoutPlan`). A follow-up layout (`randomize` false: elements were added where they came
   * from) starts after the frame that draws them there, so that they show as soon as they arrive.
   */
  async layout(randomize: boolean): Promise<void> {
    this.layoutsRunning++;
    try {
      if (!randomize) {
        await afterNextFrame();
      }
      await this.runLayout(randomize);
    } finally {
      this.layoutsRunning--;
    }
  }

  private async runLayout(randomize: boolean): Promise<void> {
    const cy = this.core;
    const visible = cy.elements().not('.filtered');
    const n = visible.nodes().length;
    if (n === 0) return;
    const seq = ++this.layoutSeq;
    const plan = layoutPlan(n, this.mode, randomize);
    if (plan.where === 'main') {
      const layout = visible.layout(plan.spec as unknown as LayoutOptions);
      const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
      layout.run();
      await done;
      return this.reveal(cy, seq);
    }
    const working = this.inWorker({
      seq,
      spec: plan.spec,
      nodes: visible.nodes().map((node) => {
        const p = node.position();
        return { id: node.id(), x: p.x, y: p.y, w: node.width(), h: node.height() };
      }),
      edges: visible.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    });
    // Past ANIMATE_MAX the positions are applied in steps, and the labels wait until the nodes
    // are placed. They go off while the worker computes, when the main thread has time.
    const stepped = n > ANIMATE_MAX;
    if (stepped) await this.quiet(cy, seq, visible.nodes());
    const positions = await working;
    // A newer layout (or a rebuilt instance) supersedes this one.
    if (seq !== this.layoutSeq || cy !== this.core) return;
    if (positions) await this.apply(cy, seq, positions, n);
    // Whatever is still quiet, also when this layout took over from a bigger one.
    await this.reveal(cy, seq);
  }

  /** Moves the nodes to a worker layout's positions: animated when few, else in steps. */
  private async apply(cy: Core, seq: number, positions: LayoutResponse['positions'], n: number): Promise<void> {
    const at = new Map(positions.map(([id, x, y]) => [id, { x, y }]));
    const moving = cy.nodes().filter((node) => at.has(node.id()));
    if (n <= ANIMATE_MAX) {
      const layout = moving.layout({
        name: 'preset',
        positions: (node: NodeSingular) => at.get(node.id()) ?? node.position(),
        animate: true,
        animationDuration: 300,
        fit: true,
        padding: 30,
      } as unknown as LayoutOptions);
      const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
      layout.run();
      return done;
    }
    // Moving every node at once re-measures and redraws everything in one task (~0.6 s for 1,000
    // nodes on the 2-core test machine). Instead, each in a task of its own: the new viewport,
    // then a couple of hundred nodes per step, each step measuring what it moved (`settle`) so
    // that the frame after it only draws (and draws no labels: see `quiet`).
    fitViewport(cy, [...at.values()], 30);
    await afterNextFrame();
    const list = moving.toArray() as NodeSingular[];
    await this.inSteps(cy, seq, list, APPLY_CHUNK, (step) => {
      cy.batch(() => {
        for (const node of step) {
          const p = at.get(node.id());
          if (p) node.position(p);
        }
      });
      settle(cy.collection().union(step));
    });
  }

  /**
   * Runs `step` on `items` a `size` at a time, each step in a task of its own after the frame
   * that draws the previous one; stops when a newer layout or a rebuilt instance takes over.
   */
  private async inSteps<T>(cy: Core, seq: number, items: readonly T[], size: number, step: (group: T[]) => void) {
    for (let i = 0; i < items.length; i += size) {
      if (seq !== this.layoutSeq || cy !== this.core) return;
      step(items.slice(i, i + size));
      await afterNextFrame();
    }
  }

  /**
   * Labels off (`.quiet`) for `nodes` while a big layout moves them, a few hundred per task
   * (restyling is per node). A label costs a text texture per node and zoom level on the canvas
   * renderer: drawing 1,000 new ones at once is one task of half a second on a software canvas,
   * and they would be redrawn at every step anyway.
   */
  private async quiet(cy: Core, seq: number, nodes: NodeCollection): Promise<void> {
    await this.inSteps(cy, seq, nodes.toArray(), QUIET_CHUNK, (step) => {
      const group = cy.collection().union(step);
      cy.batch(() => group.addClass('quiet'));
      restyle(group);
    });
  }

  /**
   * Brings the labels back a few dozen per frame, best connected nodes first, so that no
   * single frame creates every label texture. Stops when a newer layout takes over: every layout
   * ends with this, so what is still quiet comes back then.
   */
  private async reveal(cy: Core, seq: number): Promise<void> {
    const quiet = cy
      .nodes('.quiet')
      .toArray()
      .map((node) => ({ node, degree: (node as NodeSingular).degree(false) }))
      .sort((a, b) => b.degree - a.degree)
      .map((q) => q.node);
    await this.inSteps(cy, seq, quiet, REVEAL_CHUNK, (step) => {
      const group = cy.collection().union(step);
      cy.batch(() => group.removeClass('quiet'));
      restyle(group);
    });
  }

  private inWorker(req: LayoutRequest): Promise<LayoutResponse['positions'] | null> {
    this.worker ??= new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    const worker = this.worker;
    return new Promise((resolve) => {
      const onMessage = (e: MessageEvent<LayoutResponse>) => {
        if (e.data.seq !== req.seq) return;
        worker.removeEventListener('message', onMessage);
        resolve(e.data.error ? null : e.data.positions);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage(req);
    });
  }

  fit(): void {
    this.core.animate({ fit: { eles: this.core.elements().not('.filtered'), padding: 30 } }, { duration: 250 });
  }

  /** Fits `eles` but never zooms past FOCUS_MAX_ZOOM: a two-node path should not fill the screen. */
  fitTo(eles: CollectionReturnValue): void {
    if (eles.empty()) return;
    this.core.fit(eles, 70);
    if (this.core.zoom() > FOCUS_MAX_ZOOM) {
      this.core.zoom(FOCUS_MAX_ZOOM);
      this.core.center(eles);
    }
  }

  zoom(factor: number): void {
    const c = this.core;
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  }

  /** Selects `id` and pans to it, keeping the zoom unless it is too far out to read labels. */
  center(id: string): void {
    const el = this.core.getElementById(id);
    if (el.empty()) return;
    this.core.elements().unselect();
    el.select();
    this.core.animate(
      { center: { eles: el }, zoom: Math.min(FOCUS_MAX_ZOOM, Math.max(this.core.zoom(), 1)) },
      { duration: 300 },
    );
  }

  png(): Blob {
    return this.core.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob;
  }
}

/** `cy.fit` for positions not applied yet: the viewport that will show all of `points`. */
function fitViewport(cy: Core, points: readonly Point[], padding: number): void {
  if (points.length === 0) return;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const w = cy.width() - 2 * padding;
  const h = cy.height() - 2 * padding;
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1))),
  );
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

/**
 * Computes the styles and bounds of `nodes` and their edges now, in the current task, rather than
 * in the next frame's redraw (Cytoscape measures lazily, when it draws), so that the frame only
 * draws. Reading a bounding box is what makes Cytoscape measure an element.
 */
function settle(nodes: CollectionReturnValue): void {
  nodes.union(nodes.connectedEdges()).forEach((el) => {
    el.boundingBox();
  });
}

/** Applies the stylesheet to `nodes` now rather than in the next frame (a class changed). */
function restyle(nodes: CollectionReturnValue): void {
  nodes.forEach((node) => {
    node.style('min-zoomed-font-size');
  });
}

function centroid(ids: readonly string[], at: ReadonlyMap<string, Point>): Point | undefined {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const id of ids) {
    const p = at.get(id);
    if (p) {
      x += p.x;
      y += p.y;
      n++;
    }
  }
  return n ? { x: x / n, y: y / n } : undefined;
}
