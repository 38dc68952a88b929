/**
 * The browser bench's and the browser tests' handle on the page, installed only with `?bench` in
 * the URL (main.ts imports this module lazily, so without the flag it is not even loaded). It
 * draws synthetic element sets past the display cap, drives the viewport frame by frame, times
 * expands, undo and layouts, and reports the real geometry of what is drawn.
 */
import type cytoscape from 'cytoscape';
import { edgeElement, nodeElement } from '../lib/elements';
import { footprint } from '../lib/footprint';
import type { Point } from '../lib/geometry';
import { layoutSpec } from '../lib/layouts';
import { syntheticGraph } from '../lib/synthetic';
import type { App } from './app';
import { openSavedView, savedViews, saveView } from './panelEffects';
import { expand, select, showOverview } from './sceneEffects';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface FpsResult {
  frames: number;
  seconds: number;
  fps: number;
  worstFrameMs: number;
}

/** A drawn node as a person sees it: rendered boxes (page pixels) of the shape and the label. */
export interface SeenNode {
  id: string;
  x: number;
  y: number;
  /** The shape only. */
  body: { x1: number; y1: number; x2: number; y2: number };
  /** Shape and label. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Label font size on screen, in CSS pixels. */
  fontPx: number;
  label: string;
  classes: string[];
}

/** What the page shows: the canvas's box, every visible node as drawn, model positions, the zoom. */
export interface Seen {
  canvas: { x1: number; y1: number; x2: number; y2: number };
  nodes: SeenNode[];
  positions: Record<string, Point>;
  zoom: number;
}

export function installBenchHook(app: App, dashboard?: { bars(i: number): unknown[] | null }): void {
  const graph = app.graph;
  /** The app's own first view, opened before the hook draws over it (else it lands on top). */
  const opened = async () => {
    while (performance.getEntriesByName('cg:first-render').length === 0) await frame();
  };
  const draw = async (n: number, m: number, placed: boolean) => {
    await opened();
    const g = syntheticGraph(n, m);
    const defs = [
      ...g.nodes.map((node) => ({
        ...nodeElement(node, app.lang),
        position: placed ? g.positions.get(node.id) : undefined,
      })),
      ...g.edges.map(edgeElement),
    ];
    const t0 = performance.now();
    graph.drawRaw(defs);
    graph.cy.fit(undefined, 30);
    app.drawn = null;
    app.render('status');
    await frame();
    await frame();
    return performance.now() - t0;
  };
  /** Resolves when nothing moves: no request in flight, no layout, move or animation. */
  const settled = async () => {
    await frame();
    const start = performance.now();
    while (performance.now() - start < 20_000) {
      const loading = !document.querySelector<HTMLElement>('[data-testid="loading"]')?.hidden;
      if (
        !loading &&
        graph.busy === 0 &&
        !graph.cy.animated() &&
        !graph.cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated())
      )
        break;
      await frame();
    }
    await app.urlWritten();
    await frame();
  };
  const hook = {
    /** The Cytoscape instance, for experiments from the bench's page scripts. */
    cy: () => graph.cy,
    settled,
    info: () => ({
      nodes: graph.cy.nodes().length,
      edges: graph.cy.edges().length,
      zoom: graph.cy.zoom(),
      /** Nodes drawn without their label for now (a big layout is being applied). */
      quiet: graph.cy.nodes('.quiet').length,
      canUndo: app.history.canUndo,
      canRedo: app.history.canRedo,
      step: app.history.cursor,
      ...graph.renderer,
    }),
    /** Every visible node as drawn now, in page pixels, and the canvas's box. */
    seen: (): Seen => {
      const cy = graph.cy;
      const c = cy.container()?.getBoundingClientRect();
      const ox = c?.left ?? 0;
      const oy = c?.top ?? 0;
      const shift = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
        x1: b.x1 + ox,
        y1: b.y1 + oy,
        x2: b.x2 + ox,
        y2: b.y2 + oy,
      });
      const nodes: SeenNode[] = cy
        .nodes()
        .not('.filtered')
        .map((el) => {
          const n = el as cytoscape.NodeSingular;
          const p = n.renderedPosition();
          return {
            id: n.id(),
            x: p.x + ox,
            y: p.y + oy,
            body: shift(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never)),
            box: shift(n.renderedBoundingBox({ includeLabels: true, includeOverlays: false } as never)),
            fontPx: Number.parseFloat(String(n.style('font-size'))) * cy.zoom(),
            label: String(n.data('label') ?? ''),
            classes: n.classes(),
          };
        });
      return {
        canvas: { x1: ox, y1: oy, x2: ox + cy.width(), y2: oy + cy.height() },
        nodes,
        positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) as Record<string, Point>,
        zoom: cy.zoom(),
      };
    },
    /** Draws `n` nodes and `m` edges in a clustered placement (no layout); resolves with ms to draw. */
    load: (n: number, m: number) => draw(n, m, true),
    /** Pans in a circle and zooms in and out around the start, one step per frame, for `ms`. */
    fps: async (ms: number): Promise<FpsResult> => {
      const cy = graph.cy;
      const z0 = cy.zoom();
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      let frames = 0;
      let worst = 0;
      const start = await frame();
      let last = start;
      for (let now = start; now - start < ms; ) {
        const t = (now - start) / 1000;
        cy.panBy({ x: 6 * Math.cos(t * 2), y: 6 * Math.sin(t * 2) });
        cy.zoom({ level: z0 * (1 + 0.25 * Math.sin(t * 1.5)), renderedPosition: centre });
        now = await frame();
        frames++;
        worst = Math.max(worst, now - last);
        last = now;
      }
      const seconds = (last - start) / 1000;
      return { frames, seconds, fps: frames / seconds, worstFrameMs: worst };
    },
    /**
     * Selects `id`, clicks the details panel's expand button and times until the new elements
     * are drawn (the frame after they are added) and until everything has settled.
     */
    expand: async (id: string) => {
      select(app, id);
      await frame();
      const before = graph.cy.elements().length;
      const button = document.querySelector<HTMLButtonElement>('[data-testid="expand"]');
      if (!button) throw new Error(`no expand button for ${id}`);
      const t0 = performance.now();
      performance.mark('cg:click');
      button.click();
      while (graph.cy.elements().length <= before && performance.now() - t0 < 10_000) await frame();
      await frame();
      const drawnMs = performance.now() - t0;
      performance.mark('cg:drawn');
      await settled();
      return { drawnMs, settledMs: performance.now() - t0, added: graph.cy.elements().length - before };
    },
    /** Undoes one step and times until it is drawn. */
    undo: async () => {
      const before = app.history.cursor;
      const t0 = performance.now();
      app.undo();
      while (app.history.cursor === before && performance.now() - t0 < 10_000) await frame();
      await frame();
      const drawnMs = performance.now() - t0;
      await settled();
      return { drawnMs, settledMs: performance.now() - t0 };
    },
    /** Grows the canvas to at least `n` nodes and saves it as the view `bench` (setting up `restoreView`). */
    growAndSave: async (n: number) => {
      const order = ['CLUSTER', 'ZONE', 'ENTERPRISE', 'PRODUCT', 'INSTITUTION'];
      const tried = new Set<string>();
      while (app.state.scene.nodes.length < n) {
        const next = [...app.state.scene.nodes]
          .filter((id) => !tried.has(id))
          .sort((a, b) => order.indexOf(app.data.node(a)?.kind ?? '') - order.indexOf(app.data.node(b)?.kind ?? ''))[0];
        if (!next) break;
        tried.add(next);
        await expand(app, next);
        await settled();
      }
      saveView(app, 'bench');
      return app.state.scene.nodes.length;
    },
    /** Back to the overview, settled. */
    overview: async () => {
      await showOverview(app);
      await settled();
    },
    /** Goes back to the overview, then times reopening the saved view `bench` until it is drawn. */
    restoreView: async () => {
      const saved = savedViews()
        .list()
        .find((v) => v.name === 'bench');
      const packed = saved?.scene as { n?: unknown[] } | undefined;
      await showOverview(app);
      await settled();
      const t0 = performance.now();
      await openSavedView(app, saved?.id ?? '');
      await frame();
      const drawnMs = performance.now() - t0;
      await settled();
      return { nodes: packed?.n?.length ?? 0, drawnMs, settledMs: performance.now() - t0 };
    },
    /** The values chart `i` of the indicators dashboard draws. */
    chartBars: (i: number) => dashboard?.bars(i) ?? null,
    /** Ids of the drawn aggregates, and where one is on the page (tests click it). */
    aggregates: () => graph.cy.nodes('[?aggregate]').map((n) => n.id()),
    pagePosition: (id: string) => {
      const p = graph.cy.getElementById(id).renderedPosition();
      const box = graph.cy.container()?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
    /** Ids of the drawn nodes of one kind (the bench picks what to expand). */
    ids: (kind: string) => graph.cy.nodes(`[kind = "${kind}"]`).map((n) => n.id()),
    /** Draws `n` nodes and `m` edges unplaced, then runs a fresh layout and applies it; resolves with its ms. */
    layout: async (n: number, m: number) => {
      await draw(n, m, false);
      const start = performance.now();
      const cy = graph.cy;
      const input = {
        nodes: cy.nodes().map((node) => ({
          id: node.id(),
          x: 0,
          y: 0,
          f: footprint(String(node.data('label')), Number(node.data('size')) || 30),
        })),
        edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      };
      const at = await graph.computeLayout(input, layoutSpec('force', input.nodes.length));
      if (at) await graph.applyPositions(at);
      await frame();
      return { start, ms: performance.now() - start };
    },
  };
  (window as unknown as { __cgBench: typeof hook }).__cgBench = hook;
}
