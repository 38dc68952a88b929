/**
 * The Cytoscape canvas: owns the instance, runs bounded layouts, and reports taps. It never
 * styles an element directly; focus, filters and highlights are classes from lib/.
 */
import cytoscape, { type CollectionReturnValue, type Core, type EventObject, type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { mergeSubgraph, subgraphElements } from '../lib/elements';
import { chainLayout, type LayoutSpec, overviewLayout } from '../lib/layouts';
import { buildStylesheet } from '../lib/stylesheet';
import type { Lang, Subgraph } from '../lib/types';

cytoscape.use(fcose);
cytoscape.use(dagre);

export type GraphMode = 'overview' | 'chain';

const FOCUS_MAX_ZOOM = 1.3;

export interface GraphEvents {
  onSelect(id: string): void;
  onExpand(id: string): void;
  onBackground(): void;
}

export class GraphView {
  readonly cy: Core;
  mode: GraphMode = 'overview';

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.1,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node, edge', (e: EventObject) => events.onSelect(e.target.id()));
    this.cy.on('dbltap', 'node', (e: EventObject) => events.onExpand(e.target.id()));
    this.cy.on('tap', (e: EventObject) => {
      if (e.target === this.cy) events.onBackground();
    });
  }

  /** Replaces the graph with `sg` and lays it out from scratch. */
  replace(sg: Subgraph, lang: Lang, mode: GraphMode): Promise<void> {
    this.mode = mode;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(subgraphElements(sg, lang));
    });
    return this.layout(true);
  }

  /**
   * Adds `sg`, placing new nodes in a ring around `anchorId` first so the follow-up layout moves
   * things only a little; returns the ids added.
   */
  merge(sg: Pick<Subgraph, 'nodes' | 'edges'>, lang: Lang, anchorId?: string): string[] {
    const added = mergeSubgraph(this.cy, sg, lang);
    const anchor = anchorId ? this.cy.getElementById(anchorId) : null;
    const center = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fresh = this.cy.nodes().filter((n) => added.includes(n.id()));
    fresh.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
      n.position({ x: center.x + 120 * Math.cos(a), y: center.y + 120 * Math.sin(a) });
    });
    return added;
  }

  layout(randomize: boolean): Promise<void> {
    const visible = this.cy.elements().not('.filtered');
    const n = visible.nodes().length;
    if (n === 0) return Promise.resolve();
    const spec: LayoutSpec = this.mode === 'chain' ? chainLayout(n) : overviewLayout(n, randomize);
    const layout = visible.layout(spec as unknown as LayoutOptions);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return done;
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements().not('.filtered'), padding: 30 } }, { duration: 250 });
  }

  /** Fits `eles` but never zooms past FOCUS_MAX_ZOOM: a two-node path should not fill the screen. */
  fitTo(eles: CollectionReturnValue): void {
    if (eles.empty()) return;
    this.cy.fit(eles, 70);
    if (this.cy.zoom() > FOCUS_MAX_ZOOM) {
      this.cy.zoom(FOCUS_MAX_ZOOM);
      this.cy.center(eles);
    }
  }

  zoom(factor: number): void {
    const c = this.cy;
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  }

  /** Selects `id` and pans to it, keeping the zoom unless it is too far out to read labels. */
  center(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.elements().unselect();
    el.select();
    this.cy.animate(
      { center: { eles: el }, zoom: Math.min(FOCUS_MAX_ZOOM, Math.max(this.cy.zoom(), 1)) },
      { duration: 300 },
    );
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob;
  }
}
