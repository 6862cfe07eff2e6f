// The world map of donors: d3-geo over world-atlas 2.0.2, with Crimea drawn as part of Ukraine.
import { geoBounds, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import { feature, merge } from "topojson-client";
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from "topojson-specification";
import codes from "i18n-iso-countries/codes.json";
import type { StatRow } from "../../src/server/data.js";
import { svg } from "./dom.js";
import { euros } from "./format.js";

/** ISO numeric ("804") → alpha-2 ("UA"): world-atlas names countries by their numeric code. */
const ALPHA2 = new Map((codes as string[][]).map((c) => [c[2] as string, c[0] as string]));
const RUSSIA = "643";
const UKRAINE = "804";

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

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

let cached: Promise<Map<string, Feature<Geometry>>> | null = null;

/** The 110m atlas is fetched once, from this server (the CSP allows nothing else). */
function shapes(): Promise<Map<string, Feature<Geometry>>> {
  cached ??= fetch("/assets/countries-110m.json")
    .then((r) => {
      if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
      return r.json() as Promise<Countries>;
    })
    .then(countryShapes);
  return cached;
}

const WIDTH = 900;
const HEIGHT = 440;

/** Donors shaded by euros committed plus delivered; recipients outlined. */
export async function donorMap(
  donors: readonly StatRow[],
  recipients: readonly StatRow[],
): Promise<SVGElement> {
  const all = await shapes();
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], {
    type: "FeatureCollection",
    features: [...all.values()],
  } as FeatureCollection);
  const path = geoPath(projection);
  const total = new Map(donors.map((r) => [r.key, r.committed_eur + r.delivered_eur]));
  const max = Math.max(1, ...total.values());
  const receiving = new Set(recipients.map((r) => r.key));
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "map",
    role: "img",
    "aria-label": "World map of donors",
  });
  for (const [code, shape] of all) {
    const value = total.get(code);
    const d = path(shape);
    if (!d) continue;
    // Square-root shading, so a small donor still shows beside a large one.
    const level = value === undefined ? 0 : 0.15 + 0.85 * Math.sqrt(value / max);
    const cls = ["country", value !== undefined ? "donor" : "", receiving.has(code) ? "recipient" : ""]
      .filter(Boolean)
      .join(" ");
    const el = svg("path", {
      d,
      class: cls,
      "data-code": code,
      "fill-opacity": value === undefined ? 1 : level.toFixed(2),
    });
    el.appendChild(
      svg(
        "title",
        {},
        `${code}${value === undefined ? "" : `: ${euros(value)} committed and delivered`}${receiving.has(code) ? " (recipient)" : ""}`,
      ),
    );
    root.appendChild(el);
  }
  return root;
}
