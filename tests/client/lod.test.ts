import { describe, expect, it } from 'vitest';
import {
  classifyGpu,
  LARGE_ABOVE,
  LARGE_LABEL_ZOOM,
  labelsShown,
  parseRendererOverride,
  rendererOptions,
  renderTier,
  styleFlags,
} from '../../client/src/lib/lod';
import { buildStylesheet } from '../../client/src/lib/stylesheet';

describe('GPU capability', () => {
  it('treats software rasterisers and a missing renderer string as no usable GPU', () => {
    expect(classifyGpu({ webgl2: false, renderer: 'NVIDIA GeForce RTX 3060' })).toBe('none');
    expect(
      classifyGpu({
        webgl2: true,
        renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader)',
      }),
    ).toBe('software');
    expect(classifyGpu({ webgl2: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' })).toBe('software');
    expect(classifyGpu({ webgl2: true, renderer: 'Microsoft Basic Render Driver' })).toBe('software');
    expect(classifyGpu({ webgl2: true, renderer: null })).toBe('software');
    expect(classifyGpu({ webgl2: true, renderer: 'ANGLE (Intel, Intel(R) UHD Graphics 620, D3D11)' })).toBe('hardware');
  });
});

describe('renderer options', () => {
  it('keeps small graphs detailed on the canvas renderer at the device pixel ratio', () => {
    expect(renderTier(LARGE_ABOVE)).toBe('detailed');
    expect(rendererOptions(500, 'hardware')).toMatchObject({
      renderer: { name: 'canvas', webgl: false },
      pixelRatio: 'auto',
      hideEdgesOnViewport: false,
    });
  });

  it('uses WebGL for large graphs only on a hardware GPU', () => {
    const n = LARGE_ABOVE + 1;
    expect(renderTier(n)).toBe('large');
    expect(rendererOptions(n, 'hardware').renderer.webgl).toBe(true);
    expect(rendererOptions(n, 'software').renderer.webgl).toBe(false);
    expect(rendererOptions(n, 'none').renderer.webgl).toBe(false);
    expect(rendererOptions(n, 'software')).toMatchObject({
      pixelRatio: 1,
      hideEdgesOnViewport: true,
      motionBlur: false,
    });
  });

  it('lets ?renderer= overrule the detection either way', () => {
    expect(parseRendererOverride('?bench&renderer=webgl')).toBe('webgl');
    expect(parseRendererOverride('?renderer=canvas')).toBe('canvas');
    expect(parseRendererOverride('?renderer=svg')).toBeNull();
    expect(rendererOptions(10, 'none', 'webgl').renderer.webgl).toBe(true);
    expect(rendererOptions(50_000, 'hardware', 'canvas').renderer.webgl).toBe(false);
  });
});

describe('style flags', () => {
  it('draws curved, arrowed, dashed edges and small labels on small graphs', () => {
    const f = styleFlags(100);
    expect(f).toMatchObject({ edgeCurve: 'bezier', arrows: true, dashes: true });
    expect(labelsShown(f, 0.6)).toBe(true);
  });

  it('on large graphs draws straight edges without arrows and hides labels below the label zoom', () => {
    const f = styleFlags(LARGE_ABOVE + 1);
    expect(f).toMatchObject({ edgeCurve: 'haystack', arrows: false, dashes: false });
    expect(labelsShown(f, LARGE_LABEL_ZOOM)).toBe(true);
    expect(labelsShown(f, LARGE_LABEL_ZOOM * 0.9)).toBe(false);
  });

  it('reaches the one stylesheet: same selectors, different detail', () => {
    const small = buildStylesheet(styleFlags(0)) as { selector: string; style: Record<string, unknown> }[];
    const large = buildStylesheet(styleFlags(LARGE_ABOVE + 1)) as typeof small;
    expect(large.map((r) => r.selector)).toEqual(small.map((r) => r.selector));
    const edge = (s: typeof small) => s.find((r) => r.selector === 'edge')?.style;
    expect(edge(small)).toMatchObject({ 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' });
    expect(edge(large)).toMatchObject({ 'curve-style': 'haystack', 'target-arrow-shape': 'none' });
  });
});
