// Regenerates test/fixtures/<case>/expected.json from the current extractor, so changes show as a diff to review.
import { writeFileSync } from "node:fs";
import { analyse, toLedger } from "../src/extract/pipeline.js";
import { fixtureArticle, fixtureCases } from "../test/fixture-cases.js";

const only = process.argv.slice(2);
for (const c of fixtureCases()) {
  if (only.length && !only.includes(c.name)) continue;
  const ledger = toLedger(analyse(await fixtureArticle(c)));
  writeFileSync(c.expectedPath, JSON.stringify(ledger, null, 2) + "\n");
  console.log(`${c.name}: ${ledger.events.length} events written; review the diff before committing`);
}
