/**
 * The Cytoscape canvas: the one module that touches Cytoscape. It draws what it is given (a
 * Drawing derived from the view state, and the state's decorations as classes), reports what the
 * user does to it, measures footprints for placement and runs layouts in a worker. It decides
 * nothing about the view: positions come from the state, and layouts hand theirs back to the app.
 *
 * Renderer options (WebGL or canvas, pixel ratio, hiding edges while moving) are fixed when
 * Cytoscape is created, so the instance is recreated when the drawing crosses a LOD tier; the
 * stylesheet is rebuilt with it. Every instance starts with the `preset` layout: without it
 * Cytoscape runs its default layout on the initial elements, which drops their positions.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular } from 'cytoscape';
import { diffElements, type OnCanvas, signature } from '../lib/diff';
import type { Drawing } from '../lib/drawing';
import { graphContent } from '../lib/elements';
import { clearFocus, focusOn, highlight } from '../lib/focus';
import type { Footprint, Point } from '../lib/geometry';
import type { LayoutSpec } from '../lib/layouts';
import {
  type GpuCapability,
  parseRendererOverride,
  type RendererOverride,
  type RenderTier,
  rendererOptions,
  renderTier,
  styleFlags,
} from '../lib/lod';
import type { Positions } from '../lib/scene';
import { buildStylesheet } from '../lib/stylesheet';
import { drawables, graphSvg } from '../lib/svgExport';
import { detectGpu } from './gpu';
import { type LayoutInput, LayoutRunner } from './layoutRunner';
import { finished, SteppedMoves } from './steppedMoves';

const FOCUS_MAX_ZOOM = 1.3;
/** Additions past this many elements come without labels at first (see `draw`). */
const QUIET_ADD_ABOVE = 150;
/** Room kept free at fit: the panel toggles on the left, the tools on the right, the status below. */
const FIT_PAD = { left: 36, right: 48, top: 12, bottom: 26 };

export interface GraphEvents {
  onTap(id: string, additive: boolean): void;
  onDoubleTap(id: string): void;
  /** Right-click (or long press) on a node, at page coordinates. */
  onContext(id: string, at: Point): void;
  onBackground(): void;
  onDragEnd(positions: Positions): void;
}

/** The view state's decorations, as the canvas needs them. */
export interface Decor {
  hidden: ReadonlySet<string>;
  selected: readonly string[];
  /** The node whose neighbourhood stays bright (the others fade), or null. */
  focus: string | null;
  pinned: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  /** Elements painted as highlighted (a path, a partner, a gap), or null. */
  highlight: readonly string[] | null;
}

export class GraphView {
  private core: Core;
  private tier: RenderTier = 'detailed';
  private readonly gpu: GpuCapability;
  private readonly override: RendererOverride;
  private readonly layouts = new LayoutRunner();
  private readonly moves: SteppedMoves;
  /** Moves, layouts and viewport animations under way (the bench and the tests wait for 0). */
  busy = 0;
  /** The last drawing's moves: a fit waits for them, so it measures where the nodes end up. */
  private moving: Promise<void> = Promise.resolve();

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GraphEvents,
  ) {
    this.override = parseRendererOverride(location.search);
    // Probing WebGL costs a context; skip it when the user chose the renderer.
    this.gpu = this.override ? 'none' : detectGpu();
    this.core = this.create([]);
    this.moves = new SteppedMoves(() => this.core);
    // The canvas changes size when a side panel folds or widens (not only with the window):
    // Cytoscape must measure it again, and what drifted out of view is brought back.
    let last = { w: container.clientWidth, h: container.clientHeight };
    new ResizeObserver(() => {
      const now = { w: container.clientWidth, h: container.clientHeight };
      if (now.w === last.w && now.h === last.h) return;
      last = now;
      this.core.resize();
      void this.ensureVisible(false);
    }).observe(container);
  }

  get cy(): Core {
    return this.core;
  }

  /** What draws the graph now, for the status line and the bench. */
  get renderer(): { tier: RenderTier; webgl: boolean; gpu: GpuCapability } {
    const opts = rendererOptions(this.core.elements().length, this.gpu, this.override);
    return { tier: this.tier, webgl: opts.renderer.webgl, gpu: this.gpu };
  }

  private create(elements: ElementDefinition[]): Core {
    const count = elements.length;
    const cy = cytoscape({
      container: this.container,
      style: buildStylesheet(styleFlags(count)),
      elements,
      layout: { name: 'preset', fit: false },
      minZoom: 0.02,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
      ...rendererOptions(count, this.gpu, this.override),
    } as cytoscape.CytoscapeOptions);
    cy.on('tap', 'node, edge', (e: EventObject) => {
      const o = e.originalEvent as MouseEvent | undefined;
      this.events.onTap(e.target.id(), !!(o?.shiftKey || o?.ctrlKey || o?.metaKey));
    });
    cy.on('dbltap', 'node', (e: EventObject) => this.events.onDoubleTap(e.target.id()));
    cy.on('cxttap', 'node', (e: EventObject) => {
      const box = this.container.getBoundingClientRect();
      const p = e.renderedPosition ?? e.target.renderedPosition();
      this.events.onContext(e.target.id(), { x: box.left + p.x, y: box.top + p.y });
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.events.onBackground();
    });
    let dragged: Positions = {};
    let pending = false;
    cy.on('dragfreeon', 'node', (e: EventObject) => {
      const n = e.target as NodeSingular;
      dragged[n.id()] = [Math.round(n.position('x')), Math.round(n.position('y'))];
      if (pending) return;
      pending = true;
      // Nodes dragged together end in one task: report them as one move.
      queueMicrotask(() => {
        pending = false;
        const done = dragged;
        dragged = {};
        this.events.onDragEnd(done);
      });
    });
    this.tier = renderTier(count);
    return cy;
  }

  /**
   * Makes the canvas show `d`: elements added, removed, updated and moved one by one; a new
   * instance only when the drawing crosses a LOD tier. Returns the ids added.
   */
  draw(d: Drawing, decor: Decor, o: { animate?: boolean } = {}): string[] {
    const cy = this.core;
    if (renderTier(d.elements.length) !== this.tier) {
      const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      // A new instance rather than remove-all-then-add: the old one's render caches (element and
      // layer textures) made the next big drawing many times slower to pan and zoom.
      cy.destroy();
      this.core = this.create(d.elements.map(copy));
      this.core.viewport(viewport);
      this.decorate(decor);
      return d.elements.map((e) => e.data.id as string);
    }
    const current = new Map<string, OnCanvas>();
    cy.elements().forEach((el) => {
      const entry: OnCanvas = { sig: signature({ data: el.data() } as ElementDefinition) };
      if (el.isNode()) entry.position = { ...(el as NodeSingular).position() };
      current.set(el.id(), entry);
    });
    const diff = diffElements(current, d.elements);
    cy.batch(() => {
      if (diff.remove.length) byIds(cy, diff.remove).remove();
      for (const el of diff.update) cy.getElementById(el.data.id as string).data(el.data);
      // Many nodes at once come without their labels, which follow a few dozen per frame: drawing
      // hundreds of new label textures is one long task on a software canvas.
      const quiet = diff.add.length > QUIET_ADD_ABOVE;
      if (diff.add.length)
        cy.add(diff.add.map((e) => (quiet && e.group === 'nodes' ? { ...copy(e), classes: 'quiet' } : copy(e))));
      if (quiet) void this.track(this.moves.revealAdded());
    });
    if (diff.move.length) this.moving = this.track(this.moves.run(diff.move, o.animate ?? true));
    this.decorate(decor);
    return diff.add.map((e) => e.data.id as string);
  }

  /** Classes from the state; Cytoscape restyles every element handed to it, so only changes go. */
  private decorate(d: Decor): void {
    const cy = this.core;
    const selected = new Set(d.selected);
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const id = el.id();
        const flags: [string, boolean][] = [
          ['filtered', d.hidden.has(id)],
          ['expanded', d.expanded.has(id)],
          ['pinned', d.pinned.has(id)],
        ];
        for (const [cls, on] of flags) if (el.hasClass(cls) !== on) el.toggleClass(cls, on);
        if (el.selected() !== selected.has(id)) {
          if (selected.has(id)) el.select();
          else el.unselect();
        }
      });
    });
    if (d.highlight) highlight(cy, d.highlight);
    else if (d.focus && cy.getElementById(d.focus).nonempty()) focusOn(cy, d.focus);
    else clearFocus(cy);
  }

  private async track<T>(work: Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await work;
    } finally {
      this.busy--;
    }
  }

  /** Footprints as drawn (shape and label), for the nodes on the canvas. */
  footprints(): Map<string, { at: Point; f: Footprint }> {
    const out = new Map<string, { at: Point; f: Footprint }>();
    this.core.nodes().forEach((n) => {
      if (n.hasClass('filtered')) return;
      const p = n.position();
      const b = n.boundingBox({ includeLabels: true, includeOverlays: false } as never);
      out.set(n.id(), {
        at: { x: p.x, y: p.y },
        f: { w: 2 * Math.max(b.x2 - p.x, p.x - b.x1), top: p.y - b.y1, bottom: b.y2 - p.y },
      });
    });
    return out;
  }

  /** Width over height of the room a fit uses. */
  aspect(): number {
    const cy = this.core;
    const a = (cy.width() - FIT_PAD.left - FIT_PAD.right) / Math.max(1, cy.height() - FIT_PAD.top - FIT_PAD.bottom);
    return Number.isFinite(a) && a > 0 ? a : 1;
  }

  /** Positions for `input` computed in the layout worker (seeded, overlaps removed). */
  computeLayout(input: LayoutInput, spec: LayoutSpec): Promise<Map<string, Point> | null> {
    return this.track(this.layouts.run(input, spec, this.aspect()));
  }

  /** The centre of what is visible now, in model coordinates (where new nodes without an origin go). */
  viewCentre(): Point {
    const e = this.core.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }

  /** Fits everything visible, never zooming past FOCUS_MAX_ZOOM (a few nodes should not fill the screen). */
  async fitAll(animate = true): Promise<void> {
    await this.settledMoves();
    return this.fitTo(this.core.nodes().not('.filtered') as unknown as cytoscape.Collection, animate);
  }

  async fitIds(ids: readonly string[], animate = true): Promise<void> {
    await this.settledMoves();
    return this.fitTo(byIds(this.core, ids).nodes().not('.filtered'), animate);
  }

  private async settledMoves(): Promise<void> {
    const pending = this.moving;
    this.busy++;
    try {
      await pending;
    } finally {
      this.busy--;
    }
  }

  private fitTo(eles: cytoscape.Collection, animate: boolean): Promise<void> {
    const cy = this.core;
    if (eles.empty()) return Promise.resolve();
    const bb = eles.boundingBox({ includeLabels: true } as never);
    const w = Math.max(1, bb.w);
    const h = Math.max(1, bb.h);
    const availW = cy.width() - FIT_PAD.left - FIT_PAD.right;
    const availH = cy.height() - FIT_PAD.top - FIT_PAD.bottom;
    const zoom = Math.min(FOCUS_MAX_ZOOM, availW / w, availH / h);
    const z = Math.max(cy.minZoom(), zoom);
    const pan = {
      x: FIT_PAD.left + availW / 2 - z * (bb.x1 + w / 2),
      y: FIT_PAD.top + availH / 2 - z * (bb.y1 + h / 2),
    };
    // A newer fit replaces one under way.
    cy.stop(true, false);
    if (!animate) {
      cy.viewport({ zoom: z, pan });
      return Promise.resolve();
    }
    return this.track(finished(cy.animation({ zoom: z, pan, duration: 250 } as never), 250));
  }

  /** Fits everything when anything lies outside the viewport (or it is zoomed in past the fit limit). */
  async ensureVisible(animate = true): Promise<void> {
    await this.settledMoves();
    const cy = this.core;
    const z = cy.zoom();
    const pan = cy.pan();
    // The model-coordinate box that is not under the toolbars.
    const e = {
      x1: (FIT_PAD.left - pan.x) / z,
      y1: (FIT_PAD.top - pan.y) / z,
      x2: (cy.width() - FIT_PAD.right - pan.x) / z,
      y2: (cy.height() - FIT_PAD.bottom - pan.y) / z,
    };
    const nodes = cy.nodes().not('.filtered');
    const outside = nodes.some((n) => {
      const b = n.boundingBox({ includeLabels: true } as never);
      return b.x1 < e.x1 || b.y1 < e.y1 || b.x2 > e.x2 || b.y2 > e.y2;
    });
    return outside || cy.zoom() > FOCUS_MAX_ZOOM ? this.fitAll(animate) : Promise.resolve();
  }

  zoom(factor: number): void {
    const c = this.core;
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  }

  /** Pans to `id` when it is not in view (the zoom stays). */
  center(id: string): void {
    const cy = this.core;
    const el = cy.getElementById(id);
    if (el.empty()) return;
    const b = el.renderedBoundingBox({ includeLabels: true } as never);
    if (
      b.x1 >= FIT_PAD.left &&
      b.y1 >= FIT_PAD.top &&
      b.x2 <= cy.width() - FIT_PAD.right &&
      b.y2 <= cy.height() - FIT_PAD.bottom
    )
      return;
    cy.stop(true, false);
    void this.track(finished(cy.animation({ center: { eles: el }, duration: 300 } as never), 300));
  }

  /** The API objects of what is visible, for the exports. */
  content(): ReturnType<typeof graphContent> {
    return graphContent(this.core, true);
  }

  /** The visible drawing as a standalone SVG file. */
  svg(): string {
    const d = drawables(this.core);
    return graphSvg(d.nodes, d.edges);
  }

  visibleCounts(): { nodes: number; edges: number } {
    return { nodes: this.core.nodes().not('.filtered').length, edges: this.core.edges().not('.filtered').length };
  }

  /** Everything drawn (not only what is in view), at `scale` times its size. */
  png(scale = 2): Blob {
    return this.core.png({ output: 'blob', full: true, bg: '#ffffff', scale }) as unknown as Blob;
  }

  /** Draws element definitions directly, replacing everything (the bench's synthetic graphs). */
  drawRaw(elements: ElementDefinition[]): void {
    this.core.destroy();
    this.core = this.create(elements);
  }

  /** Moves nodes to `positions` the way a drawing would (animated when few, else in steps). */
  applyPositions(positions: ReadonlyMap<string, Point>): Promise<void> {
    const moves = [...positions].map(([id, position]) => ({ id, position }));
    return this.track(this.moves.run(moves, true));
  }
}

/** Cytoscape keeps (and may overwrite) the objects it is given: it gets its own. */
function copy(e: ElementDefinition): ElementDefinition {
  return { ...e, data: { ...e.data }, ...(e.position ? { position: { ...e.position } } : {}) };
}

function byIds(cy: Core, ids: readonly string[]): cytoscape.Collection {
  let c: cytoscape.Collection = cy.collection();
  for (const id of ids) c = c.union(cy.getElementById(id));
  return c;
}
