// Where a cluster is: each place the plan gives, resolved to the regions it really designates.
// The one placement rule every view follows (map, finder, compare, nearby, panels, exports):
// - a county the plan names (or a zone placed at its county in clusters.json) is that county;
// - a prefecture the plan names by itself (a bare "新乡") designates the whole prefecture;
// - a zone written under a prefecture lies in the counties the zone gazetteer establishes for it, or,
//   where the gazetteer cannot establish them, somewhere in the prefecture: it is never read as the
//   whole prefecture and never spread over its counties.
import type { RegionIndex, RegionLevel } from './regions';
import type { AdminCode, Cluster, ClusterPlace } from './types';
import { isLocated, type ZoneEntry, type ZoneGazetteer } from './zone-gazetteer';

export type PlacementKind =
  /** A county named directly, or a zone recorded at its county. */
  | 'county'
  /** A zone whose counties the gazetteer establishes. */
  | 'zone-county'
  /** The plan names the prefecture (city) itself. */
  | 'prefecture-whole'
  /** A zone in a prefecture whose county is not established. */
  | 'zone-unlocated';

export interface Placement {
  place: ClusterPlace;
  kind: PlacementKind;
  prefectureCode: AdminCode;
  /** The county-level units the place lies in; empty for prefecture-whole and zone-unlocated. */
  countyCodes: AdminCode[];
  zone: ZoneEntry | null;
}

export interface Placer {
  index: RegionIndex;
  placementsOf: (cluster: Cluster) => readonly Placement[];
}

function resolve(index: RegionIndex, gazetteer: ZoneGazetteer, place: ClusterPlace): Placement | null {
  const zone = place.zone === null ? null : gazetteer.byZone.get(place.zone) ?? null;
  const county = index.countyByCode.get(place.code);
  if (county !== undefined) {
    return { place, kind: 'county', prefectureCode: county.prefectureCode, countyCodes: [county.code], zone };
  }
  const prefecture = index.byCode.get(place.code);
  if (prefecture === undefined || prefecture.level !== 'prefecture') return null;
  if (place.zone === null) return { place, kind: 'prefecture-whole', prefectureCode: prefecture.code, countyCodes: [], zone: null };
  if (zone !== null && isLocated(zone)) {
    // Only counties of the prefecture the plan writes the zone under: a gazetteer row cannot move it.
    const countyCodes = zone.counties.filter((code) => index.countyByCode.get(code)?.prefectureCode === prefecture.code);
    if (countyCodes.length > 0) return { place, kind: 'zone-county', prefectureCode: prefecture.code, countyCodes, zone };
  }
  return { place, kind: 'zone-unlocated', prefectureCode: prefecture.code, countyCodes: [], zone };
}

export function buildPlacer(index: RegionIndex, gazetteer: ZoneGazetteer): Placer {
  const cache = new Map<Cluster, Placement[]>();
  return {
    index,
    placementsOf(cluster) {
      let placements = cache.get(cluster);
      if (placements === undefined) {
        placements = cluster.scope === 'local'
          ? cluster.places.map((place) => resolve(index, gazetteer, place)).filter((entry): entry is Placement => entry !== null)
          : [];
        cache.set(cluster, placements);
      }
      return placements;
    },
  };
}

/**
 * The regions of a level whose figures a cluster counts in, each once. Prefecture level: the
 * prefecture of every place. County level: the counties its places lie in; a cluster named for a whole
 * prefecture or in a zone with no established county counts in no county.
 */
export function regionCodesOf(placer: Placer, level: RegionLevel, cluster: Cluster): AdminCode[] {
  const codes = new Set<AdminCode>();
  for (const placement of placer.placementsOf(cluster)) {
    if (level === 'prefecture') codes.add(placement.prefectureCode);
    else for (const code of placement.countyCodes) codes.add(code);
  }
  return [...codes];
}
