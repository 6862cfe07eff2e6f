// The resolved ledger kept in the store: src/resolve's entries as rows, updated as documents arrive, with reviews applied.
import type { Insertable, Kysely, Transaction } from "kysely";
import type {
  AgreementStatus,
  AidType,
  Category,
  EventType,
  Instrument,
  Item,
  LedgerDocument,
  LedgerEvent,
  MoneyValue,
} from "../core/ledger.js";
import { recompute } from "../resolve/consensus.js";
import { resolveWithStore } from "../resolve/ledger.js";
import type { LedgerEntry, LedgerState, LedgerStore, ResolveInput, SourceRef } from "../resolve/types.js";
import { chunks, insertAll } from "./repository.js";
import type { Database } from "./schema.js";
import type { Store } from "./open.js";

type Db = Kysely<Database> | Transaction<Database>;

/** Whether people have looked at a record: untouched machine output, or accepted, corrected, rejected. */
export type ReviewState = "machine" | "accepted" | "corrected" | "rejected";

/** What an analyst may change in an event or entry: the LEDGER §2 fields, never ids or evidence. */
export type Correction = Partial<
  Pick<
    LedgerEvent,
    | "type"
    | "parties"
    | "donor"
    | "recipient"
    | "aid_type"
    | "value"
    | "items"
    | "scope"
    | "instrument"
    | "status"
    | "date"
    | "deadline"
    | "retrospective"
    | "cumulative"
  >
>;

/** One act in the ledger (an entry of src/resolve), however many documents report it, as the API lists it. */
export interface EntryRecord {
  id: string;
  type: EventType;
  donor: string | null;
  recipient: string | null;
  parties: string[];
  aid_type: AidType | null;
  instrument: Instrument | null;
  status: AgreementStatus | null;
  value: MoneyValue | null;
  /** The value in euros, null when there is none or its currency has no rate. */
  value_eur: number | null;
  categories: Category[];
  items: Item[];
  /** The act's date as the reports state it; `earliest` is the first report's publication date. */
  date: string | null;
  earliest: string | null;
  cumulative: boolean;
  review: ReviewState;
  sources: number;
  /** Independent outlets among the sources. */
  outlets: number;
}

export interface StoredReview {
  state: Exclude<ReviewState, "machine">;
  correction: Correction;
}

/** Raised when another process changed the ledger between this one's load and save; the work is redone. */
class StaleLedger extends Error {}

/** The data version: every change of entries or reviews bumps it, so readers know when a cache is stale. */
export async function dataVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom("ledger_meta")
    .select("value")
    .where("key", "=", "version")
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Bumps the version, refusing when it is no longer `seen` (another writer came first). */
export async function bumpVersion(trx: Transaction<Database>, seen: number | null): Promise<void> {
  let query = trx
    .updateTable("ledger_meta")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("key", "=", "version");
  if (seen !== null) query = query.where("value", "=", seen);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new StaleLedger("the ledger changed meanwhile");
}

/**
 * The LedgerStore of src/resolve over the store's tables: `load` reads every entry as the resolver left it,
 * `save` writes the changed ones with the documents that were added, in one transaction, and only if no
 * other writer saved since `load` (else StaleLedger).
 */
class StoredLedger implements LedgerStore {
  private version = 0;
  readonly added: string[] = [];

  constructor(private readonly db: Kysely<Database>) {}

  async load(): Promise<LedgerState | null> {
    this.version = await dataVersion(this.db);
    const kept = lastSaved.get(this.db);
    // Taken out while in use: the resolver changes the entries in place, and only a save puts them back.
    lastSaved.delete(this.db);
    if (kept?.version === this.version) return kept.state;
    const next = await this.db
      .selectFrom("ledger_meta")
      .select("value")
      .where("key", "=", "next_id")
      .executeTakeFirst();
    const rows = await this.db.selectFrom("ledger_entries").select("machine").execute();
    const nextId = Number(next?.value ?? 1);
    if (rows.length === 0 && nextId === 1) return null;
    return { version: 1, nextId, entries: rows.map((r) => JSON.parse(r.machine) as LedgerEntry) };
  }

  async save(state: LedgerState, changed: readonly LedgerEntry[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await bumpVersion(trx, this.version);
      await trx
        .updateTable("ledger_meta")
        .set({ value: state.nextId })
        .where("key", "=", "next_id")
        .execute();
      await writeEntries(trx, changed);
      await insertAll(
        trx,
        "ledger_documents",
        this.added.map((document_id) => ({ document_id })),
      );
    });
    lastSaved.set(this.db, { version: this.version + 1, state });
  }
}

/**
 * The state this process last saved to each open store, with the version that save made. While nobody else
 * has written since, the next resolve (the server's next upload) starts from it instead of reading and
 * parsing every entry again: 150,000 entries take seconds to read back.
 */
const lastSaved = new WeakMap<Kysely<Database>, { version: number; state: LedgerState }>();

/** Documents read back per query while resolving. */
const PAGE = 500;

/**
 * Adds every stored document the ledger has not seen yet (in publication order, then id) to the resolved
 * ledger, and saves the entries that changed. Ingest calls it after each run; a run killed before it did
 * leaves its documents pending for the next call. Returns how many documents were added.
 */
export async function resolvePending(store: Store): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const ledger = new StoredLedger(store.db);
    const pending = await store.db
      .selectFrom("documents")
      .leftJoin("ledger_documents", "ledger_documents.document_id", "documents.id")
      .select(["documents.id", "documents.published"])
      .where("ledger_documents.document_id", "is", null)
      .execute();
    if (pending.length === 0) return 0;
    const ids = pending
      .sort((a, b) => cmp(a.published ?? "", b.published ?? "") || cmp(a.id, b.id))
      .map((d) => d.id);
    try {
      await resolveWithStore(ledger, storedDocuments(store.db, ids, ledger.added));
      return ids.length;
    } catch (error) {
      if (!(error instanceof StaleLedger) || attempt === 5) throw error;
    }
  }
}

/** Empties the resolved ledger (reviews stay), so the next `resolvePending` resolves every document anew. */
export async function resetLedger(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of [
      "ledger_entries",
      "ledger_entry_keys",
      "ledger_sources",
      "ledger_documents",
    ] as const)
      await trx.deleteFrom(table).execute();
    await trx.updateTable("ledger_meta").set({ value: 1 }).where("key", "=", "next_id").execute();
    await bumpVersion(trx, null);
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The documents as extract output (the store's ids, events with evidence), a page at a time. */
async function* storedDocuments(
  db: Kysely<Database>,
  ids: readonly string[],
  added: string[],
): AsyncGenerator<ResolveInput> {
  for (let i = 0; i < ids.length; i += PAGE) {
    const part = ids.slice(i, i + PAGE);
    const docs = await db
      .selectFrom("documents")
      .select(["id", "title", "published", "url", "outlet", "languages", "attribution", "reference_date"])
      .where("id", "in", part)
      .execute();
    const events = await db
      .selectFrom("events")
      .select(["id", "document_id", "ordinal", "data"])
      .where("document_id", "in", part)
      .orderBy("document_id")
      .orderBy("ordinal")
      .execute();
    const evidence = await db
      .selectFrom("evidence")
      .select(["event_id", "start_offset", "end_offset", "text"])
      .where("document_id", "in", part)
      .orderBy("event_id")
      .orderBy("ordinal")
      .execute();
    const spans = new Map<string, LedgerEvent["evidence"]>();
    for (const e of evidence) {
      const list = spans.get(e.event_id) ?? [];
      list.push({ start: e.start_offset, end: e.end_offset, text: e.text });
      spans.set(e.event_id, list);
    }
    const byDocument = new Map<string, LedgerEvent[]>();
    for (const e of events) {
      const list = byDocument.get(e.document_id) ?? [];
      // The ordinal is the event's index in its document: SourceRef.eventIndex names it by that.
      list[e.ordinal] = { ...(JSON.parse(e.data) as LedgerEvent), evidence: spans.get(e.id) ?? [] };
      byDocument.set(e.document_id, list);
    }
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const id of part) {
      const d = byId.get(id);
      if (!d) continue;
      const document: LedgerDocument = {
        id,
        document: {
          title: d.title,
          published: d.published,
          languages: JSON.parse(d.languages) as string[],
          url: d.url,
          outlet: d.outlet,
          attribution: JSON.parse(d.attribution) as string[],
          reference_date: d.reference_date,
        },
        events: byDocument.get(id) ?? [],
      };
      added.push(id);
      yield { document };
    }
  }
}

/** "9c1f0e2ab4d35e7f:2": a source's event as (document, ordinal). */
const sourceKey = (document: string, ordinal: number): string => `${document}:${ordinal}`;

/** The reviews of these documents' events, by source key. */
async function reviewsOf(db: Db, documents: readonly string[]): Promise<Map<string, StoredReview>> {
  const found = new Map<string, StoredReview>();
  for (const part of chunks([...new Set(documents)], 1)) {
    const rows = await db
      .selectFrom("reviews")
      .innerJoin("events", "events.id", "reviews.event_id")
      .select(["events.document_id", "events.ordinal", "reviews.state", "reviews.correction"])
      .where("events.document_id", "in", part)
      .execute();
    for (const r of rows) {
      found.set(sourceKey(r.document_id, r.ordinal), {
        state: r.state as StoredReview["state"],
        correction: JSON.parse(r.correction) as Correction,
      });
    }
  }
  return found;
}

/** Fields consensus does not vote on (they place the entry): a correction of them is taken as it is. */
const PLACING = ["type", "donor", "recipient", "cumulative"] as const;

/**
 * The entry as people reviewed it: corrected reports state what the correction says, rejected ones are left
 * out, and consensus is computed again from what remains (so a corrected value gets its euro figure). Its
 * review state: the one every remaining report shares, else "corrected" when any is, else "machine".
 * `{sources: [a (corrected: date 2025-01-02), b]}` → date voted again, review "corrected".
 */
export function reviewedEntry(
  machine: LedgerEntry,
  reviewOf: (source: SourceRef) => StoredReview | undefined,
): { entry: LedgerEntry; review: ReviewState } {
  const reviews = machine.sources.map(reviewOf);
  if (reviews.every((r) => r === undefined)) return { entry: machine, review: "machine" };
  const kept: SourceRef[] = [];
  const states = new Set<ReviewState>();
  const corrections: Correction[] = [];
  machine.sources.forEach((source, i) => {
    const r = reviews[i];
    if (r?.state === "rejected") return;
    states.add(r?.state ?? "machine");
    if (r && Object.keys(r.correction).length) {
      corrections.push(r.correction);
      kept.push({ ...source, stated: { ...source.stated, ...r.correction } });
    } else kept.push(source);
  });
  if (kept.length === 0) return { entry: machine, review: "rejected" };
  const review: ReviewState =
    states.size === 1 ? ([...states][0] as ReviewState) : states.has("corrected") ? "corrected" : "machine";
  if (corrections.length === 0 && kept.length === machine.sources.length) return { entry: machine, review };
  const entry: LedgerEntry = { ...machine, sources: kept };
  for (const c of corrections)
    for (const field of PLACING) if (c[field] !== undefined) Object.assign(entry, { [field]: c[field] });
  recompute(entry);
  return { entry, review };
}

/** The categories an entry is about: its items' and its scope's. */
function entryCategories(e: LedgerEntry): Category[] {
  return [...new Set([...(e.items ?? []).map((i) => i.category), ...(e.scope ?? [])])];
}

/** The entry as lists show it: kept beside the resolver's JSON, so a page of 50 parses 50 small records. */
function entryRecord(e: LedgerEntry, review: ReviewState): EntryRecord {
  return {
    id: e.id,
    type: e.type,
    donor: e.donor ?? null,
    recipient: e.recipient ?? null,
    parties: e.parties ?? [],
    aid_type: e.aid_type ?? null,
    instrument: e.instrument ?? null,
    status: e.status ?? null,
    value: e.value ?? null,
    value_eur: e.valueEur ? Math.round(e.valueEur.eur) : null,
    categories: entryCategories(e),
    items: e.items ?? [],
    date: e.date ?? null,
    earliest: e.earliest,
    cumulative: e.cumulative ?? false,
    review,
    sources: new Set(e.sources.map((s) => s.document)).size,
    outlets: e.outlets,
  };
}

function keyRows(id: string, e: LedgerEntry): Insertable<Database["ledger_entry_keys"]>[] {
  const rows: Insertable<Database["ledger_entry_keys"]>[] = [];
  const add = (dim: string, keys: readonly string[]): void => {
    const unique = [...new Set(keys)];
    for (const key of unique) rows.push({ entry_id: id, dim, key, weight: 1 / unique.length });
  };
  const parties = e.parties ?? [];
  add("donor", e.type === "agreement" ? parties : [e.donor ?? "unknown"]);
  add("recipient", e.type === "agreement" ? parties : [e.recipient ?? "unknown"]);
  const categories = entryCategories(e);
  add("category", categories.length ? categories : ["unspecified"]);
  add(
    "party",
    [e.donor, e.recipient, ...parties].filter((c): c is string => !!c),
  );
  return rows;
}

/**
 * Writes entries as the resolver left them, with their reviewed form and the keys and sources it is
 * queried by; earlier rows of the same entries are replaced.
 */
export async function writeEntries(
  trx: Transaction<Database>,
  entries: readonly LedgerEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const reviews = await reviewsOf(
    trx,
    entries.flatMap((e) => e.sources.map((s) => s.document)),
  );
  const ids = entries.map((e) => e.id);
  for (const part of chunks(ids, 1)) {
    await trx.deleteFrom("ledger_entry_keys").where("entry_id", "in", part).execute();
    await trx.deleteFrom("ledger_sources").where("entry_id", "in", part).execute();
    await trx.deleteFrom("ledger_entries").where("id", "in", part).execute();
  }
  const rows: Insertable<Database["ledger_entries"]>[] = [];
  const keys: Insertable<Database["ledger_entry_keys"]>[] = [];
  const sources: Insertable<Database["ledger_sources"]>[] = [];
  for (const machine of entries) {
    const { entry, review } = reviewedEntry(machine, (s) => reviews.get(sourceKey(s.document, s.eventIndex)));
    rows.push({
      id: machine.id,
      type: entry.type,
      donor: entry.donor ?? null,
      recipient: entry.recipient ?? null,
      aid_type: entry.aid_type ?? null,
      date: entry.date ?? entry.earliest ?? "",
      value_eur: entry.valueEur?.eur ?? null,
      cumulative: entry.cumulative ? 1 : 0,
      review,
      record: JSON.stringify(entryRecord(entry, review)),
      machine: JSON.stringify(machine),
      reviewed: entry === machine ? null : JSON.stringify(entry),
    });
    keys.push(...keyRows(machine.id, entry));
    const seen = new Set<string>();
    for (const s of machine.sources) {
      const key = sourceKey(s.document, s.eventIndex);
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push({ entry_id: machine.id, document_id: s.document, ordinal: s.eventIndex });
    }
  }
  await insertAll(trx, "ledger_entries", rows);
  await insertAll(trx, "ledger_entry_keys", keys);
  await insertAll(trx, "ledger_sources", sources);
}

/** The resolver's entries whose sources include these events (by document and ordinal). */
export async function entriesOfEvents(
  db: Db,
  events: readonly { document_id: string; ordinal: number }[],
): Promise<LedgerEntry[]> {
  const ids = new Set<string>();
  for (const e of events) {
    const rows = await db
      .selectFrom("ledger_sources")
      .select("entry_id")
      .where("document_id", "=", e.document_id)
      .where("ordinal", "=", e.ordinal)
      .execute();
    for (const r of rows) ids.add(r.entry_id);
  }
  const out: LedgerEntry[] = [];
  for (const part of chunks([...ids], 1)) {
    const rows = await db.selectFrom("ledger_entries").select("machine").where("id", "in", part).execute();
    for (const r of rows) out.push(JSON.parse(r.machine) as LedgerEntry);
  }
  return out;
}
