// The world map of donors: d3-geo over world-atlas 2.0.2, with Crimea drawn as part of Ukraine.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Countries } from "../../src/geo/country-shapes.js";
import { countryShapes } from "../../src/geo/country-shapes.js";
import type { StatRow } from "../../src/server/data.js";
import { svg } from "./dom.js";
import { euros } from "./format.js";

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
