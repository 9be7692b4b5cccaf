// The boundary model: turns data/boundaries/henan.topo.json into what the map and the model use.
// Pure (topojson-client only): the loader hands in the parsed topology, nothing here does I/O.
// Everything is computed once per topology, never per render.
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryObject, Topology, Transform } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { AdminCode, CountyProperties, PrefectureProperties } from './types';

/** Label anchor [longitude, latitude], computed at build time inside the largest part of the shape. */
export interface Labelled {
  label: [number, number];
}

export type CountyFeatureProperties = CountyProperties & Labelled;
export type PrefectureFeatureProperties = PrefectureProperties & Labelled;

/** A county or prefecture in the topology: arcs of a Polygon or MultiPolygon, plus properties. */
export type AreaGeometry<Properties> =
  | { type: 'Polygon'; arcs: number[][]; properties: Properties }
  | { type: 'MultiPolygon'; arcs: number[][][]; properties: Properties };

/** The shape of data/boundaries/henan.topo.json: two objects sharing one set of arcs. */
export interface BoundaryTopology {
  type: 'Topology';
  bbox?: number[];
  transform?: Transform;
  arcs: number[][][];
  objects: {
    counties: { type: 'GeometryCollection'; geometries: AreaGeometry<CountyFeatureProperties>[] };
    prefectures: { type: 'GeometryCollection'; geometries: AreaGeometry<PrefectureFeatureProperties>[] };
  };
}

export type AreaFeature<Properties> = Feature<Polygon | MultiPolygon, Properties> & { id: number };

export interface Boundaries {
  counties: FeatureCollection<Polygon | MultiPolygon, CountyFeatureProperties> & { features: AreaFeature<CountyFeatureProperties>[] };
  prefectures: FeatureCollection<Polygon | MultiPolygon, PrefectureFeatureProperties> & { features: AreaFeature<PrefectureFeatureProperties>[] };
  /** Borders between two counties, each drawn once. */
  countyBorders: MultiLineString;
  /** Borders between two prefectures (a subset of countyBorders). */
  prefectureBorders: MultiLineString;
  /** The province's outer boundary. */
  outline: MultiLineString;
  /** Codes of the units sharing a border, for counties and prefectures alike (codes do not collide). */
  neighbours: Map<AdminCode, AdminCode[]>;
  /** [west, south, east, north] of all counties. */
  bbox: [number, number, number, number];
}

// topojson-specification types properties as an index signature our interfaces do not have; the
// structure is the same, so the topology is handed to topojson-client through these two casts.
const asTopology = (topology: BoundaryTopology) => topology as unknown as Topology;
const asGeometries = (geometries: AreaGeometry<unknown>[]) => geometries as unknown as GeometryObject[];

function areaFeatures<Properties extends { code: AdminCode }>(topology: BoundaryTopology, geometries: AreaGeometry<Properties>[]): AreaFeature<Properties>[] {
  return geometries.map((geometry) => {
    const areaFeature = feature(asTopology(topology), asGeometries([geometry])[0]) as unknown as Feature<Polygon | MultiPolygon, Properties>;
    // A numeric id lets MapLibre address each feature with feature-state.
    // Properties are copied so that nobody mutates the topology through a feature.
    return { ...areaFeature, properties: { ...geometry.properties }, id: Number.parseInt(geometry.properties.code, 10) };
  });
}

function addNeighbours<Properties extends { code: AdminCode }>(neighbours: Map<AdminCode, AdminCode[]>, geometries: AreaGeometry<Properties>[]): void {
  neighbors(asGeometries(geometries)).forEach((indexes, index) => {
    neighbours.set(geometries[index].properties.code, indexes.map((other) => geometries[other].properties.code).sort());
  });
}

function boundingBox(collections: FeatureCollection[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (position: number[]) => {
    box[0] = Math.min(box[0], position[0]);
    box[1] = Math.min(box[1], position[1]);
    box[2] = Math.max(box[2], position[0]);
    box[3] = Math.max(box[3], position[1]);
  };
  for (const collection of collections) {
    for (const { geometry } of collection.features) {
      if (geometry.type === 'Polygon') geometry.coordinates.flat().forEach(extend);
      else if (geometry.type === 'MultiPolygon') geometry.coordinates.flat(2).forEach(extend);
    }
  }
  return box;
}

/** Builds features, borders, neighbours and extent from the boundary topology; does not change it. */
export function buildBoundaries(topology: BoundaryTopology): Boundaries {
  const countyGeometries = topology.objects.counties.geometries;
  const prefectureGeometries = topology.objects.prefectures.geometries;
  const counties = { type: 'FeatureCollection' as const, features: areaFeatures(topology, countyGeometries) };
  const prefectures = { type: 'FeatureCollection' as const, features: areaFeatures(topology, prefectureGeometries) };
  const countyObject = topology.objects.counties as unknown as GeometryObject;
  const prefectureOf = (geometry: GeometryObject) => (geometry.properties as CountyFeatureProperties | undefined)?.prefectureCode;
  const neighbours = new Map<AdminCode, AdminCode[]>();
  addNeighbours(neighbours, countyGeometries);
  addNeighbours(neighbours, prefectureGeometries);
  return {
    counties,
    prefectures,
    // mesh hands an arc used by one geometry only (the outside) over as a === b.
    countyBorders: mesh(asTopology(topology), countyObject, (left, right) => left !== right),
    prefectureBorders: mesh(asTopology(topology), countyObject, (left, right) => prefectureOf(left) !== prefectureOf(right)),
    outline: mesh(asTopology(topology), countyObject, (left, right) => left === right),
    neighbours,
    bbox: boundingBox([counties]),
  };
}
