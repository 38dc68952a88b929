/**
 * Graph toolbar — undo and redo, fit, zoom, re-layout, the whole graph, saved views, the 全景图 and the 招商线索 — and the
 * status line with the visible counts. Undo and redo walk the same history as the browser's Back
 * and Forward (they call them).
 */
import { t } from '../lib/i18n';
import type { App, View } from './app';
import { h } from './dom';
import { relayout, showAll } from './sceneEffects';
import type { ViewsDialog } from './viewsDialog';

export function createGraphToolbar(
  app: App,
  toolbar: HTMLElement,
  status: HTMLElement,
  views: ViewsDialog,
  panorama?: { toggle(): void },
  leads?: { toggle(): void },
  upload?: { toggle(): void; readonly allowed: boolean },
): View {
  const buttons = [
    { key: 'history.undo', icon: '↶', testid: 'undo', run: () => app.undo() },
    { key: 'history.redo', icon: '↷', testid: 'redo', run: () => app.redo() },
    { key: 'graph.fit', icon: '⤢', testid: 'fit', run: () => void app.graph.fitAll() },
    { key: 'graph.zoomIn', icon: '+', testid: 'zoom-in', run: () => app.graph.zoom(1.25) },
    { key: 'graph.zoomOut', icon: '−', testid: 'zoom-out', run: () => app.graph.zoom(0.8) },
    { key: 'graph.relayout', icon: '⟳', testid: 'relayout', run: () => void relayout(app) },
    { key: 'graph.showAll', icon: '⊞', testid: 'show-all', run: () => void showAll(app) },
    { key: 'views.menu', icon: '☰', testid: 'views', run: () => views.toggle() },
    // 全景图 and 线索 are one character in Chinese; the English view shows no Chinese, so a symbol.
    ...(panorama
      ? [{ key: 'pano.open', icon: '全', iconEn: '▤', testid: 'open-panorama', run: () => panorama.toggle() }]
      : []),
    ...(leads ? [{ key: 'leads.open', icon: '线', iconEn: '☏', testid: 'open-leads', run: () => leads.toggle() }] : []),
    // 上传表格: a button with its label, shown to editors only.
    ...(upload
      ? [{ key: 'upload.open', icon: '⇪', testid: 'open-upload', run: () => upload.toggle(), text: true }]
      : []),
  ].map((b) => ({
    ...b,
    el: h('button', {
      type: 'button',
      class: 'text' in b ? 'tool tool-text' : 'tool',
      'data-testid': b.testid,
      onclick: b.run,
    }),
  }));
  toolbar.replaceChildren(...buttons.map((b) => b.el));
  return {
    render() {
      const lang = app.lang;
      for (const b of buttons) {
        const icon = (lang === 'en' && 'iconEn' in b ? b.iconEn : undefined) ?? b.icon;
        b.el.textContent = 'text' in b ? `${icon} ${t(lang, b.key)}` : icon;
        b.el.title = t(lang, b.key);
        b.el.setAttribute('aria-label', t(lang, b.key));
      }
      for (const b of buttons) if (b.testid === 'open-upload') b.el.hidden = !upload?.allowed;
      const [undo, redo] = buttons;
      if (undo) undo.el.disabled = !app.history.canUndo;
      if (redo) redo.el.disabled = !app.history.canRedo;
      const { nodes, edges } = app.graph.visibleCounts();
      const groups = app.drawn?.display.aggregates.length ?? 0;
      const cap = app.cap.toLocaleString('en-US');
      status.textContent = nodes
        ? t(lang, 'graph.counts', { nodes, edges }) + (groups ? t(lang, 'graph.aggregated', { groups, cap }) : '')
        : t(lang, 'graph.empty');
      if (app.capNotice) status.textContent += ` · ${t(lang, 'graph.capNotice')}`;
      if (app.partialWhole && app.state.scene.base.kind === 'whole')
        status.textContent += ` · ${t(lang, 'graph.partialWhole', app.partialWhole)}`;
    },
  };
}
