// Benchmark: resolution cost per document as the ledger grows, beside scoring every entry, on generated reports.
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import type { Category, LedgerDocument, LedgerEvent } from "../src/core/ledger.js";
import { CATEGORIES } from "../src/core/ledger.js";
import { Ledger } from "../src/resolve/ledger.js";
import { MATCH_THRESHOLD, matchScore } from "../src/resolve/match.js";
import { pairwise } from "../src/resolve/pairwise.js";
import { median } from "./measure.js";
import { Rng } from "./rng.js";

const USAGE = `usage: node dist/bench/resolve-bench.js [--acts N] [--quick]

Generates N acts (default 10,000) between 40 donors and 6 recipients over 2022-2025, each told by 1-4 outlets
(some republished word for word, some recalled months later), adds the reports to a Ledger in publication
order, and at five ledger sizes (--quick: without the comparison) times adding the next 500 documents beside scoring those documents' events
against every entry (a tenth of them; what resolution without the block and month index would cost). Prints medians of 5.
`;

const SEED = 2024;
const DONORS = [
  "SE",
  "DE",
  "US",
  "GB",
  "FR",
  "PL",
  "LT",
  "LV",
  "EE",
  "FI",
  "NO",
  "DK",
  "NL",
  "BE",
  "CA",
  "JP",
]
  .concat(["IT", "ES", "PT", "CZ", "SK", "RO", "BG", "HR", "SI", "AT", "IE", "LU", "GR", "IS", "AU", "NZ"])
  .concat(["KR", "TR", "CH", "EU", "NATO", "WB"]);
const RECIPIENTS = ["UA", "UA", "UA", "UA", "MD", "GE"];
const CURRENCIES = ["EUR", "SEK", "USD", "GBP", "NOK", "PLN"];
const DAY_MS = 86_400_000;
const START = Date.UTC(2022, 0, 1);
const SPAN_DAYS = 4 * 365;

interface Report {
  document: LedgerDocument;
  act: number;
}

const iso = (day: number): string => new Date(START + day * DAY_MS).toISOString().slice(0, 10);

/** Acts, each told by 1-4 reports; a figure, items and a date stated or not, as outlets do. */
function generate(acts: number, rng: Rng): Report[] {
  const reports: Report[] = [];
  for (let act = 0; act < acts; act++) {
    const day = rng.int(0, SPAN_DAYS);
    const type = rng.chance(0.7) ? "pledge" : "delivery";
    const base = {
      type,
      donor: rng.pick(DONORS),
      recipient: rng.pick(RECIPIENTS),
      aid_type: rng.pick(["military", "financial", "humanitarian"] as const),
      value: { amount: Math.round(10 ** (6 + rng.next() * 4)), currency: rng.pick(CURRENCIES) },
      items: Array.from({ length: rng.int(0, 2) }, () => ({
        category: rng.pick(CATEGORIES) as Category,
        quantity: { amount: rng.int(1, 500) },
        text: "items",
      })),
    } as const;
    const outlets = rng.int(1, 4);
    for (let r = 0; r < outlets; r++) {
      const recalled = r > 0 && rng.chance(0.2);
      const published = day + (recalled ? rng.int(30, 200) : rng.int(0, 10));
      const event: LedgerEvent = {
        ...base,
        items: rng.chance(0.6) ? [...base.items] : [],
        value: rng.chance(0.7) ? base.value : null,
        date: recalled ? iso(day).slice(0, 7) : rng.chance(0.5) ? iso(day) : null,
        retrospective: recalled,
        cumulative: false,
        evidence: [
          {
            start: 0,
            end: 0,
            text: `Act ${act} as outlet ${r} tells it, in a sentence long enough to count.`,
          },
        ],
      };
      reports.push({
        act,
        document: {
          id: `a${act}-r${r}`,
          document: {
            title: null,
            published: iso(published),
            languages: ["en"],
            outlet: `outlet${rng.int(1, 60)}`,
          },
          events: [event],
        },
      });
    }
  }
  return reports.sort((a, b) =>
    (a.document.document.published ?? "").localeCompare(b.document.document.published ?? ""),
  );
}

/** Time to score a batch's events against every entry, as resolution without an index would. */
function scoreAll(ledger: Ledger, batch: readonly Report[]): number {
  const entries = ledger.list();
  const started = performance.now();
  let joined = 0;
  for (const { document } of batch) {
    for (const event of document.events) {
      for (const entry of entries)
        if (matchScore(event, document.document.published, entry) >= MATCH_THRESHOLD) joined++;
    }
  }
  if (joined < 0) throw new Error("unreachable: keeps the scores from being optimised away");
  return performance.now() - started;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  const quick = args.includes("--quick");
  const at = args.indexOf("--acts");
  const acts = at >= 0 ? Number(args[at + 1]) : 10_000;
  const reports = generate(acts, new Rng(SEED));
  const batch = 500;
  const checkpoints = [0.2, 0.4, 0.6, 0.8, 1].map((f) => Math.floor((reports.length - batch) * f));
  process.stdout.write(
    `machine: ${cpus()[0]?.model ?? "unknown"}, ${cpus().length} cores, node ${process.version}\n` +
      `${acts} acts, ${reports.length} reports\n\n` +
      "| entries in ledger | add (index), µs/doc | score every entry, µs/doc | ratio |\n| --- | --- | --- | --- |\n",
  );
  const ledger = new Ledger();
  let next = 0;
  const started = performance.now();
  for (const checkpoint of checkpoints) {
    while (next < checkpoint) ledger.add({ document: (reports[next++] as Report).document });
    const slice = reports.slice(next, next + batch);
    // Adding changes the ledger, so each repeat adds to a copy of the state at the checkpoint.
    const state = JSON.stringify(ledger.toState());
    const addTimes: number[] = [];
    const scanTimes: number[] = [];
    for (let repeat = 0; repeat < 5; repeat++) {
      const copy = Ledger.fromState(JSON.parse(state));
      const t0 = performance.now();
      for (const { document } of slice) copy.add({ document });
      addTimes.push(((performance.now() - t0) * 1000) / slice.length);
      // Scoring every entry is slow enough that a tenth of the batch gives a steady figure.
      const sample = slice.slice(0, batch / 10);
      if (!quick) scanTimes.push((scoreAll(ledger, sample) * 1000) / sample.length);
    }
    const add = median(addTimes);
    const scan = scanTimes.length ? median(scanTimes) : NaN;
    process.stdout.write(
      `| ${ledger.list().length} | ${add.toFixed(0)} | ${scan.toFixed(0)} | ${(scan / add).toFixed(0)}× |\n`,
    );
  }
  while (next < reports.length) ledger.add({ document: (reports[next++] as Report).document });
  const truth = new Map(reports.map((r) => [`${r.document.id}#0`, String(r.act)]));
  const predicted = new Map(
    ledger.list().flatMap((e) => e.sources.map((s) => [`${s.document}#${s.eventIndex}`, e.id])),
  );
  const score = pairwise(predicted, truth);
  process.stdout.write(
    `\nall ${reports.length} reports → ${ledger.list().length} entries for ${acts} acts in ${((performance.now() - started) / 1000).toFixed(1)} s (checkpoint copies included); ` +
      `pairwise precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n`,
  );
}

main();
