/**
 * The named actions that change the view, and the one reducer that applies them. Actions carry
 * everything they need — an expand carries the nodes it adds and where they go — so the reducer
 * is pure and replaying a log gives the same state every time: that log is the undo history,
 * the browser history and (serialised) the shareable link.
 */
import type { FilterState } from './filters';
import * as sc from './scene';
import type { GapKind, Lang, NodeKind, RelType, Severity } from './types';
import type { SizeRule, Tab, ViewState } from './urlState';

export type Action =
  /** A new canvas: the overview, a supply chain, the whole graph or a restored view. */
  | { type: 'scene'; scene: sc.Scene }
  | {
      type: 'expand';
      id: string;
      relTypes: RelType[] | null;
      kinds: NodeKind[] | null;
      /** Every neighbour shown, whether or not it was on the canvas already. */
      reached: string[];
      positions: sc.Positions;
      shown: number;
      total: number;
    }
  /** Nodes joining to show something (a path, a partner's justification, a gap, a search hit). */
  | { type: 'add'; ids: string[]; positions: sc.Positions }
  | { type: 'collapse'; id: string }
  | { type: 'hide'; ids: string[] }
  | { type: 'keepOnly'; ids: string[] }
  | { type: 'pin'; ids: string[]; on: boolean }
  /** New positions: a drag, a re-layout, a layout settling. */
  | { type: 'move'; positions: sc.Positions }
  /** Aggregates opened or closed; the members that now show get positions. */
  | { type: 'openGroup'; open: string[]; positions: sc.Positions }
  /** A whole view at once (a saved view opened). */
  | { type: 'restore'; state: ViewState }
  | { type: 'select'; id: string | null; additive?: boolean }
  | { type: 'filters'; filters: FilterState }
  | { type: 'tab'; tab: Tab }
  | { type: 'lang'; lang: Lang }
  | { type: 'paths'; patch: Partial<ViewState['paths']> }
  | { type: 'partners'; product: string | null; row: number | null }
  | {
      type: 'gaps';
      patch: Partial<{
        kind: GapKind | null;
        severity: Severity | null;
        cluster: string | null;
        zone: string | null;
        gap: string | null;
      }>;
    }
  | { type: 'sizeBy'; rule: SizeRule }
  | { type: 'indicators'; subject: string | null };

export type ActionType = Action['type'];

export function reduce(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'scene':
      return clean({ ...s, scene: a.scene });
    case 'expand':
      return {
        ...s,
        scene: sc.expand(
          s.scene,
          { id: a.id, relTypes: a.relTypes, kinds: a.kinds, reached: a.reached, shown: a.shown, total: a.total },
          a.positions,
        ),
      };
    case 'add':
      return { ...s, scene: sc.addNodes(s.scene, a.ids, a.positions) };
    case 'collapse':
      return clean({ ...s, scene: sc.collapse(s.scene, a.id) });
    case 'hide':
      return clean({ ...s, scene: sc.remove(s.scene, a.ids) });
    case 'keepOnly':
      return clean({ ...s, scene: sc.keepOnly(s.scene, a.ids) });
    case 'pin':
      return { ...s, scene: sc.setPinned(s.scene, a.ids, a.on) };
    case 'move':
      return { ...s, scene: sc.move(s.scene, a.positions) };
    case 'openGroup':
      return { ...s, scene: sc.move({ ...s.scene, open: a.open }, a.positions) };
    case 'restore':
      return a.state;
    case 'select':
      return select(s, a.id, a.additive ?? false);
    case 'filters':
      return { ...s, filters: a.filters };
    case 'tab':
      return { ...s, tab: a.tab };
    case 'lang':
      return { ...s, lang: a.lang };
    case 'paths':
      return { ...s, paths: { ...s.paths, ...a.patch } };
    case 'partners':
      return { ...s, partners: { product: a.product, row: a.row } };
    case 'gaps':
      return { ...s, gaps: { ...s.gaps, ...a.patch } };
    case 'sizeBy':
      return { ...s, sizeBy: a.rule };
    case 'indicators':
      return { ...s, indicators: { subject: a.subject } };
  }
}

/** A click selects one; an additive click (shift) adds to or takes from the selection. */
function select(s: ViewState, id: string | null, additive: boolean): ViewState {
  if (!additive || id === null) return { ...s, selected: id, selection: [] };
  const all = new Set([...s.selection, ...(s.selected ? [s.selected] : [])]);
  if (all.has(id)) {
    all.delete(id);
    const rest = [...all];
    return { ...s, selected: rest.at(-1) ?? null, selection: rest.slice(0, -1) };
  }
  return { ...s, selected: id, selection: [...all] };
}

/** Selection and pins only name nodes still on the canvas (a relationship id stays selectable). */
function clean(s: ViewState): ViewState {
  const present = new Set(s.scene.nodes);
  const keep = (id: string) => present.has(id) || id.includes('-[');
  return {
    ...s,
    selected: s.selected && keep(s.selected) ? s.selected : null,
    selection: s.selection.filter(keep),
  };
}

/** Everything selected: the details panel's element and the others selected with it. */
export function selectedIds(s: ViewState): string[] {
  return [...new Set([...s.selection, ...(s.selected ? [s.selected] : [])])];
}
