// The in-memory ledger behind the server until the kysely store lands: documents, events, entries, review.
import { createHash } from "node:crypto";
import type { Category, LedgerEvent } from "../core/ledger.js";
import type {
  AuditRecord,
  Correction,
  DocumentRecord,
  DocumentSummary,
  EntitySummary,
  EntryDetail,
  EntryRecord,
  EventRecord,
  Filters,
  IngestDocument,
  LedgerData,
  Page,
  Paging,
  ReviewAction,
  ReviewState,
  SearchHit,
  StatDimension,
  StatRow,
} from "./data.js";
import { entityName } from "./entity-names.js";
import { toEuro } from "./euro-rates.js";

interface StoredDocument {
  summary: DocumentSummary;
  text: string;
  /** Title and text in lower case, searched by `q`. */
  haystack: string;
  /** The extractor's events, before any review. */
  machine: EventRecord[];
}

/** A review kept by event id, so it applies again when the document is extracted anew. */
interface StoredReview {
  state: Exclude<ReviewState, "machine">;
  correction: Correction;
}

interface Views {
  events: EventRecord[];
  eventsById: Map<string, EventRecord>;
  entries: EntryRecord[];
  entriesById: Map<string, { entry: EntryRecord; events: EventRecord[] }>;
  /** Newest first. */
  documents: DocumentSummary[];
  eventsByDocument: Map<string, EventRecord[]>;
  /** Statistics by dimension and filters, computed once per change of the data. */
  stats: Map<string, StatRow[]>;
  /** Filtered lists by kind and filters (see `rows`). */
  lists: Map<string, readonly unknown[]>;
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");

/** Who the event is between: "pledge|LT|UA" or "agreement|LT,UA". */
function between(e: LedgerEvent): string {
  return e.type === "agreement"
    ? `${e.type}|${(e.parties ?? []).join(",")}`
    : `${e.type}|${e.donor}|${e.recipient}`;
}

/**
 * A stable id for an extracted event: its document, who it is between, and its first evidence sentence.
 * Re-extracting the same text yields the same id even when the offsets or other fields shift.
 */
function eventId(documentId: string, e: LedgerEvent): string {
  return `${documentId}:${sha1(`${between(e)}|${e.evidence[0]?.text ?? ""}`).slice(0, 10)}`;
}

/** Events of different documents that are one act: same parties, type, value and month. */
function entryKey(e: EventRecord): string {
  const value = e.value ? `${e.value.currency}${e.value.amount ?? e.value.min ?? e.value.max ?? ""}` : "";
  return `${e.review === "rejected" ? "rejected|" : ""}${between(e)}|${value}|${(e.date ?? "").slice(0, 7)}`;
}

function combinedReview(events: readonly EventRecord[]): ReviewState {
  const states = new Set(events.map((e) => e.review));
  if (states.size === 1) return events[0]?.review ?? "machine";
  return states.has("corrected") ? "corrected" : "machine";
}

function toEntry(id: string, events: readonly EventRecord[]): EntryRecord {
  const e = events[0] as EventRecord;
  const categories = new Set([...(e.items ?? []).map((i) => i.category), ...(e.scope ?? [])]);
  return {
    id,
    type: e.type,
    donor: e.donor ?? null,
    recipient: e.recipient ?? null,
    parties: e.parties ?? [],
    aid_type: e.aid_type ?? null,
    instrument: e.instrument ?? null,
    status: e.status ?? null,
    value: e.value ?? null,
    value_eur: toEuro(e.value),
    categories: [...categories],
    items: e.items ?? [],
    date: e.date ?? null,
    cumulative: e.cumulative ?? false,
    review: combinedReview(events),
    sources: new Set(events.map((x) => x.document_id)).size,
  };
}

/**
 * A date test with its bounds worked out once: at the bound's precision, so from=2024-06 admits 2024-06-01
 * and to=2024-06 admits 2024-06-30 ("2024-06" + U+FFFF sorts after every day of June), with no slicing per row.
 */
function dateTest(f: Filters): ((date: string | null | undefined) => boolean) | null {
  if (f.from === undefined && f.to === undefined) return null;
  const lo = f.from ?? "";
  const hi = f.to === undefined ? null : `${f.to}\uffff`;
  return (date) => !!date && date >= lo && (hi === null || date < hi);
}

type Row = EventRecord | EntryRecord;

function hasCategory(e: Row, c: Category): boolean {
  return "categories" in e
    ? e.categories.includes(c)
    : (e.items ?? []).some((i) => i.category === c) || (e.scope ?? []).includes(c);
}

/** One test per given filter, built once a request: `{donor: "DE", from: "2024-01"}` is two comparisons a row. */
function predicate(f: Filters): (e: Row) => boolean {
  const tests: ((e: Row) => boolean)[] = [];
  const { type, donor, recipient, party, category, aid_type, review } = f;
  if (type !== undefined) tests.push((e) => e.type === type);
  if (donor !== undefined) tests.push((e) => e.donor === donor);
  if (recipient !== undefined) tests.push((e) => e.recipient === recipient);
  if (party !== undefined)
    tests.push((e) => e.donor === party || e.recipient === party || (e.parties ?? []).includes(party));
  if (category !== undefined) tests.push((e) => hasCategory(e, category));
  if (aid_type !== undefined) tests.push((e) => e.aid_type === aid_type);
  if (review !== undefined) tests.push((e) => e.review === review);
  const dates = dateTest(f);
  if (dates) tests.push((e) => dates(e.date));
  return (e) => tests.every((t) => t(e));
}

function page<T>(all: readonly T[], { limit, offset }: Paging): Page<T> {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/** Filtered lists kept until the data changes; past this many, the oldest half goes. */
const LIST_CACHE = 256;

function words(q: string): string[] {
  return q.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** Code-unit order: ids and ISO dates sort right without locale rules, and far faster than localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byDateDesc = (
  a: { date?: string | null; id: string },
  b: { date?: string | null; id: string },
): number => cmp(b.date ?? "", a.date ?? "") || cmp(a.id, b.id);

export class MemoryLedger implements LedgerData {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly reviews = new Map<string, StoredReview>();
  private readonly auditLog: AuditRecord[] = [];
  private views: Views | null = null;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async ingest(doc: IngestDocument): Promise<DocumentSummary> {
    const seen = new Map<string, number>();
    // A copy the caller cannot change afterwards, and one made of flat strings: V8 compares strings built by
    // concatenation ("rope" strings) far slower, 190 ms against 3 ms for a date filter over 150,000 entries.
    const events = JSON.parse(JSON.stringify(doc.events)) as LedgerEvent[];
    const machine = events.map((e): EventRecord => {
      const base = eventId(doc.id, e);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { ...e, id: n === 1 ? base : `${base}-${n}`, document_id: doc.id, review: "machine" };
    });
    const summary: DocumentSummary = {
      id: doc.id,
      title: doc.title,
      published: doc.published,
      url: doc.url,
      languages: doc.languages,
      events: machine.length,
      ingested: this.now().toISOString(),
    };
    const haystack = `${doc.title ?? ""}\n${doc.text}`.toLowerCase();
    this.documents.set(doc.id, { summary, text: doc.text, haystack, machine });
    this.views = null;
    return summary;
  }

  async listEntries(filters: Filters, paging: Paging): Promise<Page<EntryRecord>> {
    const { entries, entriesById } = this.view();
    const docs = filters.q === undefined ? null : this.matchingDocuments(filters.q);
    const matches = predicate(filters);
    const hit = (e: EntryRecord): boolean =>
      docs === null || (entriesById.get(e.id)?.events ?? []).some((x) => docs.has(x.document_id));
    return page(
      this.rows("entries", entries, filters, (e) => matches(e) && hit(e)),
      paging,
    );
  }

  async getEntry(id: string): Promise<EntryDetail | null> {
    const found = this.view().entriesById.get(id);
    if (!found) return null;
    const source_list = found.events.map((event) => {
      const stored = this.documents.get(event.document_id) as StoredDocument;
      return { event, document: { ...stored.summary, text: stored.text } };
    });
    return { ...found.entry, source_list };
  }

  async listEvents(filters: Filters, paging: Paging): Promise<Page<EventRecord>> {
    const docs = filters.q === undefined ? null : this.matchingDocuments(filters.q);
    const matches = predicate(filters);
    return page(
      this.rows(
        "events",
        this.view().events,
        filters,
        (e) => matches(e) && (docs === null || docs.has(e.document_id)),
      ),
      paging,
    );
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    return this.view().eventsById.get(id) ?? null;
  }

  async listDocuments(filters: Filters, paging: Paging): Promise<Page<DocumentSummary>> {
    const docs = filters.q === undefined ? null : this.matchingDocuments(filters.q);
    const { events } = this.view();
    const eventFilter = { ...filters, q: undefined, from: undefined, to: undefined };
    const withEvent = Object.values(eventFilter).some((v) => v !== undefined)
      ? new Set(events.filter(predicate(eventFilter)).map((e) => e.document_id))
      : null;
    const published = dateTest(filters);
    const keep = (d: DocumentSummary): boolean =>
      (docs === null || docs.has(d.id)) &&
      (withEvent === null || withEvent.has(d.id)) &&
      (published === null || published(d.published));
    return page(this.rows("documents", this.view().documents, filters, keep), paging);
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const stored = this.documents.get(id);
    if (!stored) return null;
    const event_list = this.view().eventsByDocument.get(id) ?? [];
    return { ...stored.summary, text: stored.text, event_list };
  }

  async entities(): Promise<EntitySummary[]> {
    const counts = new Map<string, EntitySummary>();
    const count = (code: string | undefined, field: "as_donor" | "as_recipient" | "as_party"): void => {
      if (!code) return;
      const row = counts.get(code) ?? {
        code,
        name: entityName(code),
        as_donor: 0,
        as_recipient: 0,
        as_party: 0,
      };
      row[field]++;
      counts.set(code, row);
    };
    for (const e of this.view().entries) {
      if (e.review === "rejected") continue;
      count(e.donor ?? undefined, "as_donor");
      count(e.recipient ?? undefined, "as_recipient");
      for (const p of e.parties) count(p, "as_party");
    }
    return [...counts.values()].sort((a, b) => cmp(a.code, b.code));
  }

  async statistics(by: StatDimension, filters: Filters): Promise<StatRow[]> {
    const views = this.view();
    const cacheKey = `${by}|${JSON.stringify(filters)}`;
    const cached = views.stats.get(cacheKey);
    if (cached) return cached;
    const { items } = await this.listEntries(filters, { limit: Infinity, offset: 0 });
    const rows = new Map<string, StatRow>();
    for (const e of items) {
      if (e.review === "rejected") continue;
      const keys = statKeys(e, by);
      for (const key of keys) {
        const row = rows.get(key) ?? {
          key,
          agreements: 0,
          pledges: 0,
          deliveries: 0,
          committed_eur: 0,
          delivered_eur: 0,
        };
        row[e.type === "agreement" ? "agreements" : e.type === "pledge" ? "pledges" : "deliveries"]++;
        // A running total ("has so far given") restates earlier acts: counted, never summed. Split a value
        // over the entry's categories so the category totals add up to the whole.
        if (!e.cumulative && e.value_eur !== null) {
          const share = e.value_eur / keys.length;
          if (e.type === "pledge") row.committed_eur += share;
          if (e.type === "delivery") row.delivered_eur += share;
        }
        rows.set(key, row);
      }
    }
    const result = [...rows.values()].sort((a, b) =>
      by === "month"
        ? cmp(a.key, b.key)
        : b.committed_eur + b.delivered_eur - (a.committed_eur + a.delivered_eur) || cmp(a.key, b.key),
    );
    views.stats.set(cacheKey, result);
    return result;
  }

  async search(q: string, paging: Paging): Promise<Page<SearchHit>> {
    const terms = words(q);
    const hits: SearchHit[] = [];
    for (const d of this.documents.values()) {
      if (!terms.every((t) => d.haystack.includes(t))) continue;
      hits.push(snippet(d, terms));
    }
    hits.sort((a, b) => cmp(b.published ?? "", a.published ?? "") || cmp(a.document_id, b.document_id));
    return page(hits, paging);
  }

  async review(
    target: { kind: "event" | "entry"; id: string },
    action: ReviewAction,
    user: string,
  ): Promise<{ after: EventRecord | EntryRecord; audit: AuditRecord } | null> {
    const views = this.view();
    const found =
      target.kind === "event" ? views.eventsById.get(target.id) : views.entriesById.get(target.id);
    if (!found) return null;
    const before = "entry" in found ? found.entry : found;
    const events = "entry" in found ? found.events : [found];
    const state =
      action.action === "accept" ? "accepted" : action.action === "reject" ? "rejected" : "corrected";
    for (const e of events) {
      const earlier = this.reviews.get(e.id)?.correction ?? {};
      this.reviews.set(e.id, { state, correction: { ...earlier, ...(action.correction ?? {}) } });
    }
    this.views = null;
    const after = this.reviewed(target.kind, events[0] as EventRecord);
    const audit: AuditRecord = {
      id: this.auditLog.length + 1,
      at: this.now().toISOString(),
      user,
      action: action.action,
      target_kind: target.kind,
      target_id: target.id,
      before,
      after,
      note: action.note ?? null,
    };
    this.auditLog.push(audit);
    return { after, audit };
  }

  async audit(
    target: { kind: "event" | "entry"; id: string } | null,
    paging: Paging,
  ): Promise<Page<AuditRecord>> {
    const all = this.auditLog.filter(
      (a) => !target || (a.target_kind === target.kind && a.target_id === target.id),
    );
    return page(all.slice().reverse(), paging);
  }

  /** The reviewed event, or the entry it now belongs to (its id changes when a correction moves it). */
  private reviewed(kind: "event" | "entry", event: EventRecord): EventRecord | EntryRecord {
    const views = this.view();
    const now = views.eventsById.get(event.id) as EventRecord;
    if (kind === "event") return now;
    return views.entries.find((x) =>
      views.entriesById.get(x.id)?.events.some((e) => e.id === event.id),
    ) as EntryRecord;
  }

  /**
   * The rows of a list that pass the filters. Without filters the list is paged as it is (the first page of
   * 100,000 rows copies 50). A filtered list is kept until the data changes, so paging through it, or the
   * dashboard asking again, does not scan every row again: one scan of 150,000 entries takes 30-50 ms here,
   * mostly waiting on memory.
   */
  private rows<T>(kind: string, all: readonly T[], filters: Filters, keep: (x: T) => boolean): readonly T[] {
    if (Object.values(filters).every((v) => v === undefined)) return all;
    const { lists } = this.view();
    const key = `${kind}|${JSON.stringify(filters)}`;
    const cached = lists.get(key) as readonly T[] | undefined;
    if (cached) return cached;
    if (lists.size >= LIST_CACHE)
      for (const old of [...lists.keys()].slice(0, LIST_CACHE / 2)) lists.delete(old);
    const rows = all.filter(keep);
    lists.set(key, rows);
    return rows;
  }

  private matchingDocuments(q: string): Set<string> {
    const terms = words(q);
    const ids = new Set<string>();
    for (const [id, d] of this.documents) if (terms.every((t) => d.haystack.includes(t))) ids.add(id);
    return ids;
  }

  /** Events with their reviews applied, and the entries they group into; rebuilt after each change. */
  private view(): Views {
    if (this.views) return this.views;
    const events: EventRecord[] = [];
    for (const d of this.documents.values()) {
      for (const e of d.machine) {
        const review = this.reviews.get(e.id);
        events.push(review ? { ...e, ...review.correction, review: review.state } : e);
      }
    }
    events.sort(byDateDesc);
    const groups = new Map<string, EventRecord[]>();
    for (const e of events) {
      const key = entryKey(e);
      const list = groups.get(key);
      if (list) list.push(e);
      else groups.set(key, [e]);
    }
    const entriesById = new Map<string, { entry: EntryRecord; events: EventRecord[] }>();
    for (const [key, list] of groups) {
      const id = sha1(key).slice(0, 12);
      entriesById.set(id, { entry: toEntry(id, list), events: list });
    }
    const entries = [...entriesById.values()].map((x) => x.entry).sort(byDateDesc);
    const documents = [...this.documents.values()]
      .map((d) => d.summary)
      .sort((x, y) => cmp(y.published ?? "", x.published ?? "") || cmp(x.id, y.id));
    const eventsByDocument = new Map<string, EventRecord[]>();
    for (const e of events) {
      const list = eventsByDocument.get(e.document_id);
      if (list) list.push(e);
      else eventsByDocument.set(e.document_id, [e]);
    }
    this.views = {
      events,
      eventsById: new Map(events.map((e) => [e.id, e])),
      entries,
      entriesById,
      documents,
      eventsByDocument,
      stats: new Map(),
      lists: new Map(),
    };
    return this.views;
  }
}

function statKeys(e: EntryRecord, by: StatDimension): string[] {
  switch (by) {
    case "donor":
      return e.type === "agreement" ? e.parties : [e.donor ?? "unknown"];
    case "recipient":
      return e.type === "agreement" ? e.parties : [e.recipient ?? "unknown"];
    case "type":
      return [e.type];
    case "category":
      return e.categories.length ? e.categories : ["unspecified"];
    case "month":
      return [e.date && e.date.length >= 7 ? e.date.slice(0, 7) : "undated"];
  }
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;

/** "…Lithuania will send more than 5,000 drones…" around the first match, with each term marked. */
function snippet(d: StoredDocument, terms: readonly string[]): SearchHit {
  const lower = d.text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), d.text.length);
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const text = d.text.slice(start, start + SNIPPET_LENGTH);
  const lowerText = text.toLowerCase();
  const highlights: { start: number; end: number }[] = [];
  for (const t of terms) {
    for (let i = lowerText.indexOf(t); i >= 0; i = lowerText.indexOf(t, i + t.length)) {
      highlights.push({ start: i, end: i + t.length });
    }
  }
  highlights.sort((a, b) => a.start - b.start);
  return {
    document_id: d.summary.id,
    title: d.summary.title,
    published: d.summary.published,
    snippet: text,
    highlights,
  };
}
