/**
 * The view's state machine: scenes grow by expands and shrink by collapse, hide and keep-only;
 * the history is a log of actions whose replay always gives the state kept; a link carries the
 * scene exactly, positions included; saved views round-trip through their JSON file.
 */
import { describe, expect, it } from 'vitest';
import { type Action, reduce, selectedIds } from '../../client/src/lib/actions';
import { History } from '../../client/src/lib/history';
import { fromSaved, parseViewsFile, SavedViews, toSaved } from '../../client/src/lib/savedViews';
import { collapse, emptyScene, type Scene } from '../../client/src/lib/scene';
import { BIG_SCENE, decodeScene, encodeScene, packScene, unpackScene } from '../../client/src/lib/sceneCodec';
import { defaultViewState, type ViewState } from '../../client/src/lib/urlState';

const overview: Scene = {
  ...emptyScene(),
  nodes: ['cluster:auto', 'cluster:food', 'zone:dev'],
  positions: { 'cluster:auto': [0, 0], 'cluster:food': [200, 0], 'zone:dev': [100, 150] },
};
const at = (x: number, y: number): [number, number] => [x, y];

function expandAction(id: string, added: string[], relTypes: Action extends never ? never : null = null): Action {
  return {
    type: 'expand',
    id,
    relTypes,
    kinds: null,
    reached: added,
    positions: Object.fromEntries(added.map((a, i) => [a, at(i * 50, 300)])),
    shown: added.length,
    total: added.length,
  };
}

const start = (): ViewState => reduce(defaultViewState(), { type: 'scene', scene: overview });

describe('scene actions', () => {
  it('expand adds only new nodes, keeps the old positions, and records what it added', () => {
    const s = reduce(start(), expandAction('cluster:auto', ['enterprise:hafei', 'zone:dev', 'product:minicar']));
    expect(s.scene.nodes).toEqual(['cluster:auto', 'cluster:food', 'zone:dev', 'enterprise:hafei', 'product:minicar']);
    expect(s.scene.positions['zone:dev']).toEqual([100, 150]);
    expect(s.scene.positions['enterprise:hafei']).toEqual([0, 300]);
    expect(s.scene.expansions[0]?.added).toEqual(['enterprise:hafei', 'product:minicar']);
    expect(s.scene.expansions[0]?.also).toEqual(['zone:dev']);
  });

  it('collapse takes back an expand and, with it, the expands of what it brought', () => {
    let s = reduce(start(), expandAction('cluster:auto', ['enterprise:hafei', 'product:minicar']));
    s = reduce(s, expandAction('enterprise:hafei', ['product:engine']));
    s = reduce(s, expandAction('cluster:food', ['product:minicar', 'enterprise:yili']));
    s = reduce(s, { type: 'collapse', id: 'cluster:auto' });
    // minicar stays: the food expand showed it too. hafei's expand goes with hafei.
    expect(s.scene.nodes).toEqual(['cluster:auto', 'cluster:food', 'zone:dev', 'product:minicar', 'enterprise:yili']);
    expect(s.scene.expansions.map((e) => e.id)).toEqual(['cluster:food']);
  });

  it('collapse keeps pinned nodes', () => {
    let s = reduce(start(), expandAction('cluster:auto', ['enterprise:hafei', 'product:minicar']));
    s = reduce(s, { type: 'pin', ids: ['product:minicar'], on: true });
    s = reduce(s, { type: 'collapse', id: 'cluster:auto' });
    expect(s.scene.nodes).toContain('product:minicar');
    expect(s.scene.nodes).not.toContain('enterprise:hafei');
  });

  it('hide and keep-only drop nodes, their pins and a selection of them', () => {
    let s = reduce(start(), { type: 'select', id: 'cluster:food' });
    s = reduce(s, { type: 'pin', ids: ['cluster:food'], on: true });
    const hidden = reduce(s, { type: 'hide', ids: ['cluster:food'] });
    expect(hidden.scene.nodes).toEqual(['cluster:auto', 'zone:dev']);
    expect(hidden.scene.pinned).toEqual([]);
    expect(hidden.selected).toBeNull();
    const kept = reduce(s, { type: 'keepOnly', ids: ['cluster:food'] });
    expect(kept.scene.nodes).toEqual(['cluster:food']);
    expect(Object.keys(kept.scene.positions)).toEqual(['cluster:food']);
  });

  it('shift-click builds a selection; a plain click replaces it', () => {
    let s = reduce(start(), { type: 'select', id: 'cluster:auto' });
    s = reduce(s, { type: 'select', id: 'cluster:food', additive: true });
    expect(selectedIds(s).sort()).toEqual(['cluster:auto', 'cluster:food']);
    expect(s.selected).toBe('cluster:food');
    s = reduce(s, { type: 'select', id: 'cluster:food', additive: true });
    expect(selectedIds(s)).toEqual(['cluster:auto']);
    s = reduce(s, { type: 'select', id: 'zone:dev' });
    expect(selectedIds(s)).toEqual(['zone:dev']);
  });
});

describe('History', () => {
  it('undoes and redoes steps, amends without a step, and drops the redo tail on a new step', () => {
    const h = new History(start(), reduce);
    h.push(expandAction('cluster:auto', ['enterprise:hafei']));
    h.amend({ type: 'move', positions: { 'enterprise:hafei': at(10, 10) } });
    h.push({ type: 'select', id: 'enterprise:hafei' });
    expect(h.length).toBe(3);
    expect(h.undo().selected).toBeNull();
    expect(h.state.scene.positions['enterprise:hafei']).toEqual([10, 10]);
    expect(h.undo().scene.nodes).toHaveLength(3);
    expect(h.canUndo).toBe(false);
    expect(h.redo().scene.nodes).toHaveLength(4);
    h.push({ type: 'tab', tab: 'gaps' });
    expect(h.canRedo).toBe(false);
    expect(h.state.selected).toBeNull();
  });

  it('replaying the log gives every state kept', () => {
    const h = new History(start(), reduce);
    const log: Action[] = [
      expandAction('cluster:auto', ['enterprise:hafei', 'product:minicar']),
      { type: 'select', id: 'product:minicar' },
      { type: 'pin', ids: ['product:minicar'], on: true },
      { type: 'collapse', id: 'cluster:auto' },
      { type: 'filters', filters: { ...defaultViewState().filters, kinds: ['CLUSTER'] } },
      { type: 'hide', ids: ['cluster:food'] },
    ];
    for (const a of log) h.push(a);
    for (let i = 0; i < h.length; i++) expect(h.replay(i)).toEqual(h.goTo(i));
  });

  it('keeps at most its limit of steps', () => {
    const h = new History(start(), reduce, 5);
    for (let i = 0; i < 9; i++) h.push({ type: 'tab', tab: i % 2 ? 'gaps' : 'paths' });
    expect(h.length).toBe(5);
    expect(h.replay()).toEqual(h.state);
  });
});

describe('scene codec', () => {
  const scene: Scene = {
    base: { kind: 'chain', productId: 'product:minicar' },
    nodes: ['product:minicar', 'enterprise:hafei', 'product:engine'],
    positions: { 'product:minicar': [0, 0], 'enterprise:hafei': [-120, 40], 'product:engine': [130, -60] },
    pinned: ['enterprise:hafei'],
    expansions: [
      {
        id: 'product:minicar',
        relTypes: ['PRODUCES'],
        kinds: ['ENTERPRISE'],
        added: ['enterprise:hafei'],
        also: ['product:engine'],
        shown: 1,
        total: 3,
      },
    ],
    open: ['cluster:auto'],
  };

  it('round-trips a scene exactly through a compressed, link-safe token', async () => {
    const token = await encodeScene(scene);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeScene(token)).toEqual(scene);
  });

  it('keeps a 200-node view within a couple of kilobytes of link', async () => {
    const nodes = Array.from({ length: 200 }, (_, i) => `enterprise:firm-${i}`);
    const big: Scene = {
      ...emptyScene(),
      nodes,
      positions: Object.fromEntries(nodes.map((id, i) => [id, at((i * 37) % 900, (i * 53) % 700)])),
    };
    const token = await encodeScene(big);
    expect(token.length).toBeLessThan(3000);
    expect(await decodeScene(token)).toEqual(big);
  });

  it('writes only the base and expands past BIG_SCENE nodes', () => {
    const nodes = Array.from({ length: BIG_SCENE + 1 }, (_, i) => `product:p${i}`);
    const packed = packScene({ ...emptyScene({ kind: 'whole' }), nodes });
    expect(packed.n).toBeUndefined();
    expect(unpackScene(packed)).toMatchObject({ base: { kind: 'whole' }, nodes: [] });
  });

  it('answers null for tokens that are not scenes', async () => {
    expect(await decodeScene('not a token!')).toBeNull();
    expect(await decodeScene('AAAA')).toBeNull();
    expect(unpackScene({ v: 2 })).toBeNull();
    expect(unpackScene({ v: 1, b: ['x'] })).toBeNull();
  });

  it('collapse of a decoded scene works as on the original', async () => {
    const decoded = (await decodeScene(await encodeScene(scene))) as Scene;
    // hafei is pinned, so it stays; nothing else was added by the expand.
    expect(collapse(decoded, 'product:minicar').nodes).toEqual([
      'product:minicar',
      'enterprise:hafei',
      'product:engine',
    ]);
    expect(collapse(decoded, 'product:minicar').expansions).toEqual([]);
  });
});

describe('saved views', () => {
  const storage = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it('saves, lists by name, replaces a name, deletes, and restores the exact state', () => {
    const views = new SavedViews(storage());
    const s = reduce(reduce(start(), { type: 'select', id: 'zone:dev' }), { type: 'tab', tab: 'gaps' });
    views.save(toSaved(s, ' 汽车 ', new Date('2026-12-01T00:00:00Z'), 'a'));
    views.save(toSaved(start(), '食品', new Date('2026-12-01T00:00:00Z'), 'b'));
    views.save(toSaved(start(), '汽车', new Date('2026-12-02T00:00:00Z'), 'c'));
    // By name in pinyin order: 汽车 (qì) before 食品 (shí); the second 汽车 replaced the first.
    expect(views.list().map((v) => [v.id, v.name])).toEqual([
      ['c', '汽车'],
      ['b', '食品'],
    ]);
    const restored = fromSaved(views.get('c') as never);
    expect(restored?.scene).toEqual(start().scene);
    views.remove('b');
    expect(views.list().map((v) => v.id)).toEqual(['c']);
    const one = toSaved(s, 'x', new Date(), 'x');
    expect(fromSaved(one)).toEqual({ ...s, scene: s.scene });
  });

  it('exports a file another browser imports, and refuses files that are not ours', () => {
    const a = new SavedViews(storage());
    a.save(toSaved(start(), '总览', new Date('2026-12-01T00:00:00Z'), 'v1'));
    const b = new SavedViews(storage());
    expect(b.importFile(a.exportFile())).toEqual({ imported: 1 });
    expect(b.list()).toEqual(a.list());
    expect(b.importFile('{')).toEqual({ error: 'not JSON' });
    expect(b.importFile('{"format":"other"}')).toHaveProperty('error');
    const broken = JSON.parse(a.exportFile());
    broken.views[0].scene = { v: 9 };
    expect(b.importFile(JSON.stringify(broken))).toEqual({ error: 'views[0] is not a saved view' });
    expect(parseViewsFile(a.exportFile())).toHaveProperty('views');
  });
});
