// Names of the map's sources and layers, shared by the style builder and the map owner.
export const SOURCE = {
  counties: 'counties',
  prefectures: 'prefectures',
  countyBorders: 'county-borders',
  prefectureBorders: 'prefecture-borders',
  outline: 'province-outline',
  labels: 'region-labels',
  basemap: 'basemap',
  marker: 'query-point',
} as const;

export const LAYER = {
  background: 'background',
  basemap: 'basemap',
  countyFill: 'county-fill',
  prefectureFill: 'prefecture-fill',
  prefectureWide: 'prefecture-wide-hatch',
  countyBorders: 'county-borders',
  prefectureBorders: 'prefecture-borders',
  outline: 'province-outline',
  countyHover: 'county-hover',
  prefectureHover: 'prefecture-hover',
  countySelected: 'county-selected',
  prefectureSelected: 'prefecture-selected',
  prefectureLabels: 'prefecture-labels',
  countyLabels: 'county-labels',
  marker: 'query-point',
} as const;

/** The font family that the style declares in `font-faces`: the bundled subset of Noto Sans SC. */
export const LABEL_FONT = 'Atlas Sans';

/** The hatch pattern marking prefectures named as a whole, on the county view. */
export const HATCH_IMAGE = 'hatch';
