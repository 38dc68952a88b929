/**
 * The one Cytoscape stylesheet. Everything visual about elements is here; application state
 * only adds or removes the classes below:
 * - `filtered`  hidden by the explore filters
 * - `faded`     not connected to the current focus (selection, path, partner row, gap)
 * - `hl`        part of the highlighted path / focus subject
 * - `expanded`  a node whose neighbourhood has been loaded
 * - `quiet`     a node drawn without its label for now (while a big layout moves it)
 * - `pinned`    a node no layout moves (drawn with an outline)
 * PLANNED elements (data status) are dashed and lighter, so plans read as plans; implied
 * relationships (data `implied`: the plan does not state them) are dotted and lighter still.
 * Node sizes are data (`size`, lib/sizing), so a styling rule changes data, not the sheet.
 * Aggregates (data `aggregate`, see lib/aggregate) stand for many nodes or edges: sized by count.
 * How much detail is drawn (label zoom, edge curves, arrows) comes from the LOD `StyleFlags`.
 */
import type { StylesheetJson } from 'cytoscape';
import { CLUSTER_FONT_SIZE, LABEL_MAX_WIDTH } from './footprint';
import { LABEL_FONT_SIZE, type StyleFlags, styleFlags } from './lod';
import { FONT_STACK, HIGHLIGHT, KIND_STYLE, REL_COLOR, SELECTED, TIER_COLOR } from './theme';
import { CLUSTER_TIERS, NODE_KINDS, REL_TYPES } from './types';

/** No label is this big on screen, so a `quiet` node draws none (and makes no text texture). */
const QUIET_FONT_SIZE = 10_000;

export function buildStylesheet(flags: StyleFlags = styleFlags(0)): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': LABEL_FONT_SIZE,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': flags.labelDecor ? 'ellipsis' : 'none',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': flags.labelDecor ? 0.7 : 0,
        'text-background-padding': '1px',
        'border-width': flags.labelDecor ? 1.5 : 0,
        'border-color': '#ffffff',
        'min-zoomed-font-size': flags.minZoomedFontSize,
        width: 'data(size)',
        height: 'data(size)',
      },
    },
    ...NODE_KINDS.map((k) => ({
      selector: `node[kind = "${k}"]`,
      style: { 'background-color': KIND_STYLE[k].color, shape: KIND_STYLE[k].shape },
    })),
    { selector: 'node[kind = "CLUSTER"]', style: { 'font-size': CLUSTER_FONT_SIZE, 'font-weight': 'bold' } },
    ...CLUSTER_TIERS.map((t) => ({
      selector: `node[kind = "CLUSTER"][tier = "${t}"]`,
      style: { 'background-color': TIER_COLOR[t] },
    })),
    {
      selector: 'node[status = "PLANNED"]',
      style: { 'background-opacity': 0.45, 'border-style': 'dashed', 'border-width': 2, 'border-color': '#4b5563' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': flags.edgeCurve,
        'haystack-radius': 0,
        'target-arrow-shape': flags.arrows ? 'triangle' : 'none',
        'arrow-scale': 0.8,
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        opacity: 0.85,
      },
    },
    ...REL_TYPES.map((r) => ({
      selector: `edge[type = "${r}"]`,
      style: { 'line-color': REL_COLOR[r], 'target-arrow-color': REL_COLOR[r] },
    })),
    { selector: 'edge[type = "COOPERATES_WITH"]', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge[?implied]',
      style: flags.dashes ? { 'line-style': 'dotted', 'line-dash-pattern': [2, 4], opacity: 0.55 } : { opacity: 0.4 },
    },
    // After the implied rule: a planned link the plan only implies is dashed (and light).
    {
      selector: 'edge[status = "PLANNED"]',
      style: flags.dashes ? { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } : { opacity: 0.5 },
    },
    {
      selector: 'node[?aggregate]',
      style: {
        'border-width': 4,
        'border-style': 'double',
        'border-color': '#1f2937',
        'font-size': 13,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        'text-valign': 'center',
        'text-max-width': '160px',
      },
    },
    {
      selector: 'edge[?aggregate]',
      style: { width: 'mapData(count, 1, 300, 2, 12)', opacity: 0.6 },
    },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#94a3b8' } },
    { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#111827', 'outline-offset': 2 } },
    { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.35 } },
    { selector: 'node.hl', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 10 } },
    {
      selector: 'edge.hl',
      style: { width: 4, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, opacity: 1, 'z-index': 10 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECTED, 'z-index': 20 } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1 } },
    // Last among the label rules: it overrides the aggregates' always-on labels too.
    { selector: 'node.quiet', style: { 'min-zoomed-font-size': QUIET_FONT_SIZE } },
    { selector: '.filtered', style: { display: 'none' } },
  ] as StylesheetJson;
}
