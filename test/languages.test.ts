// Conformance: every language folder brings its own reviewed examples, and reads them as its own language.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../src/extract/pipeline.js";
import { languages } from "../src/extract/lang/index.js";
import { fixtureArticle, fixtureCases } from "./fixture-cases.js";

/** Each language's fixtures are the folders named "<code>-<case>". */
const MIN_FIXTURES = 10;

for (const [code, pack] of languages) {
  const cases = fixtureCases().filter((c) => c.name.startsWith(`${code}-`));

  test(`${code}: has at least ${MIN_FIXTURES} fixture documents`, () => {
    assert.ok(cases.length >= MIN_FIXTURES, `${code} has ${cases.length} fixtures`);
  });

  test(`${code}: the pack fills every part`, () => {
    assert.equal(pack.code, code);
    assert.ok(pack.functionWords.size > 0, "function words");
    assert.ok(pack.items.categories.length > 0, "item categories");
    assert.ok(pack.events.instruments.length > 0, "instruments");
  });

  test(`${code}: its fixtures are read as ${code} and yield every kind of event`, async () => {
    const kinds = new Set<string>();
    for (const c of cases) {
      const doc = analyse(await fixtureArticle(c));
      assert.equal(doc.languages()[0], code, `${c.name} is read as ${doc.languages()[0]}`);
      for (const e of doc.events) kinds.add(e.type);
    }
    for (const kind of ["agreement", "pledge", "delivery"])
      assert.ok(kinds.has(kind), `${code}: no ${kind} found`);
  });
}
