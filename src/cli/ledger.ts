// `pledgewire ledger` and `pledgewire export`: resolve articles or extract output into one entry per act.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { EventType, LedgerDocument } from "../core/ledger.js";
import { PledgewireError } from "../core/errors.js";
import type { ExportFormat } from "../export/write.js";
import { EXPORT_FORMATS } from "../export/write.js";
import { readInputs } from "../input/read-inputs.js";
import type { Ledger } from "../resolve/ledger.js";
import type { LedgerEntry } from "../resolve/types.js";
import type { Io } from "./io.js";
import { complain } from "./io.js";

const INPUTS_HELP = `INPUT is an article or a folder of them (as for 'extract'), or a .jsonl/.json file of
'extract --format jsonl' output. Documents are resolved in the order given.`;

const FILTERS_HELP = `  --donor CODE          only this donor (or party of an agreement): SE, US, EU...
  --recipient CODE      only this recipient (or party)
  --type TYPE           pledge, delivery or agreement
  --category C          only entries with an item or scope of this category (tank, uav...)
  --from DATE           only acts on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE             only acts on or before DATE
  --published DATE      publication date for inputs that do not state one`;

export const LEDGER_USAGE = `usage: pledgewire ledger [filters] [INPUT...]

Prints one row per act (pledges, deliveries, agreements), however many outlets
reported it, then committed, delivered and outstanding euros per donor and recipient.
${INPUTS_HELP}

filters:
${FILTERS_HELP}
  -h, --help            show this help
`;

export const EXPORT_USAGE = `usage: pledgewire export --format csv|xlsx|json [-o FILE] [filters] [INPUT...]

Writes the ledger with the Kiel tracker's columns: donor, recipient, announcement date,
measure, aid type, category, item, quantity, value, currency, value in EUR, sources.
${INPUTS_HELP}

options:
  --format FORMAT       csv (UTF-8 with BOM), xlsx or json
  -o, --output FILE     write to FILE (default: stdout; xlsx needs a file)
${FILTERS_HELP}
  -h, --help            show this help
`;

const TYPES: readonly EventType[] = ["pledge", "delivery", "agreement"];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface Filters {
  donor?: string;
  recipient?: string;
  type?: EventType;
  category?: string;
  from?: string;
  to?: string;
}

interface Settings {
  inputs: string[];
  filters: Filters;
  published: string | null;
  format?: ExportFormat;
  output?: string;
}

function parse(args: string[], exporting: boolean): Settings | "help" {
  const text = { type: "string" } as const;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      donor: text,
      recipient: text,
      type: text,
      category: text,
      from: text,
      to: text,
      published: text,
      ...(exporting ? { format: text, output: { type: "string", short: "o" } as const } : {}),
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const usage = (message: string): PledgewireError => new PledgewireError("usage", message);
  const oneOf = <T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    throw usage(`--${name} must be one of ${allowed.join(", ")}, got "${String(value)}"`);
  };
  for (const name of ["from", "to", "published"] as const) {
    const value = values[name];
    if (typeof value === "string" && !DATE.test(value))
      throw usage(`--${name} wants YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
  const code = (v: unknown): string | undefined => (typeof v === "string" ? v.toUpperCase() : undefined);
  const settings: Settings = {
    inputs: positionals,
    published: typeof values.published === "string" ? values.published : null,
    filters: {
      donor: code(values.donor),
      recipient: code(values.recipient),
      type: oneOf("type", values.type, TYPES),
      category: typeof values.category === "string" ? values.category : undefined,
      from: typeof values.from === "string" ? values.from : undefined,
      to: typeof values.to === "string" ? values.to : undefined,
    },
  };
  if (exporting) {
    settings.format = oneOf("format", values.format, EXPORT_FORMATS);
    if (!settings.format) throw usage("--format is required: csv, xlsx or json");
    settings.output = typeof values.output === "string" ? values.output : undefined;
    if (settings.format === "xlsx" && !settings.output) throw usage("--format xlsx needs -o FILE");
  }
  return settings;
}

/** Parses, or prints help or the usage error; returns the settings or an exit status. */
function settingsOrExit(
  command: string,
  usageText: string,
  args: string[],
  io: Io,
  exporting: boolean,
): Settings | number {
  try {
    const settings = parse(args, exporting);
    if (settings !== "help") return settings;
    io.stdout.write(usageText);
    return 0;
  } catch (error) {
    const known =
      error instanceof PledgewireError || (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS");
    if (!known) throw error;
    io.stderr.write(
      `pledgewire ${command}: ${(error as Error).message}\nTry 'pledgewire ${command} --help'.\n`,
    );
    return 2;
  }
}

/** A .jsonl/.json file whose first record has `events` and `document`: extract's output, not articles. */
async function readExtracted(path: string, io: Io): Promise<LedgerDocument[] | null> {
  if (!/\.jsonl?$/i.test(path)) return null;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return null;
  }
  const trimmed = text.trimStart();
  const records: unknown[] = [];
  if (trimmed.startsWith("[")) {
    try {
      records.push(...(JSON.parse(trimmed) as unknown[]));
    } catch {
      return null;
    }
  } else {
    text.split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        // Only a file whose first line is extract output is read as one; a bad later line is reported.
        if (records.length) complain(io, `${path}:${i + 1}`, `not JSON: ${(error as Error).message}`);
        else records.push(null);
      }
    });
  }
  const isDocument = (r: unknown): r is LedgerDocument =>
    typeof r === "object" &&
    r !== null &&
    Array.isArray(Reflect.get(r, "events")) &&
    typeof Reflect.get(r, "document") === "object";
  if (!isDocument(records[0])) return null;
  return records.filter(
    (r, i) => isDocument(r) || (complain(io, `${path}[${i}]`, "not an extracted document"), false),
  ) as LedgerDocument[];
}

/** Resolves every input into one ledger: extract output as it is, articles through the extractor. */
export async function buildLedger(settings: Settings, io: Io): Promise<Ledger> {
  const { Ledger } = await import("../resolve/ledger.js");
  const { extract } = await import("../extract/pipeline.js");
  const ledger = new Ledger();
  const articles: string[] = [];
  const flush = async (): Promise<void> => {
    // readInputs([]) would read stdin.
    if (!articles.length) return;
    for await (const result of readInputs(articles.splice(0))) {
      if (result.kind === "problem") complain(io, result.problem.input, result.problem.message);
      else
        ledger.add({
          document: extract({ ...result.article, published: result.article.published ?? settings.published }),
        });
    }
  };
  for (const input of settings.inputs.length ? settings.inputs : ["-"]) {
    const extracted = input === "-" ? null : await readExtracted(input, io);
    if (!extracted) {
      articles.push(input);
      continue;
    }
    await flush();
    for (const document of extracted) ledger.add({ document });
  }
  await flush();
  return ledger;
}

export function applyFilters(entries: readonly LedgerEntry[], f: Filters): LedgerEntry[] {
  const involves = (e: LedgerEntry, code: string, role: "donor" | "recipient"): boolean =>
    e[role] === code || (e.parties ?? []).includes(code);
  return entries.filter((e) => {
    const when = e.date ?? e.earliest ?? "";
    const categories = [...(e.items ?? []).map((i) => i.category), ...(e.scope ?? [])];
    return (
      (!f.donor || involves(e, f.donor, "donor")) &&
      (!f.recipient || involves(e, f.recipient, "recipient")) &&
      (!f.type || e.type === f.type) &&
      (!f.category || categories.includes(f.category as never)) &&
      (!f.from || when.slice(0, f.from.length) >= f.from) &&
      (!f.to || (when !== "" && when.slice(0, f.to.length) <= f.to))
    );
  });
}

export async function runLedger(args: string[], io: Io): Promise<number> {
  const settings = settingsOrExit("ledger", LEDGER_USAGE, args, io, false);
  if (typeof settings === "number") return settings;
  const ledger = await buildLedger(settings, io);
  const { renderLedger } = await import("./ledger-table.js");
  io.stdout.write(renderLedger(applyFilters(ledger.list(), settings.filters)));
  return 0;
}

export async function runExport(args: string[], io: Io): Promise<number> {
  const settings = settingsOrExit("export", EXPORT_USAGE, args, io, true);
  if (typeof settings === "number") return settings;
  const ledger = await buildLedger(settings, io);
  const { toRow } = await import("../export/rows.js");
  const { render } = await import("../export/write.js");
  const body = await render(
    settings.format ?? "json",
    applyFilters(ledger.list(), settings.filters).map(toRow),
  );
  if (settings.output) await writeFile(settings.output, body);
  else io.stdout.write(body);
  return 0;
}
