/**
 * Moving nodes to new positions without long tasks. A few are animated into place; past
 * ANIMATE_MAX they are moved in steps of a couple of hundred, each step in a task of its own
 * after the frame that draws the previous one, with their labels off (`quiet`) while they move
 * and back a few dozen per frame afterwards, best connected first: moving 1,000 labelled nodes
 * at once is one task of more than half a second on a software canvas.
 *
 * A newer run supersedes an older one (it stops at its next step); a run that stops still
 * brings back every label it took away.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../lib/geometry';
import { ANIMATE_MAX } from '../lib/layouts';

const APPLY_CHUNK = 200;
const QUIET_CHUNK = 250;
const REVEAL_CHUNK = 80;
const ANIMATION_MS = 300;

/**
 * When an animation is over: completed, or stopped (a newer fit, a removed node) — a stopped
 * animation's own promise never settles, so its duration (and a margin) is the bound.
 */
export function finished(ani: { play(): { promise(): Promise<unknown> } }, ms: number): Promise<void> {
  return Promise.race([
    ani
      .play()
      .promise()
      .then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, ms + 150)),
  ]);
}

/** A task of its own after the next frame is drawn: rAF runs before the paint, the timeout after it. */
export const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export class SteppedMoves {
  private seq = 0;

  constructor(private readonly cy: () => Core) {}

  async run(moves: readonly { id: string; position: Point }[], animate: boolean): Promise<void> {
    const cy = this.cy();
    const seq = ++this.seq;
    const nodes = moves
      .map((m) => ({ node: cy.getElementById(m.id) as NodeSingular, to: m.position }))
      .filter((m) => m.node.nonempty());
    if (nodes.length === 0) return;
    if (nodes.length <= ANIMATE_MAX) {
      if (!animate) {
        cy.batch(() => {
          for (const m of nodes) m.node.position(m.to);
        });
        return;
      }
      await Promise.all(
        nodes.map((m) => finished(m.node.animation({ position: m.to, duration: ANIMATION_MS } as never), ANIMATION_MS)),
      );
      return;
    }
    const live = () => seq === this.seq && cy === this.cy();
    await this.inSteps(live, nodes, QUIET_CHUNK, (step) => {
      const group = cy.collection().union(step.map((m) => m.node) as never);
      cy.batch(() => group.addClass('quiet'));
      restyle(group);
    });
    await this.inSteps(live, nodes, APPLY_CHUNK, (step) => {
      cy.batch(() => {
        for (const m of step) m.node.position(m.to);
      });
      settle(cy.collection().union(step.map((m) => m.node) as never));
    });
    await this.reveal(cy, live);
  }

  private async inSteps<T>(live: () => boolean, items: readonly T[], size: number, step: (group: T[]) => void) {
    for (let i = 0; i < items.length; i += size) {
      if (!live()) return;
      step(items.slice(i, i + size));
      await afterNextFrame();
    }
  }

  /** Labels back for nodes added quiet (a big addition), a few dozen per frame. */
  async revealAdded(): Promise<void> {
    const cy = this.cy();
    const seq = this.seq;
    await this.reveal(cy, () => seq === this.seq && cy === this.cy());
  }

  /** Labels back, best connected first; whatever is quiet, also what an older run left quiet. */
  private async reveal(cy: Core, live: () => boolean): Promise<void> {
    const quiet = cy
      .nodes('.quiet')
      .toArray()
      .map((node) => ({ node: node as NodeSingular, degree: (node as NodeSingular).degree(false) }))
      .sort((a, b) => b.degree - a.degree);
    for (let i = 0; i < quiet.length; i += REVEAL_CHUNK) {
      // A superseded run leaves the rest to the newer one, which ends with this too.
      if (!live() && i > 0) return;
      const group = cy.collection().union(quiet.slice(i, i + REVEAL_CHUNK).map((q) => q.node) as never);
      cy.batch(() => group.removeClass('quiet'));
      restyle(group);
      await afterNextFrame();
    }
  }
}

/**
 * Computes the styles and bounds of `nodes` and their edges now, in the current task, rather than
 * in the next frame's redraw (Cytoscape measures lazily, when it draws), so that the frame only
 * draws. Reading a bounding box is what makes Cytoscape measure an element.
 */
function settle(nodes: ReturnType<Core['collection']>): void {
  nodes.union(nodes.connectedEdges()).forEach((el) => {
    el.boundingBox();
  });
}

/** Applies the stylesheet to `nodes` now rather than in the next frame (a class changed). */
function restyle(nodes: ReturnType<Core['collection']>): void {
  nodes.forEach((node) => {
    node.style('min-zoomed-font-size');
  });
}
