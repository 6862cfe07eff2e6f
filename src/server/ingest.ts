// Ingestion over the API: an uploaded file, a JSON article or a URL, read into articles for the store's ingest.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../core/doc.js";
import { PledgewireError } from "../core/errors.js";
import { readSources } from "../ingest/sources.js";
import type { InputResult } from "../input/read-inputs.js";
import { MAX_FILE_BYTES } from "../input/read-inputs.js";
import type { IngestDefaults, IngestResult, LedgerData } from "./data.js";

const NO_DEFAULTS: IngestDefaults = { published: null, language: null };

/** Results named by what the client sent ("grant.html"), not the private temporary path they were read from. */
async function* named(results: AsyncIterable<InputResult>, name: string): AsyncGenerator<InputResult> {
  for await (const r of results) {
    if (r.kind === "problem") yield { kind: "problem", problem: { ...r.problem, input: name } };
    else yield { kind: "article", article: { ...r.article, origin: name } };
  }
}

/** The articles in an uploaded file, read by the same code as `extract` (format by extension), from a private temp folder. */
async function* fileArticles(name: string, bytes: Uint8Array): AsyncGenerator<InputResult> {
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
    yield* named(readSources([path]), name);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function ingestUpload(
  data: LedgerData,
  file: File,
  defaults: IngestDefaults,
): Promise<IngestResult> {
  if (file.size > MAX_FILE_BYTES)
    throw new PledgewireError(
      "input_too_large",
      `${file.name}: over the ${MAX_FILE_BYTES / 2 ** 20} MB limit`,
    );
  return data.ingest(fileArticles(file.name, new Uint8Array(await file.arrayBuffer())), defaults, file.name);
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
  return data.ingest(
    (async function* () {
      yield { kind: "article", article } as const;
    })(),
    NO_DEFAULTS,
    id,
  );
}

/** An http(s) page or RSS/Atom feed, read by `ingest`'s web reader (timeout, size cap, redirects, charset). */
export async function ingestUrl(data: LedgerData, raw: string): Promise<IngestResult> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PledgewireError("invalid_request", `url is not a URL: "${raw}"`);
  }
  // Checked here, since anything else would be read as a path on the server's disk.
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PledgewireError("invalid_request", `url must be http or https, got "${raw}"`);
  return data.ingest(readSources([url.href]), NO_DEFAULTS, url.href);
}
