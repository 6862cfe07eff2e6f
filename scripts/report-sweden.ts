// Sweden's military commitments to Ukraine per year in EUR from the regeringen.se corpus, beside the Kiel tracker's.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MILITARY_CATEGORIES } from "../src/core/ledger.js";
import type { LedgerDocument } from "../src/core/ledger.js";
import { extract } from "../src/extract/pipeline.js";
import { readInputs } from "../src/input/read-inputs.js";
import { Ledger } from "../src/resolve/ledger.js";
import { pointOf } from "../src/resolve/match.js";
import type { LedgerEntry } from "../src/resolve/types.js";

const SHARED = process.argv[2] ?? fileURLToPath(new URL("../../../shared/", import.meta.url));
const CORPUS = join(SHARED, "corpora/regeringen-sv");
const KIEL = join(SHARED, "reference/kiel-ust/data_explorer.csv");
const YEARS = [2022, 2023, 2024, 2025];

/** "pressmeddelanden_2024_02_stodpaket-15.md" → "2024-02": the corpus states dates only in file names. */
function dateOfName(name: string): string | null {
  const m = /_(\d{4})\d*_(\d{2})_/.exec(name);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** A Swedish pledge of military aid to Ukraine: said so, or a package of weapons with no aid type stated. */
function isMilitaryCommitment(e: LedgerEntry): boolean {
  if (e.type !== "pledge" || e.donor !== "SE" || e.recipient !== "UA" || e.cumulative) return false;
  if (e.aid_type) return e.aid_type === "military";
  return (e.items ?? []).some((i) => MILITARY_CATEGORIES.includes(i.category));
}

async function main(): Promise<void> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".md"));
  const documents: LedgerDocument[] = [];
  const started = performance.now();
  for await (const result of readInputs(files.map((f) => join(CORPUS, f)))) {
    if (result.kind === "problem") continue;
    const name = result.article.id;
    documents.push(extract({ ...result.article, published: result.article.published ?? dateOfName(name) }));
  }
  const extractMs = performance.now() - started;
  documents.sort((a, b) => (a.document.published ?? "").localeCompare(b.document.published ?? ""));
  const ledger = new Ledger();
  const resolveStart = performance.now();
  for (const document of documents) ledger.add({ document });
  const resolveMs = performance.now() - resolveStart;

  const entries = ledger.list().filter(isMilitaryCommitment);
  // Swedish pledges with a value but no aid type or weapon named ("ett fjärde stödpaket på 1 miljard kronor").
  const unstated = ledger
    .list()
    .filter((e) => e.type === "pledge" && e.donor === "SE" && e.recipient === "UA" && !e.cumulative)
    .filter((e) => !e.retrospective && !e.aid_type && !isMilitaryCommitment(e) && e.valueEur);
  const events = documents.flatMap((d) => d.events).length;
  process.stdout.write(
    `${documents.length} documents, ${events} events → ${ledger.list().length} entries ` +
      `(extract ${Math.round(extractMs)} ms, resolve ${Math.round(resolveMs)} ms)\n\n`,
  );
  const kiel = kielSweden();
  const bn = (n: number): string => (n / 1e9).toFixed(2);
  process.stdout.write(
    "| year | pledgewire, € bn | acts with value | acts without value | every report counted, € bn | aid type unstated, € bn | Kiel military allocations, € bn | Kiel commitments (all types), € bn |\n" +
      "| --- | --- | --- | --- | --- | --- | --- | --- |\n",
  );
  for (const year of YEARS) {
    const inYear = entries.filter((e) => (e.date ?? e.earliest ?? "").startsWith(String(year)));
    const own = inYear.filter((e) => !e.retrospective);
    const valued = own.filter((e) => e.valueEur);
    const sum = valued.reduce((s, e) => s + (e.valueEur?.eur ?? 0), 0);
    const open = unstated
      .filter((e) => (e.date ?? e.earliest ?? "").startsWith(String(year)))
      .reduce((s, e) => s + (e.valueEur?.eur ?? 0), 0);
    // What counting every report would give: each report's own value at the rate of its entry.
    const everyReport = own.reduce(
      (total, e) =>
        total +
        e.sources.reduce((s, source) => {
          const point = source.stated.value ? pointOf(source.stated.value) : null;
          return (
            s +
            (point !== null && e.valueEur && source.stated.value?.currency === e.value?.currency
              ? point / e.valueEur.rate
              : 0)
          );
        }, 0),
      0,
    );
    const k = kiel.get(year) ?? { military: 0, commitments: 0 };
    process.stdout.write(
      `| ${year} | ${bn(sum)} | ${valued.length} | ${own.length - valued.length} | ${bn(everyReport)} | ${bn(open)} | ${k.military.toFixed(2)} | ${k.commitments.toFixed(2)} |\n`,
    );
  }
  process.stdout.write("\nlargest acts per year:\n");
  for (const year of YEARS) {
    const top = entries
      .filter((e) => !e.retrospective && (e.date ?? e.earliest ?? "").startsWith(String(year)) && e.valueEur)
      .sort((a, b) => (b.valueEur?.eur ?? 0) - (a.valueEur?.eur ?? 0))
      .slice(0, 4)
      .map((e) => `${e.date ?? e.earliest} ${bn(e.valueEur?.eur ?? 0)} (${e.sources.length} reports)`);
    process.stdout.write(`  ${year}: ${top.join("; ")}\n`);
  }
}

/** Kiel's monthly figures for Sweden (EUR bn) summed per year. */
function kielSweden(): Map<number, { military: number; commitments: number }> {
  const [header = "", ...lines] = readFileSync(KIEL, "utf8").trim().split("\n");
  const columns = header.split(",").map((c) => c.replace(/"/g, ""));
  const col = (name: string): number => columns.indexOf(name);
  const out = new Map<number, { military: number; commitments: number }>();
  for (const line of lines) {
    const cells = line.split(",").map((c) => c.replace(/"/g, ""));
    if (cells[col("iso")] !== "SWE") continue;
    const year = Number(cells[col("year")]);
    const row = out.get(year) ?? { military: 0, commitments: 0 };
    row.military += Number(cells[col("military")]);
    row.commitments += Number(cells[col("commitments")]);
    out.set(year, row);
  }
  return out;
}

await main();
