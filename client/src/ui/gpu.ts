/** Probes WebGL 2 once: is there a context, and which renderer (hardware or a software rasteriser)? */
import { classifyGpu, type GpuCapability } from '../lib/lod';

let cached: GpuCapability | null = null;

export function detectGpu(): GpuCapability {
  if (cached) return cached;
  let renderer: string | null = null;
  let webgl2 = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (gl) {
      webgl2 = true;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    webgl2 = false;
  }
  cached = classifyGpu({ webgl2, renderer });
  return cached;
}
