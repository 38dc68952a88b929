/**
 * The history of the view: a log of steps, each a list of actions (the first made the step;
 * the others amended it, like the layout settling after an expand) and the state they led to.
 * Undo and redo move a cursor over the log; a new step after an undo drops what was ahead,
 * as every editor does. `replay` folds the reducer over the log: it always gives the state kept.
 */
export interface Step<S, A> {
  actions: A[];
  state: S;
}

export class History<S, A> {
  private steps: Step<S, A>[];
  private at = 0;

  constructor(
    private initial: S,
    private readonly reduce: (s: S, a: A) => S,
    private readonly limit = 200,
  ) {
    this.steps = [{ actions: [], state: initial }];
  }

  get state(): S {
    return (this.steps[this.at] as Step<S, A>).state;
  }

  get cursor(): number {
    return this.at;
  }

  get length(): number {
    return this.steps.length;
  }

  get canUndo(): boolean {
    return this.at > 0;
  }

  get canRedo(): boolean {
    return this.at < this.steps.length - 1;
  }

  /** A new step: what was ahead of the cursor is dropped. */
  push(action: A): S {
    const state = this.reduce(this.state, action);
    this.steps = [...this.steps.slice(0, this.at + 1), { actions: [action], state }];
    if (this.steps.length > this.limit) {
      // The oldest step folds into the start.
      const [first, second, ...rest] = this.steps;
      if (first && second) {
        this.initial = second.state;
        this.steps = [{ actions: [], state: second.state }, ...rest];
      }
    }
    this.at = this.steps.length - 1;
    return state;
  }

  /** The current step gains an action (no new step: nothing to undo separately). */
  amend(action: A): S {
    const step = this.steps[this.at] as Step<S, A>;
    const state = this.reduce(step.state, action);
    this.steps[this.at] = { actions: [...step.actions, action], state };
    // Steps ahead were computed from the old state; they no longer follow from it.
    this.steps.length = this.at + 1;
    return state;
  }

  /** Starts over from `state` (a link opened, a saved view restored into a fresh history). */
  reset(state: S): void {
    this.initial = state;
    this.steps = [{ actions: [], state }];
    this.at = 0;
  }

  undo(): S {
    if (this.canUndo) this.at--;
    return this.state;
  }

  redo(): S {
    if (this.canRedo) this.at++;
    return this.state;
  }

  /** Jumps to step `i` (the browser's Back and Forward). */
  goTo(i: number): S {
    this.at = Math.max(0, Math.min(this.steps.length - 1, i));
    return this.state;
  }

  /** The action that made the current step (undefined at the start). */
  get lastStep(): A | undefined {
    return (this.steps[this.at] as Step<S, A>).actions[0];
  }

  /** The first action of each step up to the cursor and beyond (for a history menu). */
  labels(): A[] {
    return this.steps.slice(1).map((s) => s.actions[0] as A);
  }

  /** The state step `i` leads to, worked out again from the start. */
  replay(i = this.at): S {
    let s = this.initial;
    for (const step of this.steps.slice(0, i + 1)) for (const a of step.actions) s = this.reduce(s, a);
    return s;
  }
}
