// `pledgewire reprocess`: extracts stored documents again when the extractor has changed since they were stored.
import { parseArgs } from "node:util";
import { extractorVersion } from "../ingest/extraction.js";
import { ExtractorPool } from "../ingest/pool.js";
import { resetLedger, resolvePending } from "../store/ledger-store.js";
import { replaceExtractions, staleDocuments } from "../store/repository.js";
import type { Io } from "./io.js";
import {
  defaultWorkers,
  openStoreFor,
  parseCommand,
  parseWorkers,
  STORE_HELP,
  STORE_OPTIONS,
} from "./ingest.js";

export const REPROCESS_USAGE = `usage: pledgewire reprocess [options]

Extracts again every stored document whose events came from another extractor version (the package
version plus a hash of the extraction code), replacing its events, evidence and names; event ids stay
the same where the event is the same, and so do reviews of them. The resolved ledger is then rebuilt.

options:
${STORE_HELP}
  --all                   extract every document again, not only stale ones
  --workers N             extraction threads (default: one per core, at most 4; 0: this thread)
  --json                  print the summary as JSON
  -h, --help              show this help
`;

/** Documents read, extracted and replaced per transaction. */
const PAGE = 256;

export interface ReprocessSummary {
  store: string;
  version: string;
  reprocessed: number;
  failed: number;
  events: number;
  seconds: number;
  /** The first failures: {id: "9c1f…", reason: "extraction failed: …"}. */
  problems: { id: string; reason: string }[];
}

export async function runReprocess(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand("reprocess", io, () => {
    const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, all: { type: "boolean" } } });
    if (values.help) return "help" as const;
    return {
      db: values.db,
      all: values.all ?? false,
      workers: parseWorkers(values.workers, defaultWorkers()),
      json: values.json ?? false,
    };
  });
  if (typeof parsed === "number") return parsed;
  if (parsed === "help") {
    io.stdout.write(REPROCESS_USAGE);
    return 0;
  }
  const store = await openStoreFor("reprocess", parsed.db, io);
  if (!store) return 1;
  const pool = new ExtractorPool(parsed.workers);
  const started = performance.now();
  const version = extractorVersion();
  const summary: ReprocessSummary = {
    store: store.name,
    version,
    reprocessed: 0,
    failed: 0,
    events: 0,
    seconds: 0,
    problems: [],
  };
  try {
    let after = "";
    for (;;) {
      const page = await staleDocuments(store.db, parsed.all ? null : version, after, PAGE);
      if (page.length === 0) break;
      after = page.at(-1)?.id ?? after;
      const done = await Promise.allSettled(
        page.map((d) =>
          pool.extract({
            id: d.source_id,
            text: d.text,
            title: d.title,
            published: d.published,
            url: d.url,
            language: d.language,
            ...(d.origin === null ? {} : { origin: d.origin }),
          }),
        ),
      );
      const replaced = [];
      for (const [i, result] of done.entries()) {
        const document = page[i] as (typeof page)[number];
        if (result.status === "fulfilled") {
          replaced.push({ document, extraction: result.value });
          summary.events += result.value.ledger.events.length;
        } else {
          summary.failed++;
          if (summary.problems.length < 50)
            summary.problems.push({ id: document.id, reason: `extraction failed: ${String(result.reason)}` });
        }
      }
      await replaceExtractions(store.db, replaced, version);
      summary.reprocessed += replaced.length;
    }
    if (summary.reprocessed > 0) {
      // The resolved ledger held the old events: it is resolved anew. Reviews are kept by event id, so
      // they apply to the new extraction's events wherever the event is the same.
      await resetLedger(store.db);
      await resolvePending(store);
    }
  } finally {
    await pool.close();
    await store.close();
  }
  summary.seconds = Math.round(performance.now() - started) / 1000;
  io.stdout.write(
    parsed.json
      ? JSON.stringify(summary, null, 2) + "\n"
      : `reprocessed ${summary.reprocessed} documents (${summary.events} events) with extractor ${version}, ` +
          `${summary.failed} failed, in ${summary.seconds} s\n` +
          summary.problems.map((p) => `  ${p.id}: ${p.reason}\n`).join(""),
  );
  return summary.failed > 0 && summary.reprocessed === 0 ? 1 : 0;
}
