// Ingestion over the API: an uploaded file, a JSON article or a URL runs through the extractor into the ledger.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../core/doc.js";
import { PledgewireError } from "../core/errors.js";
import type { InputResult } from "../input/read-inputs.js";
import { MAX_FILE_BYTES, readInputs } from "../input/read-inputs.js";
import type { DocumentSummary, LedgerData } from "./data.js";

export interface IngestResult {
  documents: DocumentSummary[];
  /** Inputs that yielded no document, each naming the input: {input: "feed.jsonl:3", message: 'missing "text"'}. */
  problems: { input: string; message: string }[];
}

interface Defaults {
  published: string | null;
  language: string | null;
}

const URL_TIMEOUT_MS = 15_000;

/** Extracts each article and stores it; an article that fails is reported and the rest go on. */
async function store(
  data: LedgerData,
  articles: AsyncIterable<Article | { input: string; message: string }>,
): Promise<IngestResult> {
  // Loaded on first use: the extractor's dictionaries are not needed to serve reads.
  const { analyse, toLedger } = await import("../extract/pipeline.js");
  const result: IngestResult = { documents: [], problems: [] };
  for await (const a of articles) {
    if ("message" in a) {
      result.problems.push(a);
      continue;
    }
    try {
      const doc = analyse(a);
      const ledger = toLedger(doc);
      result.documents.push(
        await data.ingest({
          id: doc.id,
          text: doc.text,
          title: ledger.document.title,
          published: ledger.document.published,
          url: ledger.document.url ?? null,
          languages: ledger.document.languages,
          events: ledger.events,
        }),
      );
    } catch (error) {
      result.problems.push({
        input: a.origin ?? a.id,
        message: `extraction failed: ${(error as Error).message}`,
      });
    }
  }
  return result;
}

/** Articles from `readInputs`, each problem named and the caller's defaults filled in. */
async function* articlesOf(
  results: AsyncIterable<InputResult>,
  defaults: Defaults,
  source: { name: string; url: string | null } | null = null,
): AsyncGenerator<Article | { input: string; message: string }> {
  for await (const r of results) {
    if (r.kind === "problem") {
      yield { input: source?.name ?? r.problem.input, message: r.problem.message };
      continue;
    }
    yield {
      ...r.article,
      origin: source?.name ?? r.article.origin,
      url: r.article.url ?? source?.url ?? null,
      published: r.article.published ?? defaults.published,
      language: r.article.language ?? defaults.language,
    };
  }
}

/** The articles in a file, read by the same code as `extract` (format by extension), from a private temp folder. */
async function* fileArticles(
  name: string,
  bytes: Uint8Array,
  defaults: Defaults,
  url: string | null = null,
): AsyncGenerator<Article | { input: string; message: string }> {
  const dir = await mkdtemp(join(tmpdir(), "pledgewire-upload-"));
  // Only the base name's safe characters: "../../etc/passwd" becomes "passwd".
  const safe =
    name
      .replace(/^.*[\\/]/, "")
      .replace(/[^\w.-]+/g, "_")
      .replace(/^\.+/, "") || "upload.txt";
  try {
    const path = join(dir, safe);
    await writeFile(path, bytes);
    yield* articlesOf(readInputs([path]), defaults, { name, url });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Files and folders on the server's disk (`serve --sample`, `serve FILE...`), read as `extract` reads them. */
export async function ingestPaths(data: LedgerData, paths: readonly string[]): Promise<IngestResult> {
  return store(data, articlesOf(readInputs(paths), { published: null, language: null }));
}

export async function ingestUpload(data: LedgerData, file: File, defaults: Defaults): Promise<IngestResult> {
  if (file.size > MAX_FILE_BYTES)
    throw new PledgewireError(
      "input_too_large",
      `${file.name}: over the ${MAX_FILE_BYTES / 2 ** 20} MB limit`,
    );
  return store(data, fileArticles(file.name, new Uint8Array(await file.arrayBuffer()), defaults));
}

/** `{"text": "...", "title"?, "published"?, "url"?, "language"?, "id"?}`; without an id, one from the text's hash. */
export async function ingestJson(data: LedgerData, body: unknown): Promise<IngestResult> {
  const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b.text !== "string" || !b.text.trim())
    throw new PledgewireError(
      "invalid_request",
      'body wants {"text": "...", "title"?, "published"?, "url"?, "language"?, "id"?}',
    );
  const optional = (k: string): string | null => (typeof b[k] === "string" && b[k] ? (b[k] as string) : null);
  const id = optional("id") ?? `doc-${createHash("sha1").update(b.text).digest("hex").slice(0, 12)}`;
  const article: Article = {
    id,
    text: b.text,
    title: optional("title"),
    published: optional("published"),
    url: optional("url"),
    language: optional("language"),
    origin: id,
  };
  return store(
    data,
    (async function* () {
      yield article;
    })(),
  );
}

/** Fetches an http(s) page and reads it as HTML or text by its content type. */
export async function ingestUrl(data: LedgerData, raw: string): Promise<IngestResult> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PledgewireError("invalid_request", `url is not a URL: "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PledgewireError("invalid_request", `url must be http or https, got "${raw}"`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(URL_TIMEOUT_MS), redirect: "follow" });
  } catch (error) {
    throw new PledgewireError("input_unreadable", `${raw}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new PledgewireError("input_unreadable", `${raw}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES)
    throw new PledgewireError("input_too_large", `${raw}: over the ${MAX_FILE_BYTES / 2 ** 20} MB limit`);
  const html = (response.headers.get("content-type") ?? "").includes("html");
  const stem = `${url.hostname}${url.pathname}`.replace(/\.[a-z]+$/i, "").replace(/[\\/]+/g, "_");
  return store(
    data,
    fileArticles(`${stem}.${html ? "html" : "txt"}`, bytes, { published: null, language: null }, url.href),
  );
}
