/**
 * The graph as a report figure: PNG (2× by default) and SVG with the view's title, the date, the
 * dataset and its source above the drawing, and the legend of what is drawn below it; the drawing
 * keeps a margin so no label is cut at the edge.
 */

import { framedSvg, legendLayout, type ReportFrame, reportFrame } from '../lib/report';
import { FONT_STACK } from '../lib/theme';
import type { App } from './app';

const MARGIN = 24;

function frame(app: App): ReportFrame {
  const { nodes, edges } = app.graph.content();
  return reportFrame(app.state, nodes, edges, (id) => app.node(id));
}

export function reportSvg(app: App): string {
  return framedSvg(app.graph.svg(), frame(app));
}

export async function reportPng(app: App, scale = 2): Promise<Blob> {
  const f = frame(app);
  const graph = await blobImage(app.graph.png(scale));
  const width = Math.max(graph.width + 2 * MARGIN * scale, 640 * scale);
  const head = 60 * scale;
  const legend = legendLayout(f.legend.length, width / scale);
  const height = head + graph.height + 2 * MARGIN * scale + legend.height * scale;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#111827';
  g.font = `bold ${18 * scale}px ${FONT_STACK}`;
  g.fillText(f.title, 12 * scale, 28 * scale);
  g.fillStyle = '#6b7280';
  g.font = `${11 * scale}px ${FONT_STACK}`;
  g.fillText(f.subtitle, 12 * scale, 48 * scale);
  g.drawImage(graph, (width - graph.width) / 2, head + MARGIN * scale);
  const top = head + graph.height + 2 * MARGIN * scale;
  g.font = `${11 * scale}px ${FONT_STACK}`;
  f.legend.forEach((item, i) => {
    const x = (12 + (i % legend.perRow) * 180) * scale;
    const y = top + Math.floor(i / legend.perRow) * 20 * scale;
    g.fillStyle = item.color;
    g.strokeStyle = item.color;
    if ('line' in item.mark) {
      g.lineWidth = 2.5 * scale;
      g.setLineDash(
        item.mark.line === 'dashed'
          ? [4 * scale, 3 * scale]
          : item.mark.line === 'dotted'
            ? [1.5 * scale, 3 * scale]
            : [],
      );
      g.beginPath();
      g.moveTo(x, y + 7 * scale);
      g.lineTo(x + 22 * scale, y + 7 * scale);
      g.stroke();
      g.setLineDash([]);
    } else g.fillRect(x + 4 * scale, y, 14 * scale, 14 * scale);
    g.fillStyle = '#1f2937';
    g.fillText(item.label, x + 28 * scale, y + 12 * scale);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

function blobImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(blob);
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => reject(new Error('could not read the drawing'));
    img.src = url;
  });
}
