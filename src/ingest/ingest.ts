// The ingest loop: fingerprints each article, recognises copies, extracts new ones in workers, writes in batches.
import { randomUUID } from "node:crypto";
import type { Article } from "../core/doc.js";
import type { InputResult } from "../input/read-inputs.js";
import type { Store } from "../store/open.js";
import { resolvePending } from "../store/ledger-store.js";
import type { NewDocument, RunItem } from "../store/repository.js";
import {
  bandMembers,
  documentFields,
  finishRun,
  signatures,
  startRun,
  storedIds,
  writeBatch,
} from "../store/repository.js";
import type { Extraction } from "./extraction.js";
import { extractorVersion } from "./extraction.js";
import type { Fingerprint } from "./fingerprint.js";
import { fingerprint, NEAR_COPY, signatureBytes, signatureFromBytes, similarity } from "./fingerprint.js";
import { ExtractorPool } from "./pool.js";
import type { Summary } from "./summary.js";
import { problemOutcome, Tally } from "./summary.js";

/** Articles looked up in the store together: one query for their hashes, one for their bands. */
const LOOKUP = 64;
/** Inputs written per transaction, unless the caller says otherwise. */
export const DEFAULT_BATCH = 256;
/**
 * Fewer words than this is not an article: a page whose reader found only its menu ("Home"), a caption.
 * A one-line Telegram post such as "Lithuania sent 5,000 drones to Ukraine" still passes.
 */
const MIN_WORDS = 5;

export interface IngestOptions {
  store: Store;
  /** The command and arguments recorded with the run: "ingest", ["feeds/"]. */
  command: string;
  args: readonly string[];
  /** Extraction worker threads; 0 extracts in this thread. */
  workers: number;
  /**
   * Inputs written per transaction (default 256). Twice as many are in flight at most, which keeps
   * memory flat on any input size; a killed run loses at most the batch it was writing.
   */
  batch?: number;
  /** For articles that do not state them (--published, --lang). */
  defaults?: { published: string | null; language: string | null };
  /** Called after each written batch with the inputs done so far. */
  onProgress?(done: number): void;
}

interface Entry {
  input: string;
  item: RunItem;
  document: {
    row: NewDocument["row"];
    bands: number[];
    /** For a new document; null for a near copy, which is stored but not extracted. */
    extraction: Promise<Extraction | Error> | null;
  } | null;
  reason?: { code: string; message: string };
}

/** Ingests every input into the store as one recorded run, resolves the new documents and returns its summary. */
export async function ingest(inputs: AsyncIterable<InputResult>, options: IngestOptions): Promise<Summary> {
  const run = new IngestRun(options);
  await startRun(options.store.db, run.id, options.command, options.args);
  try {
    for await (const result of inputs) await run.add(result);
    return await run.finish();
  } finally {
    await run.close();
  }
}

class IngestRun {
  readonly id = randomUUID();
  private readonly tally: Tally;
  private readonly pool: ExtractorPool;
  private readonly version = extractorVersion();
  private lookup: { article: Article; fp: Fingerprint }[] = [];
  private queue: Entry[] = [];
  private seq = 0;
  /** Documents decided on but not yet written, so a copy later in the same window is still recognised. */
  private readonly pendingIds = new Set<string>();
  private readonly pendingBands = new Map<number, string[]>();
  private readonly pendingSignatures = new Map<string, Uint32Array>();
  /** Documents whose extraction failed: not stored, so their copies in this run cannot point at them. */
  private readonly failedIds = new Set<string>();
  private readonly batch: number;

  constructor(private readonly options: IngestOptions) {
    this.tally = new Tally(this.id, options.store.name);
    this.pool = new ExtractorPool(options.workers);
    this.batch = options.batch ?? DEFAULT_BATCH;
  }

  async add(result: InputResult): Promise<void> {
    if (result.kind === "problem") {
      // Looked-up articles go first so the run's record keeps the order inputs were read in.
      await this.resolve();
      const { input, code, message } = result.problem;
      this.enqueue(input, problemOutcome(code), null, null, { code, message });
    } else {
      const fp = fingerprint(result.article.text);
      if (fp.words < MIN_WORDS) {
        await this.resolve();
        const { article } = result;
        const message = `no article: the text has fewer than ${MIN_WORDS} words`;
        this.enqueue(article.origin ?? article.id, "skipped", null, null, { code: "input_empty", message });
      } else {
        const defaults = this.options.defaults;
        const article: Article = {
          ...result.article,
          published: result.article.published ?? defaults?.published ?? null,
          language: result.article.language ?? defaults?.language ?? null,
        };
        this.lookup.push({ article, fp });
        if (this.lookup.length >= Math.min(LOOKUP, this.batch)) await this.resolve();
      }
    }
    while (this.queue.length >= 2 * this.batch) await this.writeFront(this.batch);
  }

  async finish(): Promise<Summary> {
    await this.resolve();
    while (this.queue.length > 0) await this.writeFront(this.batch);
    // The new documents join the resolved ledger (src/resolve) as one batch: the ledger's state is read once.
    await resolvePending(this.options.store);
    const summary = this.tally.finish();
    await finishRun(this.options.store.db, this.id, summary);
    return summary;
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Decides for each looked-up article: copy of a stored or pending one, near copy, or new (extracted). */
  private async resolve(): Promise<void> {
    if (this.lookup.length === 0) return;
    const batch = this.lookup;
    this.lookup = [];
    const db = this.options.store.db;
    const stored = await storedIds(
      db,
      batch.map((b) => b.fp.id),
    );
    const members = await bandMembers(
      db,
      batch.flatMap((b) => b.fp.bands),
    );
    const unknown = [...new Set([...members.values()].flat())].filter(
      (id) => !this.pendingSignatures.has(id),
    );
    const storedSignatures = await signatures(db, unknown);
    const signatureOf = (id: string): Uint32Array | undefined => {
      const bytes = storedSignatures.get(id);
      return bytes ? signatureFromBytes(bytes) : this.pendingSignatures.get(id);
    };
    for (const { article, fp } of batch) {
      const input = article.origin ?? article.id;
      if (stored.has(fp.id) || this.pendingIds.has(fp.id)) {
        this.enqueue(input, "duplicate", fp.id, `same text as document ${fp.id}`);
        continue;
      }
      const near = this.nearest(fp, members, signatureOf);
      this.pendingIds.add(fp.id);
      const row = documentRow(article, fp, near?.id ?? null);
      if (near) {
        const reason = `near copy of document ${near.id} (similarity ${near.similarity.toFixed(2)})`;
        this.enqueue(input, "near_duplicate", fp.id, reason, undefined, { row, bands: [], extraction: null });
        continue;
      }
      this.pendingSignatures.set(fp.id, fp.signature);
      for (const key of fp.bands) this.pendingBands.set(key, [...(this.pendingBands.get(key) ?? []), fp.id]);
      const extraction = this.pool
        .extract(article)
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      this.enqueue(input, "new", fp.id, null, undefined, { row, bands: fp.bands, extraction });
    }
  }

  /** The most similar canonical document sharing a band with `fp`, if it is similar enough. */
  private nearest(
    fp: Fingerprint,
    members: Map<number, string[]>,
    signatureOf: (id: string) => Uint32Array | undefined,
  ): { id: string; similarity: number } | null {
    let best: { id: string; similarity: number } | null = null;
    const checked = new Set<string>();
    for (const key of fp.bands) {
      for (const id of [...(members.get(key) ?? []), ...(this.pendingBands.get(key) ?? [])]) {
        if (checked.has(id)) continue;
        checked.add(id);
        const other = signatureOf(id);
        const s = other ? similarity(fp.signature, other) : 0;
        if (s >= NEAR_COPY && s > (best?.similarity ?? 0)) best = { id, similarity: s };
      }
    }
    return best;
  }

  private enqueue(
    input: string,
    outcome: RunItem["outcome"],
    documentId: string | null,
    note: string | null,
    reason?: { code: string; message: string },
    document: Entry["document"] = null,
  ): void {
    const item: RunItem = {
      seq: this.seq++,
      input,
      outcome,
      document_id: documentId,
      reason: reason ? `${reason.code}: ${reason.message}` : note,
    };
    this.queue.push({ input, item, document, ...(reason ? { reason } : {}) });
  }

  /** Waits for the first `n` entries' extractions and writes them in one transaction. */
  private async writeFront(n: number): Promise<void> {
    const part = this.queue.splice(0, n);
    const documents: NewDocument[] = [];
    let events = 0;
    for (const entry of part) {
      const d = entry.document;
      const original =
        d?.row.duplicate_of ?? (entry.item.outcome === "duplicate" ? entry.item.document_id : null);
      if (original && this.failedIds.has(original)) {
        fail(entry, `a copy of document ${original}, whose extraction failed`);
        continue;
      }
      if (!d) continue;
      const extraction = d.extraction ? await d.extraction : null;
      if (extraction instanceof Error) {
        // The article is not stored, so a later run tries it again.
        this.failedIds.add(d.row.id);
        fail(entry, `extraction failed: ${extraction.message}`);
        continue;
      }
      const row = extraction
        ? { ...d.row, ...documentFields(extraction, d.row.text), extractor_version: this.version }
        : d.row;
      events += extraction?.ledger.events.length ?? 0;
      documents.push({ row, extraction, bands: d.bands });
    }
    await writeBatch(
      this.options.store.db,
      this.id,
      documents,
      part.map((e) => e.item),
    );
    for (const entry of part) this.tally.add(entry.input, entry.item.outcome, entry.reason);
    this.tally.summary.events += events;
    for (const entry of part) {
      const id = entry.document?.row.id;
      if (id === undefined) continue;
      this.pendingIds.delete(id);
      this.pendingSignatures.delete(id);
      for (const key of entry.document?.bands ?? []) {
        const left = (this.pendingBands.get(key) ?? []).filter((x) => x !== id);
        if (left.length) this.pendingBands.set(key, left);
        else this.pendingBands.delete(key);
      }
    }
    this.options.onProgress?.(this.tally.done);
  }
}

function fail(entry: Entry, message: string): void {
  entry.reason = { code: "internal", message };
  entry.item = { ...entry.item, outcome: "failed", document_id: null, reason: `internal: ${message}` };
}

/** The row of a document before extraction fills in what it reads from the text. */
function documentRow(article: Article, fp: Fingerprint, duplicateOf: string | null): NewDocument["row"] {
  return {
    id: fp.id,
    content_hash: fp.hash,
    source_id: article.id,
    origin: article.origin ?? null,
    url: article.url ?? null,
    outlet: null,
    title: article.title ?? null,
    published: article.published ?? null,
    language: article.language ?? null,
    languages: "[]",
    attribution: "[]",
    reference_date: null,
    text: article.text,
    clean_text: null,
    minhash: signatureBytes(fp.signature),
    duplicate_of: duplicateOf,
    extractor_version: null,
    ingested_at: new Date().toISOString(),
  };
}
