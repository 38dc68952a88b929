/**
 * A node's footprint before it is drawn: its shape's size (from the style rule) and the label
 * under it, estimated from the text the way the stylesheet lays it out (one line, cut with an
 * ellipsis at LABEL_MAX_WIDTH). Placement uses these for nodes that are not on the canvas yet;
 * nodes already drawn are measured by the graph view instead.
 */
import type { Footprint } from './geometry';
import { LABEL_FONT_SIZE } from './lod';

/** The stylesheet's `text-max-width`: longer labels end in an ellipsis. */
export const LABEL_MAX_WIDTH = 100;
/** The stylesheet's `text-margin-y` between a node and its label. */
export const LABEL_MARGIN = 4;
export const CLUSTER_FONT_SIZE = 13;

/** Width of one line of `text` at `fontSize`: CJK characters are square, Latin about 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x2e80) w += fontSize;
    else if (c === 0x20) w += fontSize * 0.3;
    else if (ch >= 'A' && ch <= 'Z') w += fontSize * 0.66;
    else w += fontSize * 0.56;
  }
  return w;
}

/** Shape of `size` px with `label` under it; the label's background pads it by 1 px. */
export function footprint(label: string, size: number, fontSize = LABEL_FONT_SIZE): Footprint {
  const labelW = label ? Math.min(LABEL_MAX_WIDTH, textWidth(label, fontSize)) + 4 : 0;
  const labelH = label ? Math.ceil(fontSize * 1.3) + 2 : 0;
  return { w: Math.max(size, labelW), top: size / 2, bottom: size / 2 + (label ? LABEL_MARGIN + labelH : 0) };
}
