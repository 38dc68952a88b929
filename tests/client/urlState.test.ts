import { describe, expect, it } from 'vitest';
import { emptyScene } from '../../client/src/lib/scene';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  legacyScene,
  sceneToken,
  type ViewState,
} from '../../client/src/lib/urlState';

describe('URL view state', () => {
  it('encodes the default view as an empty hash', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
    expect(decodeViewState('')).toEqual(defaultViewState());
  });

  it('round-trips every field', () => {
    const s: ViewState = {
      lang: 'en',
      tab: 'paths',
      selected: 'enterprise:hafei-auto',
      selection: ['cluster:auto', 'product:minicar'],
      filters: {
        kinds: ['CLUSTER', 'ENTERPRISE'],
        tiers: ['HIGH_TECH'],
        zones: ['zone:haping-road'],
        relTypes: ['SUPPLIES', 'INPUT_TO'],
        statuses: ['PLANNED'],
      },
      paths: {
        from: 'institution:hit',
        to: 'enterprise:hafei-auto',
        lens: 'COOPERATION',
        maxHops: 3,
        index: 2,
        maxDegree: 15,
      },
      partners: { product: 'product:minicar', row: 1 },
      gaps: {
        kind: 'MISSING_SUPPLIER',
        severity: 'HIGH',
        cluster: 'cluster:auto',
        zone: 'zone:haping-road',
        gap: 'gap:1',
      },
      sizeBy: 'indicator:enterprises-2005',
      indicators: { subject: 'zone:hdz' },
      scene: emptyScene(),
    };
    const hash = encodeViewState(s, 'c2NlbmU');
    expect(hash.startsWith('#')).toBe(true);
    expect(decodeViewState(hash)).toEqual(s);
    expect(sceneToken(hash)).toBe('c2NlbmU');
  });

  it('reads the chain and expands of links written by the previous version', () => {
    const old = '#sel=enterprise%3Ahafei-auto&exp=cluster%3Aauto,enterprise%3Ahafei-auto&chain=product%3Aminicar';
    expect(legacyScene(old)).toEqual({ chain: 'product:minicar', expanded: ['cluster:auto', 'enterprise:hafei-auto'] });
    expect(decodeViewState(old).scene.base).toEqual({ kind: 'chain', productId: 'product:minicar' });
    expect(sceneToken(old)).toBeNull();
  });

  it('writes only what differs from the defaults', () => {
    const s = defaultViewState();
    s.lang = 'en';
    s.selected = 'product:minicar';
    expect(encodeViewState(s)).toBe('#lang=en&sel=product%3Aminicar');
  });

  it('keeps an explicitly empty filter list apart from the default', () => {
    const s = defaultViewState();
    s.filters.statuses = [];
    expect(decodeViewState(encodeViewState(s)).filters.statuses).toEqual([]);
  });

  it('falls back to defaults for malformed or unknown values', () => {
    const s = decodeViewState(
      '#lang=fr&tab=nope&hops=99&lens=X&kinds=CLUSTER,BOGUS&gkind=nope&path=abc&row=-4&size=indicator:DROP&deg=x',
    );
    const d = defaultViewState();
    expect(s.lang).toBe('zh');
    expect(s.tab).toBe('explore');
    expect(s.paths.maxHops).toBe(6);
    expect(s.paths.lens).toBe(d.paths.lens);
    expect(s.paths.index).toBe(0);
    expect(s.filters.kinds).toEqual(['CLUSTER']);
    expect(s.gaps.kind).toBeNull();
    expect(s.partners.row).toBe(0);
    expect(s.sizeBy).toBe('kind');
    expect(s.paths.maxDegree).toBe(50);
  });

  it('accepts a hash with or without the leading #', () => {
    expect(decodeViewState('tab=gaps').tab).toBe('gaps');
    expect(decodeViewState('#tab=gaps').tab).toBe('gaps');
  });
});
