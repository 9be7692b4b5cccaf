// Colours of the map that are not data classes: two palettes, screen and projector (high contrast).
export interface MapPalette {
  background: string;
  countyBorder: string;
  prefectureBorder: string;
  outline: string;
  hover: string;
  selected: string;
  labelText: string;
  labelHalo: string;
  fillOpacity: number;
}

export const SCREEN_PALETTE: MapPalette = {
  background: '#f4f1ea',
  countyBorder: '#ffffff',
  prefectureBorder: '#4a4a4a',
  outline: '#1f1f1f',
  hover: '#111111',
  selected: '#d7301f',
  labelText: '#1a1a1a',
  labelHalo: 'rgba(255,255,255,0.9)',
  fillOpacity: 0.88,
};

/** For projectors: darker borders, thicker halos, opaque fills; read from the back of a room. */
export const PROJECTOR_PALETTE: MapPalette = {
  background: '#ffffff',
  countyBorder: '#ffffff',
  prefectureBorder: '#000000',
  outline: '#000000',
  hover: '#000000',
  selected: '#b30000',
  labelText: '#000000',
  labelHalo: '#ffffff',
  fillOpacity: 1,
};
