// What the store keeps of one extraction, and the extractor version that says when it is stale.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../core/doc.js";
import type { LedgerDocument } from "../core/ledger.js";

/** The ledger document plus what the dashboard needs beside it: the text evidence indexes, names. */
export interface Extraction {
  ledger: LedgerDocument;
  /** The cleaned text `ledger`'s evidence offsets index. */
  cleanText: string;
  /** One entry per state or organisation: {code: "LT", kind: "state", mentions: 3}. */
  entities: { code: string; kind: string; mentions: number }[];
  officials: { name: string | null; role: string; code: string | null; start: number; end: number }[];
}

/** Runs the pipeline on one article. The pipeline is loaded on first use: help and errors need none. */
export async function extractForStore(article: Article): Promise<Extraction> {
  const { analyse, toLedger } = await import("../extract/pipeline.js");
  const doc = analyse(article);
  const entities = new Map<string, Extraction["entities"][number]>();
  for (const e of doc.entities) {
    const seen = entities.get(e.code);
    if (seen) seen.mentions++;
    else entities.set(e.code, { code: e.code, kind: e.kind, mentions: 1 });
  }
  return {
    ledger: toLedger(doc),
    cleanText: doc.text,
    entities: [...entities.values()],
    officials: doc.officials.map(({ name, role, code, start, end }) => ({ name, role, code, start, end })),
  };
}

let version: string | null = null;

/**
 * "0.1.0+3f9c2a71d0e4": the package version and a hash of the compiled extraction code (src/extract and
 * src/core). A hash rather than a constant bumped by hand: a forgotten bump would leave stale events in
 * the store unnoticed, while a needless reprocess (a comment changed) only costs a few minutes.
 */
export function extractorVersion(): string {
  if (version !== null) return version;
  const root = fileURLToPath(new URL("../", import.meta.url));
  const hash = createHash("sha256");
  for (const folder of ["extract", "core"]) {
    for (const file of filesIn(join(root, folder)))
      hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  const pkg = JSON.parse(readFileSync(join(root, "..", "..", "package.json"), "utf8")) as { version: string };
  version = `${pkg.version}+${hash.digest("hex").slice(0, 12)}`;
  return version;
}

/** Every .js file under a folder, in a fixed order. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => join(dir, f));
}
