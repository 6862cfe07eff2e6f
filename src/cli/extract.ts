// `pledgewire extract`: reads articles, runs the pipeline on each and streams the ledger documents out.
import { parseArgs } from "node:util";
import type { Article } from "../core/doc.js";
import type { LedgerDocument } from "../core/ledger.js";
import type { InputFormat, InputResult } from "../input/read-inputs.js";
import { INPUT_FORMATS, readInputs } from "../input/read-inputs.js";
import type { Io } from "./io.js";
import { complain, Output } from "./io.js";
import type { DocumentText, Writer } from "./writers.js";
import { jsonLines, plainText, prettyJson, table } from "./writers.js";

export const EXTRACT_USAGE = `usage: pledgewire extract [options] [FILE...]

Reads articles and prints the agreements, pledges and deliveries in each (the LEDGER §2 form).
FILE is an article (.txt, .md with front matter, .html/.htm), a feed (.jsonl: one
{id, text, published?, title?, url?, language?} a line; .json: one such object or an array),
any of these gzipped (.gz), a directory (read recursively), or the http(s) URL of a page or of
an RSS/Atom feed (one article per entry). No FILE, or "-", reads stdin.

options:
  --published YYYY-MM-DD  publication date for inputs that do not state one
  --lang CODE             language (en, sv, uk, ...) for inputs that do not state one
  --format FORMAT         json (one object, or an array for several documents), jsonl (one line
                          per document, written as each is done) or table; default: table on a
                          terminal, json otherwise
  --input-format FORMAT   read every input as ${INPUT_FORMATS.join(", ")} (default: by extension;
                          stdin by its first bytes)
  --text                  print the cleaned text that evidence offsets index instead of events:
                          the bare text for one document, {id, text} lines for several
  -h, --help              show this help

Problems with one input are reported on stderr and the rest is still read. Exit status: 0 when at
least one document was processed, 1 when none could be, 2 for a usage error.
`;

const OUTPUT_FORMATS = ["json", "jsonl", "table"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** "2024", "2024-06" or "2024-06-13". */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LANGUAGE = /^[a-z]{2,3}$/;

interface Settings {
  files: string[];
  published: string | null;
  language: string | null;
  /** Null when not given: each mode has its own default. */
  format: OutputFormat | null;
  inputFormat: InputFormat | undefined;
  text: boolean;
}

export class UsageError extends Error {}

export async function runExtract(args: string[], io: Io): Promise<number> {
  let settings: Settings | "help";
  try {
    settings = parseSettings(args);
  } catch (error) {
    if (!(
      error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")
    )) {
      throw error;
    }
    io.stderr.write(`pledgewire extract: ${(error as Error).message}\nTry 'pledgewire extract --help'.\n`);
    return 2;
  }
  if (settings === "help") {
    io.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  // Loaded only now: the pipeline's dictionaries take a while to load, and help or a usage error need none.
  const { analyse, extract } = await import("../extract/pipeline.js");
  const out = new Output(io.stdout);
  const inputs = readInputs(settings.files, { stdin: io.stdin, format: settings.inputFormat });
  const defaults = { published: settings.published, language: settings.language };
  if (settings.text) {
    const cleanText = (a: Article): DocumentText => ({ id: a.id, text: analyse(a, []).text });
    return runBatch(
      { inputs, defaults, process: cleanText, writer: textWriter(settings.format, out), out },
      io,
    );
  }
  return runBatch(
    { inputs, defaults, process: extract, writer: ledgerWriter(settings.format, out, io), out },
    io,
  );
}

function parseSettings(args: string[]): Settings | "help" {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      published: { type: "string" },
      lang: { type: "string" },
      format: { type: "string" },
      "input-format": { type: "string" },
      text: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  return {
    files: positionals,
    published: values.published === undefined ? null : checkDate(values.published),
    language: values.lang === undefined ? null : checkLanguage(values.lang),
    format: values.format === undefined ? null : oneOf("--format", values.format, OUTPUT_FORMATS),
    inputFormat:
      values["input-format"] === undefined
        ? undefined
        : oneOf("--input-format", values["input-format"], INPUT_FORMATS),
    text: values.text ?? false,
  };
}

export function checkDate(value: string): string {
  const m = DATE.exec(value);
  const [year, month, day] = [m?.[1], m?.[2] ?? "01", m?.[3] ?? "01"].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!m || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new UsageError(`--published wants a date as YYYY-MM-DD (or YYYY-MM, YYYY), got "${value}"`);
  }
  return value;
}

export function checkLanguage(value: string): string {
  const code = value.toLowerCase();
  if (!LANGUAGE.test(code))
    throw new UsageError(`--lang wants a language code such as en or sv, got "${value}"`);
  return code;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(", ")}, got "${value}"`);
}

/** Ledger documents: a table on a terminal, JSON for a program. */
function ledgerWriter(format: OutputFormat | null, out: Output, io: Io): Writer<LedgerDocument> {
  if (format === "jsonl") return jsonLines(out);
  return format === "json" || (format === null && !io.stdout.isTTY) ? prettyJson(out) : table(out);
}

/** The cleaned text has no table form: unless JSON is asked for, it is printed bare. */
function textWriter(format: OutputFormat | null, out: Output): Writer<DocumentText> {
  if (format === "jsonl") return jsonLines(out);
  return format === "json" ? prettyJson(out) : plainText(out);
}

export interface Batch<T> {
  inputs: AsyncIterable<InputResult>;
  /** What the command line says for inputs that do not say it themselves (--published, --lang). */
  defaults: { published: string | null; language: string | null };
  process(article: Article): T;
  writer: Writer<T>;
  /** The output the writer writes to, watched for a reader that went away. */
  out: Output;
}

/**
 * Reads, processes and writes one document at a time. A bad input, or a document whose processing throws,
 * is reported and skipped; the batch goes on. Returns the exit status: 0 when a document was processed.
 */
export async function runBatch<T>(
  { inputs, defaults, process, writer, out }: Batch<T>,
  io: Io,
): Promise<number> {
  let processed = 0;
  for await (const result of inputs) {
    if (result.kind === "problem") {
      complain(io, result.problem.input, result.problem.message);
      continue;
    }
    const article: Article = {
      ...result.article,
      published: result.article.published ?? defaults.published,
      language: result.article.language ?? defaults.language,
    };
    let item: T;
    try {
      item = process(article);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      complain(io, article.origin ?? article.id, `extraction failed: ${message}`);
      continue;
    }
    processed++;
    await writer.write(item);
    // The reader went away (`| head -n 5`): nothing more can be shown, so stop reading.
    if (out.closed) break;
  }
  await writer.end();
  if (out.error) {
    complain(io, "stdout", out.error.message);
    return 1;
  }
  return processed > 0 ? 0 : 1;
}
