// Tests the map's country shapes: Crimea belongs to Ukraine's shape and not to Russia's.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { geoContains } from "d3-geo";
import type { Countries } from "../src/geo/country-shapes.js";
import { countryShapes } from "../src/geo/country-shapes.js";

const world = createRequire(import.meta.url)("world-atlas/countries-110m.json") as Countries;
const SIMFEROPOL: [number, number] = [34.1, 44.95];
const KERCH: [number, number] = [36.4, 45.3];
const MOSCOW: [number, number] = [37.6, 55.75];
const KYIV: [number, number] = [30.5, 50.45];

test("Crimea is drawn inside Ukraine, and Russia keeps the rest of its land", () => {
  const shapes = countryShapes(world);
  const ua = shapes.get("UA");
  const ru = shapes.get("RU");
  assert.ok(ua && ru);
  for (const point of [SIMFEROPOL, KERCH, KYIV]) assert.ok(geoContains(ua, point), `UA contains ${point}`);
  for (const point of [SIMFEROPOL, KERCH]) assert.ok(!geoContains(ru, point), `RU does not contain ${point}`);
  assert.ok(geoContains(ru, MOSCOW));
  assert.ok(shapes.size > 150, "every country with an ISO code is drawn");
});
