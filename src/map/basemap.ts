// The optional online basemap: off by default, switched on by the user only. Its tiles are WGS-84 web
// mercator, which is why the boundary pipeline converts the source's GCJ-02 coordinates.
import type { RasterSourceSpecification } from 'maplibre-gl';

export const ONLINE_BASEMAP: RasterSourceSpecification = {
  type: 'raster',
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 18,
  attribution: '© OpenStreetMap contributors',
};
