// Loads the fixture folders (test/fixtures/<case>/source.* + expected.json) for the tests and the update script.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/core/doc.js";
import { readInputs } from "../src/input/read-inputs.js";

export const FIXTURES = fileURLToPath(new URL("../../test/fixtures/", import.meta.url));

export interface FixtureCase {
  name: string;
  dir: string;
  source: string;
  expectedPath: string;
  /** Optional settings beside the source: {"published": "...", "url": "..."}, as a caller would pass them. */
  options: Partial<Article>;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const source = readdirSync(dir).find((f) => f.startsWith("source."));
      if (!source) throw new Error(`fixture ${d.name} has no source file`);
      const optionsPath = join(dir, "options.json");
      const options = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, "utf8")) as Partial<Article>)
        : {};
      return {
        name: d.name,
        dir,
        source: join(dir, source),
        expectedPath: join(dir, "expected.json"),
        options,
      };
    });
}

/** The article a fixture stands for: its source read as `extract` reads files, with the case's options. */
export async function fixtureArticle(c: FixtureCase): Promise<Article> {
  for await (const r of readInputs([c.source])) {
    if (r.kind === "article") return { ...r.article, id: c.name, ...c.options };
    throw new Error(`fixture ${c.name}: ${r.problem.message}`);
  }
  throw new Error(`fixture ${c.name}: no article read`);
}
