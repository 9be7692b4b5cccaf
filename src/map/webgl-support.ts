// Whether this browser can run MapLibre: MapLibre GL JS 5+ needs WebGL 2, so a WebGL 1 context (old
// drivers, some virtual machines) counts as no WebGL.
export type WebglSupport = 'webgl2' | 'webgl1-only' | 'none';

/**
 * Whether the browser has the WebGL 2 API at all: free to ask, unlike creating a context, which on
 * software GL costs seconds of main thread (measured: ~2.5 s on this 2-core machine under load), the
 * same cost MapLibre pays again for its own context. So the map tries MapLibre when the API is there
 * and probes (below) only to say why when MapLibre could not start.
 */
export function hasWebgl2Api(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

/** Creates (and at once releases: browsers allow few) a context of each kind: slow, see above. */
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
