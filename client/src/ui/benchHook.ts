/**
 * The browser bench's handle on the page, installed only with `?bench` in the URL (main.ts
 * imports this module lazily, so without the flag it is not even loaded). It draws synthetic
 * element sets past the display cap, drives the viewport frame by frame and times layouts.
 */
import { edgeElement, nodeElement } from '../lib/elements';
import { syntheticGraph } from '../lib/synthetic';
import type { App } from './app';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface FpsResult {
  frames: number;
  seconds: number;
  fps: number;
  worstFrameMs: number;
}

export function installBenchHook(app: App): void {
  const graph = app.graph;
  const draw = async (n: number, m: number, placed: boolean) => {
    const g = syntheticGraph(n, m);
    const defs = [
      ...g.nodes.map((node) => ({
        ...nodeElement(node, app.lang),
        position: placed ? g.positions.get(node.id) : undefined,
      })),
      ...g.edges.map(edgeElement),
    ];
    const t0 = performance.now();
    graph.sync(defs, { fresh: true });
    graph.cy.fit(undefined, 30);
    app.drawn = null;
    app.render('status');
    await frame();
    await frame();
    return performance.now() - t0;
  };
  const hook = {
    /** The Cytoscape instance, for experiments from the bench's page scripts. */
    cy: () => graph.cy,
    info: () => ({
      nodes: graph.cy.nodes().length,
      edges: graph.cy.edges().length,
      zoom: graph.cy.zoom(),
      /** Nodes drawn without their label for now (a big layout is being applied). */
      quiet: graph.cy.nodes('.quiet').length,
      ...graph.renderer,
    }),
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
     * are drawn (the frame after they are added) and until the follow-up layout has settled.
     */
    expand: async (id: string) => {
      app.select(id);
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
      while (!document.querySelector<HTMLElement>('[data-testid="loading"]')?.hidden) await frame();
      await frame();
      while (graph.layoutsRunning > 0 || graph.cy.animated()) await frame();
      return { drawnMs, settledMs: performance.now() - t0, added: graph.cy.elements().length - before };
    },
    /** Ids of the drawn aggregates, and where one is on the page (tests click it). */
    aggregates: () => graph.cy.nodes('[?aggregate]').map((n) => n.id()),
    pagePosition: (id: string) => {
      const p = graph.cy.getElementById(id).renderedPosition();
      const box = graph.cy.container()?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
    /** Ids of the drawn nodes of one kind (the bench picks what to expand). */
    ids: (kind: string) => graph.cy.nodes(`[kind = "${kind}"]`).map((n) => n.id()),
    /** Draws `n` nodes and `m` edges unplaced, then runs the app's layout; resolves with its ms. */
    layout: async (n: number, m: number) => {
      await draw(n, m, false);
      const start = performance.now();
      await graph.layout(true);
      await frame();
      return { start, ms: performance.now() - start };
    },
  };
  (window as unknown as { __cgBench: typeof hook }).__cgBench = hook;
}
