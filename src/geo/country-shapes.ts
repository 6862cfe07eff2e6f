// Country shapes for the dashboard's map from world-atlas 2.0.2, with Crimea moved from Russia to Ukraine.
import { geoBounds } from "d3-geo";
import type { Feature, Geometry, MultiPolygon } from "geojson";
import codes from "i18n-iso-countries/codes.json" with { type: "json" };
import { feature, merge } from "topojson-client";
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from "topojson-specification";

/** ISO numeric ("804") → alpha-2 ("UA"): world-atlas names countries by their numeric code. */
const ALPHA2 = new Map((codes as string[][]).map((c) => [c[2] as string, c[0] as string]));
const RUSSIA = "643";
const UKRAINE = "804";

export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Whether a polygon lies inside the Crimean peninsula's box (lon 32–37, lat 44–46.3). */
function inCrimea(topology: Countries, polygon: TopoPolygon): boolean {
  const [[west, south], [east, north]] = geoBounds(feature(topology, polygon) as Feature);
  return west > 32 && east < 37 && south > 44 && north < 46.3;
}

/**
 * Country shapes keyed by alpha-2. world-atlas 2.0.2 (Natural Earth) puts Crimea in Russia's MultiPolygon,
 * as one polygon of its own; Ukraine's borders are the internationally recognised ones, so that polygon is
 * taken out of Russia and merged into Ukraine (topojson's merge drops the arcs the two share at Perekop).
 */
export function countryShapes(topology: Countries): Map<string, Feature<Geometry>> {
  const shapes = new Map<string, Feature<Geometry>>();
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as TopoMultiPolygon<{ name: string }> | undefined;
  const ukraine = geometries.find((g) => g.id === UKRAINE);
  const crimea = russia?.arcs.find((arcs) => inCrimea(topology, { type: "Polygon", arcs }));
  for (const g of geometries) {
    const code = ALPHA2.get(String(g.id));
    if (!code) continue;
    if (g === russia && crimea) {
      const rest: TopoMultiPolygon = { type: "MultiPolygon", arcs: russia.arcs.filter((a) => a !== crimea) };
      shapes.set(code, feature(topology, rest) as Feature<Geometry>);
    } else if (g === ukraine && crimea) {
      const whole: MultiPolygon = merge(topology, [
        ukraine as TopoPolygon,
        { type: "Polygon", arcs: crimea },
      ]);
      shapes.set(code, { type: "Feature", properties: {}, geometry: whole });
    } else shapes.set(code, feature(topology, g) as Feature<Geometry>);
  }
  return shapes;
}
