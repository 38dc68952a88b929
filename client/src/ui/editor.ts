/**
 * Editing in the explorer (editors and admins): a new node or an edit of one from a form that
 * asks for the change's source; a link drawn from one node to the next one clicked; a delete
 * confirmed with its reason; an element's history in its details with undo; and "undo my last
 * change". Every change goes through applyChangeSet or revertChange, so the server checks it
 * (role, validation, versions) and audits it; the loaded graph then takes the elements' state
 * after the change (lib/editing `touched`), and the answers cached for panels are dropped.
 */
import {
  type Change,
  createChanges,
  emptySource,
  type FieldProblem,
  fieldOf,
  lastOwnSet,
  type NodeForm,
  nodeForm,
  patchOf,
  type SourceForm,
  sourceInput,
  touched,
} from '../lib/editing';
import type * as G from '../lib/generated';
import { enumLabel, nodeName, t } from '../lib/i18n';
import {
  type ApiEdge,
  type ApiNode,
  CLUSTER_TIERS,
  INSTITUTION_KINDS,
  NODE_KINDS,
  type NodeKind,
  REL_ENDPOINTS,
  REL_TYPES,
  type RelType,
  STATUSES,
  ZONE_KINDS,
} from '../lib/types';
import { ApiQueryError, gql } from './api';
import type { App } from './app';
import { h, options } from './dom';
import { field, type ModalProblem, openModal } from './modal';
import { placeJoining } from './sceneEffects';
import { canEdit } from './session';

/** Today as a source's date, `YYYY-MM-DD`. */
export const today = () => new Date().toISOString().slice(0, 10);

// ---- the source fieldset ------------------------------------------------------------------------

/** The fieldset every change form has: where the change comes from. */
function sourceFieldset(app: App): { el: HTMLElement; read(): SourceForm } {
  const lang = app.lang;
  const s = emptySource(today());
  const input = (name: keyof SourceForm, value: string, type = 'text') =>
    h('input', { name, type, value, 'data-testid': `source-${name}` });
  const quote = h('textarea', { name: 'quote', rows: 2, 'data-testid': 'source-quote' });
  const note = h('textarea', { name: 'note', rows: 2, 'data-testid': 'source-note' });
  const document = input('document', s.document);
  const section = input('section', s.section);
  const url = input('url', s.url, 'url');
  const date = input('date', s.date);
  const stated = h('input', { name: 'stated', type: 'checkbox', checked: true, 'data-testid': 'source-stated' });
  const el = h(
    'fieldset',
    { class: 'source-fields' },
    h('legend', {}, t(lang, 'edit.source')),
    h('p', { class: 'hint' }, t(lang, 'edit.sourceHint')),
    field(t(lang, 'edit.quote'), quote),
    h('div', { class: 'grid2' }, field(t(lang, 'edit.document'), document), field(t(lang, 'edit.section'), section)),
    field(t(lang, 'edit.note'), note),
    h('div', { class: 'grid2' }, field(t(lang, 'edit.url'), url), field(t(lang, 'edit.date'), date)),
    h('label', { class: 'check' }, stated, t(lang, 'edit.stated')),
  );
  return {
    el,
    read: () => ({
      quote: quote.value,
      document: document.value,
      section: section.value,
      note: note.value,
      url: url.value,
      date: date.value,
      stated: stated.checked,
    }),
  };
}

// ---- sending a change ---------------------------------------------------------------------------

const problemText = (app: App, p: FieldProblem): ModalProblem => ({ field: p.field, text: t(app.lang, p.key) });

/** A refusal as the form shows it: a conflict in words, a bad field marked, anything else as said. */
function refusal(app: App, e: unknown): ModalProblem {
  const lang = app.lang;
  if (e instanceof ApiQueryError) {
    if (e.code === 'CONFLICT') return { text: t(lang, 'edit.err.conflict') };
    if (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED')
      return { text: `${t(lang, 'edit.err.role')}${e.message}` };
    return { field: fieldOf(e.extensions.argument as string | undefined), text: e.message };
  }
  return { text: t(lang, 'error.api') };
}

/** Applies a change set with the source the form gives; null when done, else what to show. */
async function send(
  app: App,
  changes: G.ChangeInput[],
  source: SourceForm,
  after?: (made: Change[]) => void,
): Promise<ModalProblem | null> {
  const checked = sourceInput(source);
  if ('problem' in checked) return problemText(app, checked.problem);
  try {
    const made = await commitChanges(app, changes, checked.source);
    after?.(made);
    app.banner.info(t(app.lang, 'edit.saved', { n: made.length }));
    return null;
  } catch (e) {
    if (e instanceof ApiQueryError && e.code === 'CONFLICT') void refreshNodes(app, [String(e.extensions.id ?? '')]);
    return refusal(app, e);
  }
}

/**
 * Every change the explorer makes to the graph (its forms, an upload, a landed lead) goes this
 * way: one applyChangeSet, then the loaded graph and the panels' answers follow it.
 */
export async function commitChanges(app: App, changes: G.ChangeInput[], source: G.SourceInput): Promise<Change[]> {
  const made = (await gql('applyChangeSet', { changes, source })).applyChangeSet;
  await refreshAfterEdit(app, made);
  return made;
}

/** The versions of elements now (a form opened on an element sends the version it read). */
async function current(nodeIds: string[], ends: string[] = []) {
  return gql('current', { ids: nodeIds, ends });
}

async function refreshNodes(app: App, ids: string[]): Promise<void> {
  const live = ids.filter(Boolean);
  if (!live.length) return;
  const now = await current(live);
  app.data.put({ nodes: now.nodes, edges: [] });
  app.commit(app.state, 'none', 'none');
}

/** What the history sections show, by element (dropped on every change). */
const histories = new Map<string, Change[] | 'loading' | Error>();

/**
 * After a committed change: the answers panels cached are stale (a gap may have closed), the
 * elements changed are loaded as they are now, the deleted ones forgotten and taken off the
 * canvas, and new nodes put on it next to what they link to.
 */
export async function refreshAfterEdit(app: App, made: readonly Change[]): Promise<void> {
  const r = app.results;
  r.generation++;
  r.paths.clear();
  r.partners.clear();
  r.counts.clear();
  r.gaps.clear();
  r.ofKind.clear();
  histories.clear();
  const { nodes, edgeEnds, removed } = touched(made);
  const now = await current([...new Set([...nodes, ...edgeEnds])], edgeEnds);
  const loaded = new Set(now.nodes.map((n) => n.id));
  app.data.remove(removed.filter((id) => !loaded.has(id)));
  app.data.put({ nodes: now.nodes, edges: now.between.edges.filter((e) => !removed.includes(e.id)) });
  const gone = removed.filter((id) => app.state.scene.nodes.includes(id));
  if (gone.length) app.dispatch({ type: 'hide', ids: gone }, 'step', 'none');
  const created = made
    .filter((c) => c.action === 'CREATE_NODE' && c.after !== null)
    .map((c) => app.data.node(c.elementId))
    .filter((n): n is ApiNode => !!n && !app.state.scene.nodes.includes(n.id));
  if (created.length) {
    const edges = now.between.edges;
    const joining = created.map((node) => {
      const link = edges.find(
        (e) =>
          (e.source === node.id && app.state.scene.nodes.includes(e.target)) ||
          (e.target === node.id && app.state.scene.nodes.includes(e.source)),
      );
      return { node, origin: link ? (link.source === node.id ? link.target : link.source) : undefined };
    });
    app.dispatch({ type: 'add', ids: created.map((n) => n.id), positions: placeJoining(app, joining) }, 'step');
    app.dispatch({ type: 'select', id: created[0]?.id ?? null }, 'amend');
  } else app.commit(app.state, 'none', 'none');
}

// ---- the node form ------------------------------------------------------------------------------

function select<T extends string>(
  name: string,
  items: readonly T[],
  value: string,
  label: (v: T) => string,
  any?: string,
): HTMLSelectElement {
  return h(
    'select',
    { name, 'data-testid': `node-${name}` },
    ...options(
      items.map((v) => ({ value: v, label: label(v) })),
      value || null,
      any,
    ),
  );
}

/** The form for a new node (`node` null) or an edit of one. */
export async function openNodeForm(app: App, given: ApiNode | null, defaults: { kind?: NodeKind } = {}): Promise<void> {
  const lang = app.lang;
  let node: (ApiNode & { version: number }) | null = null;
  if (given) {
    const now = await app.run(() => current([given.id]));
    node = now?.nodes[0] ?? null;
    if (!node) return;
    app.data.put({ nodes: [node], edges: [] });
  }
  const version = node?.version ?? 0;
  const loaded = await app.run(() => Promise.all([gql('zones'), gql('homeZone')]));
  if (!loaded) return;
  const [{ zones }, home] = loaded;
  const f = nodeForm(node, { ...defaults, zone: home.overview.homeZone?.id ?? '' });
  const label = (v: string) => enumLabel(lang, v);
  const kind = select('kind', NODE_KINDS, f.kind, label);
  if (node) kind.disabled = true;
  const name = h('input', { name: 'name', type: 'text', value: f.name, 'data-testid': 'node-name' });
  const nameEn = h('input', { name: 'nameEn', type: 'text', value: f.nameEn, 'data-testid': 'node-nameEn' });
  const status = select('status', STATUSES, f.status, label);
  const aliases = h('input', { name: 'aliases', type: 'text', value: f.aliases, 'data-testid': 'node-aliases' });
  const tier = select('tier', CLUSTER_TIERS, f.tier, label, '—');
  const zoneKind = select('zoneKind', ZONE_KINDS, f.zoneKind, label, '—');
  const institutionKind = select('institutionKind', INSTITUTION_KINDS, f.institutionKind, label, '—');
  const zoneItems = [...zones].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const zone = h(
    'select',
    { name: 'zone', 'data-testid': 'node-zone' },
    ...options(
      zoneItems.map((z) => ({ value: z.id, label: nodeName(lang, z) })),
      f.zone || null,
      t(lang, 'edit.noZone'),
    ),
  );
  const byKind = {
    tier: field(t(lang, 'details.tier'), tier),
    zoneKind: field(t(lang, 'details.zoneKind'), zoneKind),
    institutionKind: field(t(lang, 'details.institutionKind'), institutionKind),
    zone: field(t(lang, 'edit.zone'), zone),
  };
  const showFor = () => {
    const k = kind.value as NodeKind;
    byKind.tier.hidden = k !== 'CLUSTER';
    byKind.zoneKind.hidden = k !== 'ZONE';
    byKind.institutionKind.hidden = k !== 'INSTITUTION';
    byKind.zone.hidden = !!node || !(k === 'ENTERPRISE' || k === 'INSTITUTION' || k === 'ZONE');
  };
  kind.addEventListener('change', showFor);
  showFor();
  const source = sourceFieldset(app);
  const read = (): NodeForm => ({
    kind: kind.value as NodeKind,
    name: name.value,
    nameEn: nameEn.value,
    status: status.value as G.Status,
    aliases: aliases.value,
    tier: tier.value as NodeForm['tier'],
    zoneKind: zoneKind.value as NodeForm['zoneKind'],
    institutionKind: institutionKind.value as NodeForm['institutionKind'],
    zone: byKind.zone.hidden ? '' : zone.value,
  });
  openModal({
    title: node ? t(lang, 'edit.editTitle', { name: nodeName(lang, node) }) : t(lang, 'edit.newTitle'),
    testid: 'node-form',
    body: [
      h(
        'div',
        { class: 'grid2' },
        field(t(lang, 'details.kind'), kind),
        field(t(lang, 'details.status'), status),
        field(t(lang, 'details.name'), name),
        field(t(lang, 'details.nameEn'), nameEn, node ? undefined : t(lang, 'edit.idHint')),
      ),
      h(
        'div',
        { class: 'grid2' },
        field(t(lang, 'details.aliases'), aliases, t(lang, 'edit.aliasesHint')),
        byKind.zone,
        byKind.tier,
        byKind.zoneKind,
        byKind.institutionKind,
      ),
      source.el,
    ],
    submitLabel: t(lang, node ? 'edit.save' : 'edit.create'),
    cancelLabel: t(lang, 'edit.cancel'),
    submit: async () => {
      const form = read();
      if (node) {
        const patch = patchOf(node, form);
        if (!patch) return { field: 'name', text: t(lang, 'edit.err.nothing') };
        return send(app, [{ action: 'UPDATE_NODE', id: node.id, version, patch }], source.read());
      }
      const made = createChanges(form);
      if ('problem' in made) return problemText(app, made.problem);
      return send(app, made.changes, source.read());
    },
  });
}

// ---- links --------------------------------------------------------------------------------------

/** The relationship types that may join these two kinds, in the schema's order. */
export function typesBetween(from: NodeKind, to: NodeKind): RelType[] {
  return REL_TYPES.filter((r) => {
    const e = REL_ENDPOINTS[r];
    return (!e.from || e.from.includes(from)) && (!e.to || e.to.includes(to));
  });
}

/** Starts drawing a link from `id`: the next node clicked is its other end (Escape stops). */
export function startLink(app: App, id: string): void {
  app.linking = id;
  const n = app.node(id);
  app.banner.info(t(app.lang, 'edit.linkPick', { name: n ? nodeName(app.lang, n) : id }));
  document.querySelector('.graph-wrap')?.classList.add('linking');
  app.render('status');
}

export function stopLink(app: App): void {
  app.linking = null;
  document.querySelector('.graph-wrap')?.classList.remove('linking');
  app.render('status');
}

/** A node clicked while drawing a link: the link's form (false when not drawing one). */
export function linkTap(app: App, id: string): boolean {
  const from = app.linking;
  if (!from) return false;
  stopLink(app);
  if (id !== from && app.data.node(id)) openLinkForm(app, from, id);
  return true;
}

export function openLinkForm(app: App, fromId: string, toId: string): void {
  const lang = app.lang;
  let ends = [fromId, toId] as [string, string];
  const endsLine = h('p', { class: 'link-ends', 'data-testid': 'link-ends' });
  const type = h('select', { name: 'type', 'data-testid': 'link-type' });
  const fill = () => {
    const [a, b] = ends.map((id) => app.node(id)) as [ApiNode, ApiNode];
    endsLine.replaceChildren(h('strong', {}, nodeName(lang, a)), ' → ', h('strong', {}, nodeName(lang, b)));
    const allowed = typesBetween(a.kind, b.kind);
    type.replaceChildren(
      ...(allowed.length
        ? allowed.map((r) => h('option', { value: r }, enumLabel(lang, r)))
        : [h('option', { value: '' }, t(lang, 'edit.noLinkType'))]),
    );
  };
  fill();
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'ghost',
      'data-testid': 'link-swap',
      onclick: () => {
        ends = [ends[1], ends[0]];
        fill();
      },
    },
    t(lang, 'edit.swap'),
  );
  const status = select('status', STATUSES, 'EXISTING', (v) => enumLabel(lang, v));
  const source = sourceFieldset(app);
  openModal({
    title: t(lang, 'edit.linkTitle'),
    testid: 'link-form',
    body: [
      h('div', { class: 'row' }, endsLine, swap),
      h('div', { class: 'grid2' }, field(t(lang, 'details.type'), type), field(t(lang, 'details.status'), status)),
      source.el,
    ],
    submitLabel: t(lang, 'edit.create'),
    cancelLabel: t(lang, 'edit.cancel'),
    submit: async () => {
      if (!type.value) return { field: 'type', text: t(lang, 'edit.noLinkType') };
      const edge: G.EdgeInput = {
        type: type.value as RelType,
        source: ends[0],
        target: ends[1],
        status: status.value as G.Status,
      };
      return send(app, [{ action: 'CREATE_EDGE', edge }], source.read(), (made) => {
        const id = made[0]?.elementId;
        if (id) app.dispatch({ type: 'select', id }, 'step', 'none');
      });
    },
  });
}

/** A relationship's status changed (its type and ends are what it is: to change them, delete it and draw another). */
export async function openEdgeForm(app: App, edge: ApiEdge): Promise<void> {
  const lang = app.lang;
  const ends = [edge.source, edge.target];
  const now = await app.run(() => current(ends, ends));
  const fresh = now?.between.edges.find((e) => e.id === edge.id);
  if (!fresh) {
    if (now) app.banner.info(t(lang, 'edit.gone'));
    return;
  }
  const name = (id: string) => nodeName(lang, app.node(id) ?? ({ name: id } as ApiNode));
  const status = select('status', STATUSES, fresh.status, (v) => enumLabel(lang, v));
  const source = sourceFieldset(app);
  openModal({
    title: t(lang, 'edit.editLinkTitle'),
    testid: 'edge-form',
    body: [
      h(
        'p',
        { class: 'link-ends' },
        h('strong', {}, name(edge.source)),
        ` —${enumLabel(lang, edge.type)}→ `,
        h('strong', {}, name(edge.target)),
      ),
      field(t(lang, 'details.status'), status),
      source.el,
    ],
    submitLabel: t(lang, 'edit.save'),
    cancelLabel: t(lang, 'edit.cancel'),
    submit: async () => {
      if (status.value === fresh.status) return { field: 'status', text: t(lang, 'edit.err.nothing') };
      return send(
        app,
        [
          {
            action: 'UPDATE_EDGE',
            id: edge.id,
            version: fresh.version,
            edgePatch: { status: status.value as G.Status },
          },
        ],
        source.read(),
      );
    },
  });
}

// ---- deleting -----------------------------------------------------------------------------------

export async function confirmDelete(app: App, el: { node: ApiNode } | { edge: ApiEdge }): Promise<void> {
  const lang = app.lang;
  const isNode = 'node' in el;
  const id = isNode ? el.node.id : el.edge.id;
  const now = await app.run(() =>
    isNode ? current([id]) : current([el.edge.source, el.edge.target], [el.edge.source, el.edge.target]),
  );
  if (!now) return;
  const fresh = isNode ? now.nodes.find((n) => n.id === id) : now.between.edges.find((e) => e.id === id);
  if (!fresh) {
    app.banner.info(t(lang, 'edit.gone'));
    return;
  }
  const what = isNode
    ? nodeName(lang, el.node)
    : `${nodeName(lang, app.node(el.edge.source) ?? ({ name: el.edge.source } as ApiNode))} —${enumLabel(lang, el.edge.type)}→ ${nodeName(lang, app.node(el.edge.target) ?? ({ name: el.edge.target } as ApiNode))}`;
  const degree = isNode ? (now.nodes[0]?.degree ?? 0) : 0;
  const source = sourceFieldset(app);
  openModal({
    title: t(lang, isNode ? 'edit.deleteNodeTitle' : 'edit.deleteEdgeTitle'),
    testid: 'delete-form',
    danger: true,
    body: [
      h('p', { 'data-testid': 'delete-what' }, h('strong', {}, what)),
      isNode && degree ? h('p', { class: 'warn' }, t(lang, 'edit.deleteCascade', { n: degree })) : null,
      h('p', { class: 'hint' }, t(lang, 'edit.deleteHint')),
      source.el,
    ].filter((x): x is HTMLElement => !!x),
    submitLabel: t(lang, 'edit.delete'),
    cancelLabel: t(lang, 'edit.cancel'),
    submit: () =>
      send(app, [{ action: isNode ? 'DELETE_NODE' : 'DELETE_EDGE', id, version: fresh.version }], source.read()),
  });
}

// ---- history and undo ---------------------------------------------------------------------------

async function revertAll(app: App, ids: string[]): Promise<void> {
  const made: Change[] = [];
  const done = await app.run(async () => {
    for (const id of ids) made.push((await gql('revertChange', { id })).revertChange);
    return true;
  });
  if (made.length) await refreshAfterEdit(app, made);
  if (done) app.banner.info(t(app.lang, 'edit.undone', { n: made.length }));
}

/** Takes back the newest change set of the viewer's still standing. */
export async function undoLast(app: App): Promise<void> {
  const me = app.viewer;
  if (!me) return;
  // A change set holds at most 500 changes: the newest 500 hold the whole of the last one.
  const mine = await app.run(() => gql('changes', { user: me.name, first: 500 }));
  if (!mine) return;
  const set = lastOwnSet(mine.changes, me.name);
  if (!set.length) {
    app.banner.info(t(app.lang, 'edit.nothingToUndo'));
    return;
  }
  await revertAll(
    app,
    set.map((c) => c.id),
  );
}

/** An element's history (needs a session: the audit trail is for people logged in). */
export function historySection(app: App, elementId: string): HTMLElement | null {
  const me = app.viewer;
  if (!me) return null;
  const lang = app.lang;
  const have = histories.get(elementId);
  if (!have) {
    histories.set(elementId, 'loading');
    gql('changes', { elementId, first: 20 }).then(
      (r) => {
        histories.set(elementId, r.changes);
        app.render('details');
      },
      (e) => {
        histories.set(elementId, e instanceof Error ? e : new Error(String(e)));
        app.render('details');
      },
    );
  }
  const list = Array.isArray(have) ? have : [];
  const body =
    have === undefined || have === 'loading'
      ? h('p', { class: 'hint' }, t(lang, 'graph.loading'))
      : have instanceof Error
        ? h('p', { class: 'hint' }, have.message)
        : list.length === 0
          ? h('p', { class: 'hint' }, t(lang, 'audit.none'))
          : h(
              'ol',
              { class: 'change-list', 'data-testid': 'history-list' },
              ...list.map((c) => {
                const mayUndo =
                  canEdit(me) && !c.reverted && !c.causedBy && (c.user === me.name || me.role === 'ADMIN');
                return h(
                  'li',
                  { class: c.reverted ? 'change reverted' : 'change', 'data-testid': `change-${c.id}` },
                  h(
                    'div',
                    { class: 'change-head' },
                    h('span', { class: 'badge' }, t(lang, `action.${c.action}`)),
                    h('span', {}, c.user),
                    h('time', { datetime: c.at }, new Date(c.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')),
                    c.reverted ? h('span', { class: 'muted' }, t(lang, 'audit.reverted')) : null,
                  ),
                  h(
                    'div',
                    { class: 'change-source' },
                    c.source.quote,
                    c.source.section ? ` · ${c.source.section}` : '',
                  ),
                  mayUndo
                    ? h(
                        'button',
                        {
                          type: 'button',
                          class: 'link',
                          'data-testid': `revert-${c.id}`,
                          onclick: () => void revertAll(app, [c.id]),
                        },
                        t(lang, 'audit.undo'),
                      )
                    : null,
                );
              }),
            );
  return h(
    'section',
    { class: 'history', 'data-testid': 'details-history' },
    h('h3', {}, t(lang, 'audit.title')),
    body,
  );
}
