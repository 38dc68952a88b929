/**
 * The indicators dashboard (the 指标 tab): over the graph's place, one zone's or cluster's
 * figures as a report shows them — levels with 2005 beside the 2010 target and the growth the pair
 * implies, growth rates, totals, shares, multiples — each section a Chart.js bar chart on its own
 * proportional scale and unit, with the figures beside it in a table (what a screen reader and the
 * tests read). Every figure says its period and kind; clicking one shows the plan's quote.
 * Exports the figures as CSV and the charts as one PNG.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import {
  ACTUAL_COLOR,
  dashboardSections,
  type Figure,
  figureText,
  periodLabel,
  type Section,
  TARGET_COLOR,
} from '../lib/dashboard';
import { toCsv } from '../lib/exporters';
import { enumLabel, labelled, nodeName, t } from '../lib/i18n';
import { FONT_STACK } from '../lib/theme';
import type { ApiNode, Lang } from '../lib/types';
import { gql } from './api';
import type { App, View } from './app';
import { fill, h } from './dom';
import { download, stamp } from './download';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = FONT_STACK;
Chart.defaults.animation = false;

export interface Subject {
  node: Pick<ApiNode, 'id' | 'kind' | 'name' | 'nameEn'>;
  figures: Figure[];
}

/** Every zone and cluster with figures, the one with most first (the zone itself). */
export async function loadSubjects(): Promise<Subject[]> {
  const data = await gql('indicators');
  const by = new Map<string, Subject>();
  for (const { subject, indicator } of data.overview.indicators) {
    const s = by.get(subject.id) ?? { node: subject, figures: [] };
    s.figures.push(indicator);
    by.set(subject.id, s);
  }
  return [...by.values()].sort((a, b) => b.figures.length - a.figures.length || (a.node.id < b.node.id ? -1 : 1));
}

export class Dashboard implements View {
  private subjects: Subject[] | null = null;
  private loading = false;
  private charts: Chart[] = [];
  private quote: Figure | null = null;

  constructor(
    private readonly app: App,
    readonly el: HTMLElement,
  ) {}

  /** The subject the state names, else the first. */
  subject(): Subject | null {
    const want = this.app.state.indicators.subject;
    return this.subjects?.find((s) => s.node.id === want) ?? this.subjects?.[0] ?? null;
  }

  all(): Subject[] {
    return this.subjects ?? [];
  }

  /** What chart `i` draws: its bars' values, from the Chart.js instance (the bench hook reads it). */
  bars(i: number): unknown[] | null {
    const chart = this.charts[i];
    return chart ? chart.data.datasets.flatMap((d) => d.data).filter((v) => v !== null) : null;
  }

  render(): void {
    const open = this.app.state.tab === 'indicators';
    this.el.hidden = !open;
    if (!open) return;
    if (!this.subjects) {
      if (!this.loading) {
        this.loading = true;
        void this.app.run(loadSubjects).then((s) => {
          this.subjects = s ?? [];
          this.loading = false;
          this.app.render();
        });
      }
      fill(this.el, h('p', { class: 'hint' }, t(this.app.lang, 'graph.loading')));
      return;
    }
    this.draw();
  }

  private draw(): void {
    const lang = this.app.lang;
    for (const c of this.charts) c.destroy();
    this.charts = [];
    const subject = this.subject();
    if (!subject) {
      fill(this.el, h('p', { class: 'hint' }, t(lang, 'dash.none')));
      return;
    }
    const sections = dashboardSections(subject.figures, lang);
    const head = h(
      'header',
      { class: 'dash-head' },
      h(
        'h2',
        { 'data-testid': 'dash-title' },
        t(lang, 'dash.title', { name: nodeName(lang, subject.node as ApiNode) }),
      ),
      h('span', { class: 'muted' }, t(lang, 'dash.count', { n: subject.figures.length })),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'dash-csv',
          onclick: () =>
            download(`indicators-${slug(subject.node.id)}-${stamp()}.csv`, figuresCsv(subject, lang), 'text/csv'),
        },
        t(lang, 'export.csv'),
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'dash-png', onclick: () => void this.png(subject) },
        t(lang, 'dash.png'),
      ),
    );
    const boxes = sections.map((s, i) => this.section(s, i, lang));
    fill(this.el, head, this.quoteBox(lang), h('div', { class: 'dash-grid' }, ...boxes));
  }

  private section(s: Section, i: number, lang: Lang): HTMLElement {
    const canvas = h('canvas', { 'data-testid': `dash-chart-${i}`, role: 'img' });
    const title = `${t(lang, `measure.${s.measure}`)} · ${s.unit}`;
    canvas.setAttribute('aria-label', title);
    const rows = s.rows.map((r) =>
      h(
        'tr',
        { 'data-key': r.key },
        h('th', { scope: 'row' }, r.label),
        cell(r.actual, lang, (f) => this.show(f)),
        cell(r.target, lang, (f) => this.show(f)),
        h('td', { class: 'num', 'data-testid': 'implied' }, r.impliedGrowth === null ? '' : `${r.impliedGrowth}%`),
      ),
    );
    const table = h(
      'table',
      { class: 'grid dash-table', 'data-testid': `dash-table-${i}` },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t(lang, 'dash.measure')),
          h('th', { scope: 'col' }, t(lang, 'ACTUAL')),
          h('th', { scope: 'col' }, t(lang, 'TARGET')),
          h('th', { scope: 'col', title: t(lang, 'dash.impliedHint') }, t(lang, 'dash.implied')),
        ),
      ),
      h('tbody', {}, ...rows),
    );
    const box = h(
      'section',
      { class: 'dash-section', 'data-measure': s.measure, 'data-unit': s.unit },
      h('h3', {}, title),
      h('div', { class: 'dash-canvas', style: `height:${40 + s.rows.length * 34}px` }, canvas),
      table,
    );
    queueMicrotask(() => {
      this.charts[i] = chartFor(canvas, s, lang, (f) => this.show(f));
    });
    return box;
  }

  private show(f: Figure | null): void {
    this.quote = f;
    this.draw();
  }

  private quoteBox(lang: Lang): HTMLElement | null {
    const f = this.quote;
    if (!f || !this.subject()?.figures.includes(f)) return null;
    return h(
      'aside',
      { class: 'dash-quote', 'data-testid': 'dash-quote', 'aria-live': 'polite' },
      h('strong', {}, `${lang === 'zh' ? f.name : f.nameEn}：${figureText(f)}（${periodLabel(f, lang)}）`),
      ...(f.sources ?? []).map((s) =>
        h(
          'figure',
          { class: s.stated ? 'source stated' : 'source implied' },
          h('blockquote', {}, s.quote),
          h(
            'figcaption',
            {},
            t(lang, s.stated ? 'details.stated' : 'details.implied'),
            ` ${s.section}`,
            s.note ? h('div', { class: 'note' }, s.note) : null,
          ),
        ),
      ),
      h('button', { type: 'button', class: 'link', onclick: () => this.show(null) }, t(lang, 'views.close')),
    );
  }

  /** Every chart of the subject in one PNG, with the subject, the date and the source line. */
  private async png(subject: Subject): Promise<void> {
    const lang = this.app.lang;
    const canvases = this.charts.map((c) => c.canvas);
    const scale = 2;
    const width = Math.max(...canvases.map((c) => c.width), 600);
    const titleH = 70 * scale;
    const heights = canvases.map((c) => c.height + 30 * scale);
    const out = document.createElement('canvas');
    out.width = width;
    out.height = titleH + heights.reduce((a, b) => a + b, 0) + 30 * scale;
    const g = out.getContext('2d');
    if (!g) return;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, out.width, out.height);
    g.fillStyle = '#111827';
    g.font = `bold ${18 * scale}px ${FONT_STACK}`;
    g.fillText(t(lang, 'dash.title', { name: nodeName(lang, subject.node as ApiNode) }), 16 * scale, 30 * scale);
    g.font = `${11 * scale}px ${FONT_STACK}`;
    g.fillStyle = '#6b7280';
    g.fillText(`${t(lang, 'app.source')} · ${new Date().toISOString().slice(0, 10)}`, 16 * scale, 52 * scale);
    let y = titleH;
    this.charts.forEach((c, i) => {
      const box = c.canvas.closest('.dash-section');
      g.fillStyle = '#111827';
      g.font = `bold ${12 * scale}px ${FONT_STACK}`;
      g.fillText(box?.querySelector('h3')?.textContent ?? '', 16 * scale, y + 18 * scale);
      g.drawImage(c.canvas, 0, y + 24 * scale);
      y += heights[i] ?? 0;
    });
    const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
    if (blob) download(`indicators-${slug(subject.node.id)}-${stamp()}.png`, blob, 'image/png');
  }
}

function cell(f: Figure | null, lang: Lang, show: (f: Figure) => void): HTMLElement {
  if (!f) return h('td', {});
  return h(
    'td',
    { class: 'num' },
    h(
      'button',
      {
        type: 'button',
        class: 'link figure',
        'data-key': f.key,
        'data-value': String(f.value),
        ...(f.valueMax !== null && f.valueMax !== undefined ? { 'data-value-max': String(f.valueMax) } : {}),
        title: labelled(lang, t(lang, 'details.sources')) + (f.sources?.[0]?.quote ?? ''),
        onclick: () => show(f),
      },
      figureText(f),
    ),
    h('small', { class: 'muted period' }, periodLabel(f, lang)),
  );
}

function chartFor(canvas: HTMLCanvasElement, s: Section, lang: Lang, show: (f: Figure) => void): Chart {
  const bar = (f: Figure | null) =>
    f ? (f.valueMax !== null && f.valueMax !== undefined ? [f.value, f.valueMax] : f.value) : null;
  const datasets = (['ACTUAL', 'TARGET'] as const)
    .map((kind) => ({
      kind,
      figures: s.rows.map((r) => (kind === 'ACTUAL' ? r.actual : r.target)),
    }))
    .filter((d) => d.figures.some((f) => f !== null))
    .map((d) => ({
      label: enumLabel(lang, d.kind),
      data: d.figures.map(bar) as (number | [number, number] | null)[],
      backgroundColor: d.kind === 'ACTUAL' ? ACTUAL_COLOR : TARGET_COLOR,
      figures: d.figures,
    }));
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: { labels: s.rows.map((r) => r.label), datasets: datasets as never },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: 2,
      scales: {
        x: {
          beginAtZero: true,
          ...(s.measure === 'SHARE' ? { max: 100 } : {}),
          title: { display: true, text: s.unit },
        },
        y: { ticks: { autoSkip: false } },
      },
      plugins: { legend: { position: 'bottom' } },
      onClick: (_e, elements) => {
        const hit = elements[0];
        const f = hit ? (datasets[hit.datasetIndex]?.figures[hit.index] ?? null) : null;
        if (f) show(f);
      },
    },
  };
  return new Chart(canvas, config);
}

/** The figures as a sheet that stands on its own: subject, kind, period, value, unit and the quote. */
export function figuresCsv(subject: Subject, lang: Lang): string {
  const head =
    lang === 'zh'
      ? ['对象', '对象ID', '指标', '键', '类别', '口径', '时期', '数值', '上限', '单位', '原文', '出处']
      : [
          'Subject',
          'Subject ID',
          'Indicator',
          'Key',
          'Measure',
          'Kind',
          'Period',
          'Value',
          'Up to',
          'Unit',
          'Quote',
          'Section',
        ];
  return toCsv([
    head,
    ...subject.figures.map((f) => [
      nodeName(lang, subject.node as ApiNode),
      subject.node.id,
      lang === 'zh' ? f.name : f.nameEn,
      f.key,
      t(lang, `measure.${f.measure ?? 'LEVEL'}`),
      enumLabel(lang, f.kind),
      f.period ?? f.year,
      f.value,
      f.valueMax ?? '',
      f.unit,
      (f.sources ?? []).map((s) => s.quote).join(' | '),
      (f.sources ?? []).map((s) => s.section).join(' | '),
    ]),
  ]);
}

const slug = (id: string) => id.replace(/\W+/g, '-');
