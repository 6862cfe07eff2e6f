// `pledgewire ingest`: reads files, folders, JSONL, URLs, feeds and Telegram exports into the ledger store.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { PledgewireError } from "../core/errors.js";
import { DEFAULT_BATCH, ingest } from "../ingest/ingest.js";
import { ProgressBar } from "../ingest/progress.js";
import { estimateInputs, readSources } from "../ingest/sources.js";
import type { Summary } from "../ingest/summary.js";
import { formatSummary } from "../ingest/summary.js";
import type { Store } from "../store/open.js";
import { openStore, storeTarget } from "../store/open.js";
import { checkDate, checkLanguage, UsageError } from "./extract.js";
import type { Io } from "./io.js";

export const STORE_HELP = `  --db PATH|URL           the store: a SQLite file, or postgres://user@host:5432/db
                          (default: $DATABASE_URL, else ./pledgewire.db)`;

export const INGEST_USAGE = `usage: pledgewire ingest [options] PATH|URL|FEED...

Reads articles into the ledger store and extracts their events, once per document: a text already
stored (the same after white space) is recorded as a duplicate, a near copy (a syndicated version of a
stored story) is stored and linked to the first but not extracted or counted again.

PATH is a file or a folder (read recursively) as \`extract\` reads them (.txt, .md, .html, .json,
.jsonl, gzipped), or a Telegram Desktop export (result.json); URL is a page or an RSS/Atom feed.

options:
${STORE_HELP}
  --workers N             extraction threads (default: one per core, at most 4; 0: this thread)
  --batch N               inputs written per transaction (default 256): a killed ingest loses at
                          most the batch it was writing, and the next run stores it
  --published YYYY-MM-DD  publication date for inputs that do not state one
  --lang CODE             language for inputs that do not state one
  --json                  print the summary as JSON
  --no-progress           no progress bar on a terminal
  -h, --help              show this help

Bad inputs are recorded as skipped or failed with the reason and the rest is still read. Exit status:
0 when at least one input was stored or recognised as a copy, 1 when none was, 2 for a usage error.
`;

/** Options the store commands share: where the store is, how many extraction threads, JSON output. */
export const STORE_OPTIONS = {
  db: { type: "string" },
  workers: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function defaultWorkers(): number {
  return Math.min(4, availableParallelism());
}

export function parseWorkers(value: string | undefined, fallback: number): number {
  return count("--workers", value, fallback, 0, 64);
}

function positiveCount(option: string, value: string | undefined, fallback: number): number {
  return count(option, value, fallback, 1, 100_000);
}

/** "--workers 2" → 2; "--workers many" → a usage error naming the option and the range. */
function count(
  option: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${option} wants a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/**
 * Runs a store command's argument parsing; a usage error ("--workers wants a whole number …") is
 * printed with a pointer to --help and becomes exit status 2.
 */
export function parseCommand<T>(name: string, io: Io, parse: () => T): T | number {
  try {
    return parse();
  } catch (error) {
    if (!(
      error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")
    )) {
      throw error;
    }
    io.stderr.write(`pledgewire ${name}: ${(error as Error).message}\nTry 'pledgewire ${name} --help'.\n`);
    return 2;
  }
}

/** Opens the store named by --db or DATABASE_URL; a store that cannot be opened is reported, giving null. */
export async function openStoreFor(name: string, db: string | undefined, io: Io): Promise<Store | null> {
  try {
    return await openStore(storeTarget(db));
  } catch (error) {
    if (!(error instanceof PledgewireError)) throw error;
    io.stderr.write(`pledgewire ${name}: ${error.message}\n`);
    return null;
  }
}

/** "postgres://app:s3cret@db/ledger" → "postgres://app:***@db/ledger": runs are recorded in the store. */
export function withoutPassword(arg: string): string {
  return arg.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}

export function writeSummary(io: Io, summary: Summary, json: boolean): void {
  io.stdout.write(json ? JSON.stringify(summary, null, 2) + "\n" : formatSummary(summary));
}

export async function runIngest(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand("ingest", io, () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...STORE_OPTIONS,
        published: { type: "string" },
        lang: { type: "string" },
        batch: { type: "string" },
        progress: { type: "boolean", default: true },
      },
      allowNegative: true,
    });
    if (values.help) return "help" as const;
    if (positionals.length === 0) throw new UsageError("give at least one PATH, URL or FEED to read");
    return {
      inputs: positionals,
      db: values.db,
      workers: parseWorkers(values.workers, defaultWorkers()),
      json: values.json ?? false,
      progress: values.progress,
      batch: positiveCount("--batch", values.batch, DEFAULT_BATCH),
      defaults: {
        published: values.published === undefined ? null : checkDate(values.published),
        language: values.lang === undefined ? null : checkLanguage(values.lang),
      },
    };
  });
  if (typeof parsed === "number") return parsed;
  if (parsed === "help") {
    io.stdout.write(INGEST_USAGE);
    return 0;
  }
  const store = await openStoreFor("ingest", parsed.db, io);
  if (!store) return 1;
  try {
    const terminal = Boolean((io.stderr as { isTTY?: boolean }).isTTY) && parsed.progress && !parsed.json;
    const bar = terminal ? new ProgressBar(io.stderr, await estimateInputs(parsed.inputs)) : null;
    const summary = await ingest(readSources(parsed.inputs, { stdin: io.stdin }), {
      store,
      command: "ingest",
      args: args.map(withoutPassword),
      workers: parsed.workers,
      batch: parsed.batch,
      defaults: parsed.defaults,
      onProgress: (done) => bar?.update(done),
    });
    bar?.end();
    writeSummary(io, summary, parsed.json);
    return summary.new + summary.duplicate + summary.near_duplicate > 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}
