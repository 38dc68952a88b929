/** The editing forms' rules without the DOM (client/src/lib/editing.ts). */
import { describe, expect, it } from 'vitest';
import {
  type Change,
  createChanges,
  emptySource,
  fieldOf,
  lastOwnSet,
  newNodeId,
  nodeForm,
  patchOf,
  sourceInput,
  touched,
} from '../../client/src/lib/editing';
import type { ApiNode } from '../../client/src/lib/types';
import { makeNodeId } from '../../server/store/editing';

const node: ApiNode = {
  id: 'enterprise:hafei-auto',
  kind: 'ENTERPRISE',
  name: '哈飞汽车',
  nameEn: 'Hafei Auto',
  nameEnStated: true,
  aliases: ['哈飞'],
  status: 'EXISTING',
  degree: 3,
  sources: [],
};

const change = (over: Partial<Change>): Change => ({
  id: '1',
  at: '2026-12-02T01:00:00.000Z',
  user: 'alice',
  action: 'CREATE_NODE',
  elementId: 'enterprise:x',
  before: null,
  after: '{}',
  source: { quote: 'q', section: 's', stated: true, note: null, document: null, url: null, date: null },
  reverted: false,
  revertOf: null,
  causedBy: null,
  version: 1,
  ...over,
});

describe('the source of a change', () => {
  it('takes a quote with its document or section, or a note with a URL or a date', () => {
    const s = emptySource('2026-12-02');
    expect(sourceInput({ ...s, date: '' })).toEqual({ problem: { field: 'quote', key: 'edit.err.source' } });
    expect(sourceInput({ ...s, quote: '签约入驻', date: '' })).toEqual({
      problem: { field: 'document', key: 'edit.err.source' },
    });
    expect(sourceInput({ ...s, quote: ' 签约入驻 ', section: '第1页' })).toMatchObject({
      source: { quote: '签约入驻', section: '第1页', date: '2026-12-02', document: null, stated: true },
    });
    expect(sourceInput({ ...s, note: '登记信息' })).toMatchObject({ source: { note: '登记信息' } });
  });

  it('refuses what the server would: a URL that is not http(s), a date in another form, an implied fact without a note', () => {
    const s = { ...emptySource('2026-12-02'), note: 'n' };
    expect(sourceInput({ ...s, url: 'ftp://x' })).toEqual({ problem: { field: 'url', key: 'edit.err.url' } });
    expect(sourceInput({ ...s, date: '2026/12/02' })).toEqual({ problem: { field: 'date', key: 'edit.err.date' } });
    expect(sourceInput({ ...s, note: '', quote: 'q', section: 's', stated: false })).toEqual({
      problem: { field: 'note', key: 'edit.err.impliedNote' },
    });
  });
});

describe('a new node', () => {
  it('is one change set: the node with the id the server would make, and its location', () => {
    const f = { ...nodeForm(null, { zone: 'zone:hdz' }), name: '哈尔滨热管科技', nameEn: 'Harbin Heat-Pipe Tech.' };
    const made = createChanges(f);
    expect(made).toEqual({
      id: 'enterprise:harbin-heat-pipe-tech',
      changes: [
        {
          action: 'CREATE_NODE',
          node: {
            id: 'enterprise:harbin-heat-pipe-tech',
            kind: 'ENTERPRISE',
            name: '哈尔滨热管科技',
            nameEn: 'Harbin Heat-Pipe Tech.',
            status: 'EXISTING',
            aliases: [],
          },
        },
        {
          action: 'CREATE_EDGE',
          edge: {
            type: 'LOCATED_IN',
            source: 'enterprise:harbin-heat-pipe-tech',
            target: 'zone:hdz',
            status: 'EXISTING',
          },
        },
      ],
    });
    expect(newNodeId('ENTERPRISE', 'Harbin Heat-Pipe Tech.')).toBe(
      makeNodeId('ENTERPRISE', '哈尔滨热管科技', 'Harbin Heat-Pipe Tech.'),
    );
  });

  it('has no location when it is a product, and a zone is PART_OF its zone', () => {
    const product = createChanges({
      ...nodeForm(null, { kind: 'PRODUCT', zone: 'zone:hdz' }),
      name: '热管',
      nameEn: 'Heat pipe',
    });
    expect('changes' in product && product.changes).toHaveLength(1);
    const zone = createChanges({
      ...nodeForm(null, { kind: 'ZONE', zone: 'zone:hdz' }),
      name: '新园',
      nameEn: 'New park',
    });
    expect('changes' in zone && zone.changes[1]).toMatchObject({ edge: { type: 'PART_OF', target: 'zone:hdz' } });
  });

  it('needs a name and an English name with letters or digits', () => {
    const f = nodeForm(null);
    expect(createChanges(f)).toEqual({ problem: { field: 'name', key: 'edit.err.name' } });
    expect(createChanges({ ...f, name: '热管' })).toEqual({ problem: { field: 'nameEn', key: 'edit.err.nameEn' } });
    expect(createChanges({ ...f, name: '热管', nameEn: '热管' })).toEqual({
      problem: { field: 'nameEn', key: 'edit.err.nameEnSlug' },
    });
  });
});

describe('an edit', () => {
  it('sends only the fields that changed', () => {
    const f = nodeForm(node);
    expect(patchOf(node, f)).toBeNull();
    expect(patchOf(node, { ...f, status: 'PLANNED', aliases: '哈飞、哈飞集团' })).toEqual({
      status: 'PLANNED',
      aliases: ['哈飞', '哈飞集团'],
    });
    expect(patchOf(node, { ...f, name: ' 哈飞汽车股份 ' })).toEqual({ name: '哈飞汽车股份' });
  });
});

describe('a refusal names the field', () => {
  it('from the argument the server gives', () => {
    expect(fieldOf('changes.0.node.nameEn')).toBe('nameEn');
    expect(fieldOf('source.url')).toBe('url');
    expect(fieldOf('source')).toBe('quote');
    expect(fieldOf('changes.1.edge')).toBeNull();
    expect(fieldOf(undefined)).toBeNull();
  });
});

describe('undo my last change', () => {
  it('takes back the newest set of mine still standing, without what came with another, and never a revert', () => {
    const t1 = '2026-12-02T01:00:00.000Z';
    const t2 = '2026-12-02T02:00:00.000Z';
    const t3 = '2026-12-02T03:00:00.000Z';
    const list = [
      change({ id: '9', at: t3, user: 'bob' }),
      change({ id: '8', at: t3, user: 'alice', revertOf: '5' }),
      change({ id: '7', at: t2, user: 'alice', action: 'DELETE_EDGE', causedBy: '6' }),
      change({ id: '6', at: t2, user: 'alice', action: 'DELETE_NODE' }),
      change({ id: '5', at: t1, user: 'alice', reverted: true }),
    ];
    expect(lastOwnSet(list, 'alice').map((c) => c.id)).toEqual(['6']);
    const later = list.map((c) => (c.id === '6' || c.id === '7' ? { ...c, reverted: true } : c));
    expect(lastOwnSet(later, 'alice')).toEqual([]);
    expect(lastOwnSet(list, 'carol')).toEqual([]);
  });
});

describe('what a change touches', () => {
  it('loads changed nodes and both ends of a relationship again, and forgets what is gone', () => {
    const edge = JSON.stringify({ id: 'a-[PRODUCES]->b', source: 'enterprise:a', target: 'product:b' });
    expect(
      touched([
        change({ elementId: 'enterprise:a' }),
        change({ action: 'CREATE_EDGE', elementId: 'a-[PRODUCES]->b', after: edge }),
        change({ action: 'DELETE_NODE', elementId: 'product:c', before: '{}', after: null }),
        change({
          action: 'DELETE_EDGE',
          elementId: 'c-[INPUT_TO]->d',
          before: JSON.stringify({ source: 'product:c', target: 'product:d' }),
          after: null,
        }),
      ]),
    ).toEqual({
      nodes: ['enterprise:a', 'product:b', 'product:d'],
      edgeEnds: ['enterprise:a', 'product:b', 'product:c', 'product:d'],
      removed: ['product:c', 'c-[INPUT_TO]->d'],
    });
  });
});
