// Runs every fixture article through `extract` and checks it against its reviewed expected.json.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { analyse, toLedger } from "../src/extract/pipeline.js";
import { fixtureArticle, fixtureCases } from "./fixture-cases.js";

const CLI = fileURLToPath(new URL("../../bin/pledgewire", import.meta.url));

for (const c of fixtureCases()) {
  test(`fixture ${c.name}: events as reviewed`, async () => {
    assert.ok(existsSync(c.expectedPath), `${c.name}: run npm run fixtures:update and review expected.json`);
    const expected: unknown = JSON.parse(readFileSync(c.expectedPath, "utf8"));
    const actual: unknown = JSON.parse(JSON.stringify(toLedger(analyse(await fixtureArticle(c)))));
    assert.deepEqual(actual, expected);
  });

  test(`fixture ${c.name}: every evidence text is the slice of \`extract --text\` it points at`, async () => {
    const printed = execFileSync(CLI, ["extract", "--text", c.source], { encoding: "utf8" });
    const { events } = toLedger(analyse(await fixtureArticle(c)));
    for (const e of events) {
      assert.ok(e.evidence.length > 0, "an event without evidence");
      for (const ev of e.evidence) assert.equal(printed.slice(ev.start, ev.end), ev.text);
    }
  });
}
