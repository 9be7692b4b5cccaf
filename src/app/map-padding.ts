// Room around the fitted map, shared by the app and the build-time prerender of the default view.
// Room on the left for the legend, which sits in the map's top-left corner (less on narrow screens,
// where the legend is smaller and every pixel of map counts).
export const MAP_PADDING = { top: 40, right: 24, bottom: 24, left: 120 };
export const NARROW_MAP_PADDING = { top: 24, right: 12, bottom: 12, left: 12 };
export const PRESENT_PADDING = { top: 24, right: 24, bottom: 24, left: 300 };
