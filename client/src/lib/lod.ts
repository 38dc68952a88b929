/**
 * Level of detail: which renderer draws the graph and how much detail the one stylesheet asks for,
 * decided from the number of drawn elements, the zoom and what the machine's GPU can do.
 *
 * Cytoscape's WebGL renderer only pays off on a real GPU; on a software rasteriser (SwiftShader,
 * llvmpipe — what headless Chromium and many virtual desktops get) it is several times slower
 * than the canvas renderer, so software GL counts as no GPU. Big graphs trade detail for frame
 * rate: straight (haystack) edges without arrows, labels only once zoomed in far enough to read
 * them, edges hidden while the viewport moves, and one canvas pixel per CSS pixel.
 */

export type GpuCapability = 'hardware' | 'software' | 'none';
export type RenderTier = 'detailed' | 'large';

/** Drawn elements (nodes + edges) from which the large-graph options apply. */
export const LARGE_ABOVE = 2_000;
/** Drawn elements from which a hardware GPU takes over (WebGL), when one is present. */
export const WEBGL_ABOVE = 2_000;
/** On large graphs labels appear from this zoom up; below it they would be unreadable anyway. */
export const LARGE_LABEL_ZOOM = 0.75;
/** The node label size in the stylesheet (px at zoom 1). */
export const LABEL_FONT_SIZE = 12;

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render|mesa offscreen|gdi generic/i;

/** What WebGL reported: whether a WebGL 2 context exists and its unmasked renderer string. */
export interface GlProbe {
  webgl2: boolean;
  renderer: string | null;
}

export function classifyGpu(probe: GlProbe): GpuCapability {
  if (!probe.webgl2) return 'none';
  // Without the debug extension the renderer is unknown: assume the safe canvas path.
  if (!probe.renderer) return 'software';
  return SOFTWARE_GL.test(probe.renderer) ? 'software' : 'hardware';
}

export function renderTier(elementCount: number): RenderTier {
  return elementCount > LARGE_ABOVE ? 'large' : 'detailed';
}

/** The renderer options Cytoscape takes at construction (they cannot change afterwards). */
export interface RendererOptions {
  renderer: { name: 'canvas'; webgl: boolean };
  pixelRatio: number | 'auto';
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
}

export type RendererOverride = 'canvas' | 'webgl' | null;

export function rendererOptions(
  elementCount: number,
  gpu: GpuCapability,
  override: RendererOverride = null,
): RendererOptions {
  const large = renderTier(elementCount) === 'large';
  const webgl = override ? override === 'webgl' : gpu === 'hardware' && elementCount > WEBGL_ABOVE;
  return {
    renderer: { name: 'canvas', webgl },
    pixelRatio: large ? 1 : 'auto',
    hideEdgesOnViewport: large,
    // A texture of the whole view pans fast but blurs on zoom; WebGL does not need it.
    textureOnViewport: false,
    // Motion blur redraws extra frames: it costs most exactly where frames are scarce.
    motionBlur: false,
  };
}

/** What the stylesheet draws; `buildStylesheet` reads these and nothing else about size. */
export interface StyleFlags {
  /** Labels are drawn when font size × zoom reaches this (Cytoscape's `min-zoomed-font-size`). */
  minZoomedFontSize: number;
  /** Haystack edges are straight lines without arrows: far cheaper than bezier curves. */
  edgeCurve: 'bezier' | 'haystack';
  arrows: boolean;
  /** Dashed PLANNED edges cost a path per dash; large graphs draw them plain but lighter. */
  dashes: boolean;
  /**
   * Label backgrounds, ellipsis wrapping (a text measurement per character) and node borders:
   * each costs per node per frame or per bounding-box pass; large graphs go without.
   */
  labelDecor: boolean;
}

export function styleFlags(elementCount: number): StyleFlags {
  if (renderTier(elementCount) === 'detailed')
    return { minZoomedFontSize: 6, edgeCurve: 'bezier', arrows: true, dashes: true, labelDecor: true };
  return {
    minZoomedFontSize: LABEL_FONT_SIZE * LARGE_LABEL_ZOOM,
    edgeCurve: 'haystack',
    arrows: false,
    dashes: false,
    labelDecor: false,
  };
}

/** Whether a label of `fontSize` is drawn at `zoom` under `flags` (what Cytoscape decides per frame). */
export function labelsShown(flags: StyleFlags, zoom: number, fontSize = LABEL_FONT_SIZE): boolean {
  return fontSize * zoom >= flags.minZoomedFontSize;
}

/** Reads `?renderer=canvas|webgl` so a user (or the bench) can overrule the detection. */
export function parseRendererOverride(search: string): RendererOverride {
  const v = new URLSearchParams(search).get('renderer');
  return v === 'canvas' || v === 'webgl' ? v : null;
}
