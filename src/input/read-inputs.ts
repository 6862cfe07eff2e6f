// Reads articles from files, directories and stdin, one at a time, and reports each bad input as a problem.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { createGunzip } from "node:zlib";
import type { Article } from "../core/doc.js";
import type { ErrorCode } from "../core/errors.js";
import { PledgewireError } from "../core/errors.js";
import { assertText, decode, decodeUtf8 } from "./decode.js";
import { splitLines } from "./lines.js";
import { readMarkdown } from "./markdown.js";
import { articleFromRecord } from "./record.js";

export type InputFormat = "text" | "markdown" | "html" | "json" | "jsonl";
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html", "json", "jsonl"];

/** An input that yielded no article: `{input: "feed.jsonl:12", code: "input_malformed", message: 'missing "text"'}`. */
export interface InputProblem {
  /** The file as given, with the line ("feed.jsonl:12") or item ("list.json[3]") where that is known. */
  input: string;
  code: ErrorCode;
  message: string;
}

export type InputResult = { kind: "article"; article: Article } | { kind: "problem"; problem: InputProblem };

export interface ReadOptions {
  /** Read when a path is "-" or no path is given; defaults to process.stdin. */
  stdin?: AsyncIterable<Buffer | string>;
  /** Read every input as this format instead of going by its extension (or, for stdin, its first bytes). */
  format?: InputFormat;
  /** Largest file read whole (every format but JSONL). */
  maxFileBytes?: number;
  /** Largest JSONL line. */
  maxLineBytes?: number;
}

export const STDIN = "<stdin>";
const MB = 1024 * 1024;
export const MAX_FILE_BYTES = 20 * MB;
export const MAX_LINE_BYTES = 5 * MB;

const EXTENSIONS: Record<string, InputFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
};
/** "report.html.gz" → html, compressed; "notes.pdf" → null. */
const FILE_NAME = /^(.*?)\.([a-z]+)(\.gz)?$/i;

interface Source {
  /** How messages name it: the path as given, or <stdin>. */
  input: string;
  /** The id of a one-article input, and the stem of ids in a feed: "feed" → "feed:12". */
  name: string;
  format: InputFormat;
  /** Opens the bytes (decompressed); read once. */
  open(): AsyncIterable<Buffer | string>;
  /** Known size on disk, for the size check before reading. */
  size?: number;
}

/**
 * Every article in `paths`, in order: files by extension, directories recursively (only files with a
 * supported extension), "-" or no path for stdin. Problems come in line with the articles and never stop
 * the rest.
 */
export async function* readInputs(
  paths: readonly string[],
  opts: ReadOptions = {},
): AsyncGenerator<InputResult> {
  for (const path of paths.length ? paths : ["-"]) {
    if (path === "-") yield* readStdin(opts);
    else yield* readPath(path, opts);
  }
}

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<InputResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield problem(path, error);
    return;
  }
  if (!info.isDirectory()) {
    yield* readSource(fileSource(path, opts.format, info.size), opts);
    return;
  }
  let found = false;
  try {
    for await (const file of filesUnder(path)) {
      found = true;
      yield* readSource(fileSource(file, opts.format, (await stat(file)).size), opts);
    }
  } catch (error) {
    yield problem(path, error);
    return;
  }
  if (!found) {
    const kinds = Object.keys(EXTENSIONS).join(", .");
    yield problem(path, new PledgewireError("input_empty", `directory holds no .${kinds} files`));
  }
}

/** Supported files under a directory, depth first in name order, skipping hidden ones (".git"). */
async function* filesUnder(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile() && formatOf(path)) yield path;
  }
}

function formatOf(path: string): { stem: string; format: InputFormat; gzip: boolean } | null {
  const m = FILE_NAME.exec(basename(path));
  const format = m?.[2] ? EXTENSIONS[m[2].toLowerCase()] : undefined;
  return m?.[1] !== undefined && format ? { stem: m[1], format, gzip: Boolean(m[3]) } : null;
}

/** A file read as `format`, or as its extension says, or (unknown extension, given by name) as plain text. */
function fileSource(path: string, format: InputFormat | undefined, size: number): Source {
  const known = formatOf(path);
  const gzip = known?.gzip ?? path.endsWith(".gz");
  return {
    input: path,
    name: known?.stem ?? basename(path),
    format: format ?? known?.format ?? "text",
    // A compressed file's size on disk says little about what it holds; it is counted while reading.
    size: gzip ? undefined : size,
    open: () => (gzip ? createReadStream(path).pipe(createGunzip()) : createReadStream(path)),
  };
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<InputResult> {
  const { head, all } = await peek(opts.stdin ?? process.stdin);
  if (head.length === 0) {
    yield problem(STDIN, new PledgewireError("input_empty", "standard input is empty"));
    return;
  }
  yield* readSource(
    { input: STDIN, name: "stdin", format: opts.format ?? sniff(head), open: () => all },
    opts,
  );
}

/** The format of piped input from its first bytes: `{"id": ...}` lines, a `[` array, `<html>`, `---` front matter. */
function sniff(head: Buffer): InputFormat {
  const start = head
    .toString("utf8", 0, 4096)
    .replace(/^\ufeff/, "")
    .trimStart();
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) {
    // One object per line, or a single object written over several lines.
    const firstLine = start.split("\n", 1)[0] ?? "";
    return !start.includes("\n") || firstLine.trimEnd().endsWith("}") ? "jsonl" : "json";
  }
  if (start.startsWith("<")) return "html";
  return /^---\r?\n/.test(start) ? "markdown" : "text";
}

async function* readSource(source: Source, opts: ReadOptions): AsyncGenerator<InputResult> {
  try {
    if (source.format === "jsonl") {
      yield* readJsonl(source, opts.maxLineBytes ?? MAX_LINE_BYTES);
      return;
    }
    const bytes = await readCapped(source, opts.maxFileBytes ?? MAX_FILE_BYTES);
    yield* parseWhole(bytes, source);
  } catch (error) {
    yield problem(source.input, error);
  }
}

/** Reads a whole input, refusing one over `max` bytes before (on disk) or while (piped, gzip) reading it. */
async function readCapped(source: Source, max: number): Promise<Buffer> {
  const limit = `the ${max / MB} MB limit for one document (give many articles as JSONL instead)`;
  if (source.size !== undefined && source.size > max) {
    throw new PledgewireError("input_too_large", `file is ${megabytes(source.size)}, over ${limit}`);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of source.open()) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    length += buf.length;
    if (length > max) throw new PledgewireError("input_too_large", `input is over ${limit}`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, length);
}

async function* parseWhole(bytes: Buffer, source: Source): AsyncGenerator<InputResult> {
  const { input, name } = source;
  switch (source.format) {
    case "html": {
      // Loaded on first use: the DOM and Readability take longer to load than a small batch of text takes to read.
      const { declaredCharset, readHtml } = await import("./html.js");
      const article = readHtml(decode(bytes, declaredCharset), name, input);
      if (article.text.trim() === "") throw new PledgewireError("input_empty", "no article text in the page");
      yield { kind: "article", article };
      return;
    }
    case "markdown":
      yield { kind: "article", article: readMarkdown(decode(bytes), name, input) };
      return;
    case "json":
      yield* parseJson(decode(bytes), source);
      return;
    default:
      yield { kind: "article", article: { id: name, text: decode(bytes), origin: input } };
  }
}

/** A .json file: one article object, or an array of them (each checked on its own). */
function* parseJson(text: string, { input, name }: Source): Generator<InputResult> {
  const value = parseJsonText(text);
  if (!Array.isArray(value)) {
    yield { kind: "article", article: articleFromRecord(value, name, input) };
    return;
  }
  if (value.length === 0) throw new PledgewireError("input_empty", "the array holds no articles");
  for (let i = 0; i < value.length; i++) {
    yield record(value[i], `${name}[${i}]`, `${input}[${i}]`);
  }
}

/** A JSONL feed, line by line: a bad line is reported with its number and the next line is read. */
async function* readJsonl({ input, name, open }: Source, maxLineBytes: number): AsyncGenerator<InputResult> {
  const { head, all } = await peek(open());
  if (head.length === 0) throw new PledgewireError("input_empty", "file is empty");
  assertText(head);
  let articles = 0;
  for await (const line of splitLines(all, maxLineBytes)) {
    const where = `${input}:${line.number}`;
    if (line.bytes === null) {
      const message = `line is ${megabytes(line.length)}, over the ${maxLineBytes / MB} MB limit for one article`;
      yield problem(where, new PledgewireError("input_too_large", message));
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(line.bytes, line.offset);
    } catch (error) {
      yield problem(where, error);
      continue;
    }
    if (text.trim() === "") continue;
    articles++;
    let value: unknown;
    try {
      value = parseJsonText(text);
    } catch (error) {
      yield problem(where, error);
      continue;
    }
    yield record(value, `${name}:${line.number}`, where);
  }
  if (articles === 0) throw new PledgewireError("input_empty", "no articles in the file (only blank lines)");
}

function record(value: unknown, id: string, where: string): InputResult {
  try {
    return { kind: "article", article: articleFromRecord(value, id, where) };
  } catch (error) {
    return problem(where, error);
  }
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PledgewireError("input_malformed", `bad JSON: ${(error as Error).message}`);
  }
}

/** The first chunk of a stream (to sniff it), and the whole stream again including that chunk. */
async function peek(
  stream: AsyncIterable<Buffer | string>,
): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : toBuffer(first.value);
  async function* all(): AsyncGenerator<Buffer> {
    try {
      if (head.length) yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
    } finally {
      await it.return?.();
    }
  }
  return { head, all: all() };
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk) : chunk;
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** A problem from anything thrown while reading: our own errors keep their code, system errors get one. */
export function problem(input: string, error: unknown): InputResult {
  if (error instanceof PledgewireError)
    return { kind: "problem", problem: { input, code: error.code, message: error.message } };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return {
      kind: "problem",
      problem: { input, code: "input_not_found", message: "no such file or directory" },
    };
  const message = code === "EACCES" ? "permission denied" : (error as Error).message;
  return { kind: "problem", problem: { input, code: "input_unreadable", message } };
}
