// Whether this browser can run MapLibre: MapLibre GL JS 5+ needs WebGL 2, so a WebGL 1 context (old
// drivers, some virtual machines) counts as no WebGL. Probed once, after the SVG map has painted, and
// the probe's context is released at once (browsers allow only a few at a time).
export type WebglSupport = 'webgl2' | 'webgl1-only' | 'none';

export function probeWebgl(): WebglSupport {
  try {
    const canvas = document.createElement('canvas');
    const webgl2 = canvas.getContext('webgl2');
    if (webgl2 !== null) {
      webgl2.getExtension('WEBGL_lose_context')?.loseContext();
      return 'webgl2';
    }
    const webgl1 = document.createElement('canvas').getContext('webgl');
    if (webgl1 !== null) {
      webgl1.getExtension('WEBGL_lose_context')?.loseContext();
      return 'webgl1-only';
    }
    return 'none';
  } catch {
    return 'none';
  }
}
