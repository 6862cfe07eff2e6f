// The store's reads and writes: documents with their events written in one transaction, look-ups, runs, feeds.
import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { LedgerEvent } from "../core/ledger.js";
import type { Extraction } from "../ingest/extraction.js";
import type { Database, DocumentTable, RunItemTable } from "./schema.js";

type Db = Kysely<Database> | Transaction<Database>;

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/** A document ready to write: its row, and for a canonical one its extraction and LSH band keys. */
export interface NewDocument {
  row: Insertable<Database["documents"]>;
  extraction: Extraction | null;
  bands: number[];
}

export type RunItem = Omit<RunItemTable, "run_id">;

/** Of these document ids, the ones already stored. */
export async function storedIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(ids, 1)) {
    const rows = await db.selectFrom("documents").select("id").where("id", "in", part).execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** Stored documents sharing an LSH band key, by key. */
export async function bandMembers(db: Db, keys: readonly number[]): Promise<Map<number, string[]>> {
  const members = new Map<number, string[]>();
  for (const part of chunks([...new Set(keys)], 1)) {
    const rows = await db
      .selectFrom("document_bands")
      .select(["key", "document_id"])
      .where("key", "in", part)
      .execute();
    for (const r of rows) members.set(r.key, [...(members.get(r.key) ?? []), r.document_id]);
  }
  return members;
}

/** Stored MinHash signatures by document id, as bytes. */
export async function signatures(db: Db, ids: readonly string[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const part of chunks(ids, 1)) {
    const rows = await db.selectFrom("documents").select(["id", "minhash"]).where("id", "in", part).execute();
    for (const r of rows) out.set(r.id, r.minhash);
  }
  return out;
}

/**
 * Writes documents, their events, evidence, names and band keys, and the run's record of each input, in
 * ONE transaction: a process killed half-way leaves none of it, so a re-run stores each document once.
 * A document already there (another ingest got to it first) is left as it is.
 */
export async function writeBatch(
  db: Kysely<Database>,
  runId: string,
  documents: readonly NewDocument[],
  items: readonly RunItem[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertAll(
      trx,
      "documents",
      documents.map((d) => d.row),
    );
    await insertExtractions(
      trx,
      documents.flatMap((d) => (d.extraction ? [{ documentId: d.row.id, extraction: d.extraction }] : [])),
    );
    await insertAll(
      trx,
      "document_bands",
      documents.flatMap((d) => d.bands.map((key) => ({ key, document_id: d.row.id }))),
    );
    await insertAll(
      trx,
      "run_items",
      items.map((item) => ({ ...item, run_id: runId })),
    );
  });
}

/** Replaces stored documents' extractions with new ones, in one transaction (for `reprocess`). */
export async function replaceExtractions(
  db: Kysely<Database>,
  list: readonly { document: { id: string; text: string }; extraction: Extraction }[],
  version: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ids = list.map((x) => x.document.id);
    for (const table of ["evidence", "events", "entities", "officials"] as const) {
      for (const part of chunks(ids, 1))
        await trx.deleteFrom(table).where("document_id", "in", part).execute();
    }
    for (const { document, extraction } of list) {
      await trx
        .updateTable("documents")
        .set({ ...documentFields(extraction, document.text), extractor_version: version })
        .where("id", "=", document.id)
        .execute();
    }
    await insertExtractions(
      trx,
      list.map((x) => ({ documentId: x.document.id, extraction: x.extraction })),
    );
  });
}

/**
 * The document columns an extraction fills; `text` is the article text it was extracted from. Title and
 * date are the extractor's, which reads them off a plain article's head when the input did not state them.
 */
export function documentFields(
  extraction: Extraction,
  text: string,
): Pick<
  DocumentTable,
  "title" | "published" | "languages" | "attribution" | "reference_date" | "outlet" | "clean_text"
> {
  const d = extraction.ledger.document;
  return {
    title: d.title,
    published: d.published,
    languages: JSON.stringify(d.languages),
    attribution: JSON.stringify(d.attribution ?? []),
    reference_date: d.reference_date ?? null,
    outlet: d.outlet ?? null,
    clean_text: extraction.cleanText === text ? null : extraction.cleanText,
  };
}

async function insertExtractions(
  trx: Transaction<Database>,
  list: readonly { documentId: string; extraction: Extraction }[],
): Promise<void> {
  const events: Insertable<Database["events"]>[] = [];
  const evidence: Insertable<Database["evidence"]>[] = [];
  const entities: Insertable<Database["entities"]>[] = [];
  const officials: Insertable<Database["officials"]>[] = [];
  for (const { documentId, extraction } of list) {
    const ids = new Set<string>();
    extraction.ledger.events.forEach((event, ordinal) => {
      const id = eventId(documentId, event, ids);
      const { evidence: spans, ...rest } = event;
      events.push({
        id,
        document_id: documentId,
        ordinal,
        type: event.type,
        donor: event.donor ?? null,
        recipient: event.recipient ?? null,
        date: event.date ?? null,
        data: JSON.stringify(rest),
      });
      spans.forEach((s, i) =>
        evidence.push({
          event_id: id,
          document_id: documentId,
          ordinal: i,
          start_offset: s.start,
          end_offset: s.end,
          text: s.text,
        }),
      );
    });
    for (const e of extraction.entities) entities.push({ document_id: documentId, ...e });
    extraction.officials.forEach((o, ordinal) =>
      officials.push({
        document_id: documentId,
        ordinal,
        name: o.name,
        role: o.role,
        code: o.code,
        start_offset: o.start,
        end_offset: o.end,
      }),
    );
  }
  await insertAll(trx, "events", events);
  await insertAll(trx, "evidence", evidence);
  await insertAll(trx, "entities", entities);
  await insertAll(trx, "officials", officials);
}

/**
 * "9c1f0e2ab4d35e7f": a hash of the document id, the event type and its evidence offsets, so the same
 * event keeps its id when the document is extracted again; a second event with the same evidence gets
 * the next free suffix ("…-2").
 */
export function eventId(documentId: string, event: LedgerEvent, taken: Set<string>): string {
  const evidence = event.evidence.map((e) => `${e.start}-${e.end}`).join(",");
  const base = createHash("sha256")
    .update(`${documentId}|${event.type}|${evidence}`)
    .digest("hex")
    .slice(0, 16);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

type Table = keyof Database;

/**
 * Multi-row inserts, as many rows a statement as the parameter limit allows. A row that is already there
 * (same key) is left alone: two ingests racing for one document store it once.
 */
export async function insertAll<T extends Table>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  for (const part of chunks(rows, columns)) {
    // kysely cannot relate a generic table name to its row type; T ties `rows` to `table` for callers.
    await trx
      .insertInto(table)
      .values(part as never)
      .onConflict((c) => c.doNothing())
      .execute();
  }
}

export function* chunks<T>(items: readonly T[], columns: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export async function startRun(
  db: Kysely<Database>,
  id: string,
  command: string,
  args: readonly string[],
): Promise<void> {
  await db
    .insertInto("runs")
    .values({
      id,
      command,
      arguments: JSON.stringify(args),
      started_at: new Date().toISOString(),
      finished_at: null,
      summary: null,
    })
    .execute();
}

export async function finishRun(db: Kysely<Database>, id: string, summary: unknown): Promise<void> {
  await db
    .updateTable("runs")
    .set({ finished_at: new Date().toISOString(), summary: JSON.stringify(summary) })
    .where("id", "=", id)
    .execute();
}

/** What `watch` keeps of a feed between polls (the web module's FeedState). */
export interface StoredFeedState {
  etag?: string;
  lastModified?: string;
  seen: string[];
}

export async function feedState(db: Kysely<Database>, url: string): Promise<StoredFeedState | null> {
  const row = await db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirst();
  if (!row) return null;
  return {
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
    seen: JSON.parse(row.seen) as string[],
  };
}

export async function saveFeedState(
  db: Kysely<Database>,
  url: string,
  state: StoredFeedState,
): Promise<void> {
  const values = {
    etag: state.etag ?? null,
    last_modified: state.lastModified ?? null,
    seen: JSON.stringify(state.seen),
    polled_at: new Date().toISOString(),
  };
  await db
    .insertInto("feeds")
    .values({ url, ...values })
    .onConflict((c) => c.column("url").doUpdateSet(values))
    .execute();
}

/** A stored document as `reprocess` reads it back. */
export interface StoredArticle {
  id: string;
  source_id: string;
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  origin: string | null;
}

/**
 * Canonical documents in id order after `after`: those extracted by another extractor version than
 * `version`, or all of them when `version` is null.
 */
export async function staleDocuments(
  db: Kysely<Database>,
  version: string | null,
  after: string,
  limit: number,
): Promise<StoredArticle[]> {
  let query = db
    .selectFrom("documents")
    .select(["id", "source_id", "text", "title", "published", "url", "language", "origin"])
    .where("duplicate_of", "is", null);
  if (version !== null) {
    query = query.where((eb) =>
      eb.or([eb("extractor_version", "is", null), eb("extractor_version", "!=", version)]),
    );
  }
  return query.where("id", ">", after).orderBy("id").limit(limit).execute();
}
