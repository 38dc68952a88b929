/**
 * The 全景图 view (招商): a cluster's chain in 上游 / 中游 / 下游 lanes, each product coloured by
 * its chain gap with its local and outside counts and its 链主; clicking a product shows its gap
 * and the ranked target list (exportable as CSV); ticking local enterprises and 若迁出 marks
 * what their leaving would break. Each gap and each target carries its 招商线索 status (ui/leads.ts):
 * editors set it there, and recording a landed lead redraws the panorama with the gap closed. A dialog over the graph, drawn from the API's answers with
 * the pure layout of lib/panorama.ts (no Cytoscape: only the graph view touches it).
 */
import { enumLabel, nodeName, t } from '../lib/i18n';
import { type ChainGap, layoutPanorama, nodeClass, type PanoramaNode, targetsCsv } from '../lib/panorama';
import type { Result } from '../lib/queries';
import { gql } from './api';
import type { App } from './app';
import { fill, h, options } from './dom';
import { download, stamp } from './download';
import type { LeadBook } from './leads';
import { aboutLine } from './workbooks';

const SVG = 'http://www.w3.org/2000/svg';
type Impact = Result<'whatIf'>['whatIf'];

export class PanoramaDialog {
  readonly el = h('section', {
    class: 'pano-dialog',
    role: 'dialog',
    hidden: true,
    'aria-modal': 'true',
    'data-testid': 'panorama',
  });
  private clusters: { id: string; name: string; nameEn?: string | null }[] = [];
  private clusterId: string | null = null;
  /** The cluster whose panorama is loaded (the dialog's `data-shown`, which tests wait on). */
  private shownFor: string | null = null;
  private nodes: PanoramaNode[] = [];
  private edges: { source: string; target: string }[] = [];
  private truncated = false;
  private gaps = new Map<string, ChainGap>();
  private selected: string | null = null;
  private leaving = new Set<string>();
  private impact: Impact | null = null;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly app: App,
    private readonly leads: LeadBook,
  ) {
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
  }

  toggle(): void {
    if (this.el.hidden) void this.open();
    else this.close();
  }

  async open(clusterId?: string): Promise<void> {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.el.hidden = false;
    if (this.clusters.length === 0) this.clusters = (await gql('clusters')).clusters;
    await this.app.run(() => this.leads.refresh());
    await this.show(clusterId ?? this.clusterId ?? this.clusters[0]?.id ?? null);
  }

  close(): void {
    this.el.hidden = true;
    this.opener?.focus();
  }

  /** Loads a cluster's panorama and its gaps (with targets) in two requests. */
  async show(clusterId: string | null, keepSelected = false): Promise<void> {
    this.clusterId = clusterId;
    if (!keepSelected) this.selected = null;
    this.impact = null;
    this.leaving.clear();
    if (!clusterId) return this.render();
    await this.app.run(async () => {
      const [p, g] = await Promise.all([
        gql('chainPanorama', { clusterId, tiers: 3 }),
        gql('chainGaps', { clusterId, tiers: 3, first: 100, targets: 10 }),
      ]);
      // Another cluster was chosen meanwhile: its answer, not this one, is drawn.
      if (this.clusterId !== clusterId) return;
      this.nodes = p.chainPanorama.nodes;
      this.edges = p.chainPanorama.edges;
      this.truncated = p.chainPanorama.truncated;
      this.gaps = new Map();
      for (const gap of g.chainGaps) if (!this.gaps.has(gap.product.id)) this.gaps.set(gap.product.id, gap);
      this.shownFor = clusterId;
    });
    this.render();
  }

  private async leave(): Promise<void> {
    const removeIds = [...this.leaving].sort();
    if (removeIds.length === 0) return;
    await this.app.run(async () => {
      this.impact = (await gql('whatIf', { removeIds })).whatIf;
    });
    this.render();
  }

  render(): void {
    if (this.el.hidden) return;
    this.leads.follow(() => this.render());
    const lang = this.app.lang;
    const cluster = this.clusters.find((c) => c.id === this.clusterId);
    const pick = h(
      'select',
      {
        'aria-label': t(lang, 'pano.cluster'),
        'data-testid': 'pano-cluster',
        onchange: (e: Event) => void this.show((e.target as HTMLSelectElement).value || null),
      },
      ...options(
        this.clusters.map((c) => ({ value: c.id, label: nodeName(lang, c as { name: string; nameEn: string }) })),
        this.clusterId,
      ),
    );
    const head = h(
      'header',
      { class: 'pano-head' },
      h(
        'h2',
        {},
        t(lang, 'pano.title', { name: cluster ? nodeName(lang, cluster as { name: string; nameEn: string }) : '' }),
      ),
      pick,
      this.legend(),
      h('button', { type: 'button', class: 'tool', 'data-testid': 'pano-close', onclick: () => this.close() }, '✕'),
    );
    this.el.dataset.shown = this.shownFor ?? '';
    fill(
      this.el,
      head,
      this.truncated ? h('p', { class: 'muted' }, t(lang, 'pano.truncated', { n: this.nodes.length })) : null,
      h('div', { class: 'pano-body' }, h('div', { class: 'pano-scroll' }, this.drawing()), this.side()),
    );
  }

  private legend(): HTMLElement {
    const lang = this.app.lang;
    const item = (cls: string, label: string) =>
      h('span', { class: 'pano-key' }, h('i', { class: `pano-swatch ${cls}` }), label);
    return h(
      'div',
      { class: 'pano-legend', 'aria-label': t(lang, 'pano.legend') },
      ...(['MISSING_LOCALLY', 'ABSENT', 'SINGLE_LOCAL', 'UNFILLED_TARGET'] as const).map((k) =>
        item(`gap-${k}`, enumLabel(lang, k)),
      ),
      item('made-here', t(lang, 'pano.madeHere')),
      item('not-made', t(lang, 'pano.notMade')),
    );
  }

  private drawing(): HTMLElement {
    const lang = this.app.lang;
    const layout = layoutPanorama(this.nodes, lang);
    const canvas = h('div', {
      class: 'pano-canvas',
      'data-testid': 'pano-canvas',
      style: `width:${layout.width}px;height:${layout.height}px`,
    });
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', String(layout.width));
    svg.setAttribute('height', String(layout.height));
    svg.classList.add('pano-edges');
    for (const lane of layout.lanes) {
      const band = document.createElementNS(SVG, 'rect');
      for (const [k, v] of Object.entries({ x: lane.x, y: 0, width: lane.w, height: layout.height }))
        band.setAttribute(k, String(v));
      band.setAttribute('class', `pano-band lane-${lane.lane}`);
      svg.append(band);
    }
    const orphaned = new Set(this.impact?.orphaned.map((n) => n.id));
    const exposed = new Set(this.impact?.exposed.map((n) => n.id));
    for (const e of this.edges) {
      const a = layout.boxes.get(e.source);
      const b = layout.boxes.get(e.target);
      if (!a || !b) continue;
      const path = document.createElementNS(SVG, 'path');
      const x1 = a.x + a.w;
      const y1 = a.y + a.h / 2;
      const x2 = b.x;
      const y2 = b.y + b.h / 2;
      const mid = (x1 + x2) / 2;
      path.setAttribute('d', `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`);
      path.setAttribute('class', orphaned.has(e.source) ? 'pano-edge broken' : 'pano-edge');
      svg.append(path);
    }
    canvas.append(svg);
    for (const lane of layout.lanes)
      canvas.append(
        h(
          'div',
          { class: 'pano-lane-title', 'data-lane': lane.lane, style: `left:${lane.x}px;width:${lane.w}px` },
          enumLabel(lang, lane.lane),
        ),
      );
    for (const n of this.nodes) {
      const box = layout.boxes.get(n.product.id);
      if (!box) continue;
      const classes = ['pano-node', nodeClass(n)];
      if (n.product.id === this.selected) classes.push('selected');
      if (orphaned.has(n.product.id)) classes.push('orphaned');
      if (exposed.has(n.product.id)) classes.push('exposed');
      canvas.append(
        h(
          'button',
          {
            type: 'button',
            class: classes.join(' '),
            'data-testid': 'pano-node',
            'data-id': n.product.id,
            'data-lane': n.lane,
            'data-gap': n.gap ?? '',
            style: `left:${box.x}px;top:${box.y}px;width:${box.w}px;height:${box.h}px`,
            title: n.chainLeader ? t(lang, 'pano.leader', { name: nodeName(lang, n.chainLeader) }) : '',
            onclick: () => {
              this.selected = n.product.id;
              this.render();
            },
          },
          h('span', { class: 'pano-name' }, n.chainLeader ? '★ ' : '', nodeName(lang, n.product)),
          h(
            'span',
            { class: 'pano-badges' },
            h(
              'b',
              { class: 'badge local', 'data-testid': 'pano-local' },
              t(lang, 'pano.local', { n: n.localProducerCount }),
            ),
            h(
              'b',
              { class: 'badge external', 'data-testid': 'pano-external' },
              t(lang, 'pano.external', { n: n.externalProducerCount }),
            ),
          ),
        ),
      );
    }
    return canvas;
  }

  private side(): HTMLElement {
    const lang = this.app.lang;
    const node = this.nodes.find((n) => n.product.id === this.selected);
    const gap = node ? this.gaps.get(node.product.id) : undefined;
    const detail = !node
      ? h('p', { class: 'muted' }, t(lang, 'pano.pick'))
      : gap
        ? this.gapDetail(gap)
        : h(
            'p',
            { 'data-testid': 'pano-nogap' },
            t(lang, 'pano.noGap', {
              name: nodeName(lang, node.product),
              local: node.localProducerCount,
              external: node.externalProducerCount,
            }),
          );
    return h('aside', { class: 'pano-side', 'data-testid': 'pano-side' }, detail, this.whatIfPart());
  }

  /** After a lead changed: a record in the graph redraws the panorama, else the side is redrawn. */
  private leadChanged = (recorded: boolean) => {
    if (recorded) void this.show(this.clusterId, true);
    else this.render();
  };

  private leadRow(gap: ChainGap): HTMLElement {
    const lang = this.app.lang;
    const control = this.leads.control(gap.product.id, null, this.leadChanged);
    return control
      ? h('p', { class: 'lead-row', 'data-testid': 'pano-gap-lead' }, h('span', {}, t(lang, 'leads.gapLead')), control)
      : h(
          'p',
          { class: 'muted', 'data-testid': 'pano-lead-login' },
          `${t(lang, 'leads.login')} · ${t(lang, 'leads.loginHint')}`,
        );
  }

  private gapDetail(gap: ChainGap): HTMLElement {
    const lang = this.app.lang;
    const name = nodeName(lang, gap.product);
    const exportCsv = () => {
      const about = aboutLine(this.app, t(lang, 'pano.csvTitle', { name }), gap.id);
      download(
        `targets-${gap.product.id.replace(/\W+/g, '-')}-${stamp()}.csv`,
        targetsCsv(gap, lang, about),
        'text/csv',
      );
    };
    return h(
      'div',
      { class: 'pano-gap', 'data-testid': 'pano-gap', 'data-kind': gap.kind },
      h('h3', {}, `${name} · ${enumLabel(lang, gap.kind)} · ${enumLabel(lang, gap.severity)}`),
      h('p', {}, lang === 'zh' ? gap.explanation : gap.explanationEn),
      this.leadRow(gap),
      h('h4', {}, t(lang, 'pano.targets')),
      gap.targets.length === 0
        ? h('p', { class: 'muted' }, t(lang, 'pano.noTargets'))
        : h(
            'ol',
            { class: 'pano-targets', 'data-testid': 'pano-targets' },
            ...gap.targets.map((m) =>
              h(
                'li',
                { 'data-testid': 'pano-target', 'data-id': m.node.id },
                h(
                  'div',
                  { class: 'lead-row' },
                  h('span', {}, h('strong', {}, nodeName(lang, m.node)), ` ${m.score.toFixed(2)}`),
                  this.leads.control(gap.product.id, m.node.id, this.leadChanged),
                ),
                h('ul', {}, ...(lang === 'zh' ? m.reasons : m.reasonsEn).map((r) => h('li', {}, r))),
              ),
            ),
          ),
      gap.targets.length > 0
        ? h('button', { type: 'button', 'data-testid': 'pano-csv', onclick: exportCsv }, t(lang, 'pano.csv'))
        : null,
    );
  }

  private whatIfPart(): HTMLElement {
    const lang = this.app.lang;
    const leaders = new Map<string, NonNullable<PanoramaNode['chainLeader']>>();
    for (const n of this.nodes) if (n.chainLeader) leaders.set(n.chainLeader.id, n.chainLeader);
    const gap = this.selected ? this.gaps.get(this.selected) : undefined;
    for (const e of gap?.localProducers ?? []) leaders.set(e.id, e);
    const list = (key: string, nodes: { id: string; name: string; nameEn?: string | null }[], testid: string) =>
      h(
        'div',
        { 'data-testid': testid },
        h('h4', {}, t(lang, key)),
        nodes.length === 0
          ? h('p', { class: 'muted' }, t(lang, 'pano.none'))
          : h(
              'ul',
              {},
              ...nodes.map((n) => h('li', { 'data-id': n.id }, nodeName(lang, n as { name: string; nameEn: string }))),
            ),
      );
    return h(
      'section',
      { class: 'pano-whatif', 'data-testid': 'pano-whatif' },
      h('h3', {}, t(lang, 'pano.whatIf')),
      h('p', { class: 'muted' }, t(lang, 'pano.whatIfHint')),
      ...[...leaders.values()]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((e) =>
          h(
            'label',
            { class: 'pano-check' },
            h('input', {
              type: 'checkbox',
              'data-testid': 'pano-leave-pick',
              value: e.id,
              checked: this.leaving.has(e.id),
              onchange: (ev: Event) => {
                if ((ev.target as HTMLInputElement).checked) this.leaving.add(e.id);
                else this.leaving.delete(e.id);
              },
            }),
            ` ${nodeName(lang, e)}`,
          ),
        ),
      h(
        'button',
        { type: 'button', 'data-testid': 'pano-leave', onclick: () => void this.leave() },
        t(lang, 'pano.leave'),
      ),
      this.impact
        ? h(
            'div',
            { class: 'pano-impact', 'data-testid': 'pano-impact' },
            list('pano.orphaned', this.impact.orphaned, 'pano-orphaned'),
            list('pano.exposed', this.impact.exposed, 'pano-exposed'),
            list(
              'pano.newGaps',
              this.impact.newGaps.map((g) => ({
                id: g.id,
                name: `${g.product.name} · ${enumLabel('zh', g.kind)}`,
                nameEn: `${g.product.nameEn ?? g.product.name} · ${enumLabel('en', g.kind)}`,
              })),
              'pano-newgaps',
            ),
          )
        : null,
    );
  }
}
