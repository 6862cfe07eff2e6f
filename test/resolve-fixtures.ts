// Loads test/fixtures-resolve: each case's articles run through extract, and its reviewed acts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LedgerDocument } from "../src/core/ledger.js";
import { extract } from "../src/extract/pipeline.js";
import { readInputs } from "../src/input/read-inputs.js";
import type { LedgerEntry } from "../src/resolve/types.js";

export const RESOLVE_FIXTURES = fileURLToPath(new URL("../../test/fixtures-resolve/", import.meta.url));

/** A report of an act, named by its document and the fields that tell it from the document's other events. */
interface ExpectedReport {
  document: string;
  type: string;
  retrospective?: boolean;
  cumulative?: boolean;
}

export interface ExpectedAct {
  act: string;
  note: string;
  outlets: number;
  fulfils?: string;
  reports: ExpectedReport[];
}

export interface ResolveFixtures {
  documents: LedgerDocument[];
  acts: ExpectedAct[];
}

/** Every case's documents (ordered by publication) and acts; ids are unique across cases. */
export async function loadResolveFixtures(root = RESOLVE_FIXTURES): Promise<ResolveFixtures> {
  const documents: LedgerDocument[] = [];
  const acts: ExpectedAct[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const files = readdirSync(dir)
      .filter((f) => f !== "expected.json")
      .map((f) => join(dir, f));
    for await (const result of readInputs(files)) {
      if (result.kind === "article") documents.push(extract(result.article));
    }
    acts.push(
      ...(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { acts: ExpectedAct[] }).acts,
    );
  }
  documents.sort((a, b) => (a.document.published ?? "").localeCompare(b.document.published ?? ""));
  return { documents, acts };
}

/** "gov-sv#0" → "package-15": each extracted event that an expected report describes. */
export function truthOf(
  documents: readonly LedgerDocument[],
  acts: readonly ExpectedAct[],
): Map<string, string> {
  const truth = new Map<string, string>();
  for (const doc of documents) {
    doc.events.forEach((event, index) => {
      const act = acts.find((a) =>
        a.reports.some(
          (r) =>
            r.document === doc.id &&
            r.type === event.type &&
            (r.retrospective === undefined || r.retrospective === event.retrospective) &&
            (r.cumulative === undefined || r.cumulative === (event.cumulative ?? false)),
        ),
      );
      if (act) truth.set(`${doc.id}#${index}`, act.act);
    });
  }
  return truth;
}

/** "gov-sv#0" → "e1": the entry each report ended up in. */
export function predictedOf(entries: readonly LedgerEntry[]): Map<string, string> {
  return new Map(
    entries.flatMap((e) => e.sources.map((s) => [`${s.document}#${s.eventIndex}`, e.id] as const)),
  );
}
