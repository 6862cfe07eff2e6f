// The server's only door to stored data: ledger queries, review with its audit log, and accounts.
import type { AidType, Category, EventType, LedgerEvent } from "../core/ledger.js";
import type { InputResult } from "../input/read-inputs.js";
import type { LedgerEntry } from "../resolve/types.js";
import type { Correction, EntryRecord, ReviewState } from "../store/ledger-store.js";

export type { Correction, EntryRecord, ReviewState };

export type Role = "viewer" | "analyst" | "admin";
export const ROLES: readonly Role[] = ["viewer", "analyst", "admin"];

export const REVIEW_STATES: readonly ReviewState[] = ["machine", "accepted", "corrected", "rejected"];

/** One event of one document (LEDGER §2) with its stable id: "9c1f0e2ab4d35e7f" (see the store's `eventId`). */
export interface EventRecord extends LedgerEvent {
  id: string;
  document_id: string;
  review: ReviewState;
}

export interface DocumentSummary {
  /** The store's id: the first 16 hex digits of the text's hash. */
  id: string;
  /** The article's own id as read: "kyiv-independent-4411", a file's name. */
  source_id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  languages: string[];
  events: number;
  /** ISO timestamp of the last (re-)ingestion. */
  ingested: string;
}

/** A document with the cleaned text that its events' evidence spans index. */
export interface DocumentRecord extends DocumentSummary {
  text: string;
  event_list: EventRecord[];
}

/** An entry with each source: the event and the document text its evidence points into. */
export interface EntryDetail extends EntryRecord {
  source_list: { event: EventRecord; document: Omit<DocumentRecord, "event_list"> }[];
}

export interface Filters {
  type?: EventType;
  donor?: string;
  recipient?: string;
  /** Donor, recipient or agreement party. */
  party?: string;
  category?: Category;
  aid_type?: AidType;
  review?: ReviewState;
  /** Inclusive date bounds on the event date, as prefixes: "2024", "2024-06". */
  from?: string;
  to?: string;
  /** Words in the title or text of a source document. */
  q?: string;
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const STAT_DIMENSIONS = ["donor", "recipient", "type", "category", "month"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

/** Totals for one value of a dimension; committed = pledges, delivered = deliveries, both in euros. */
export interface StatRow {
  key: string;
  agreements: number;
  pledges: number;
  deliveries: number;
  committed_eur: number;
  delivered_eur: number;
}

export interface SearchHit {
  document_id: string;
  title: string | null;
  published: string | null;
  /** A passage of the text with the matched words as offsets into `snippet`, for the page to mark. */
  snippet: string;
  highlights: { start: number; end: number }[];
}

export interface EntitySummary {
  code: string;
  name: string;
  as_donor: number;
  as_recipient: number;
  as_party: number;
}

export interface ReviewAction {
  action: "accept" | "correct" | "reject";
  correction?: Correction;
  note?: string;
}

export interface AuditRecord {
  id: number;
  at: string;
  user: string;
  action: ReviewAction["action"];
  target_kind: "event" | "entry";
  target_id: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface IngestResult {
  documents: DocumentSummary[];
  /** Inputs that yielded no document, each naming the input: {input: "feed.jsonl:3", message: 'input_malformed: …'}. */
  problems: { input: string; message: string }[];
}

/** For articles that do not state them. */
export interface IngestDefaults {
  published: string | null;
  language: string | null;
}

export interface LedgerData {
  listEntries(filters: Filters, paging: Paging): Promise<Page<EntryRecord>>;
  getEntry(id: string): Promise<EntryDetail | null>;
  listEvents(filters: Filters, paging: Paging): Promise<Page<EventRecord>>;
  getEvent(id: string): Promise<EventRecord | null>;
  listDocuments(filters: Filters, paging: Paging): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  entities(): Promise<EntitySummary[]>;
  statistics(by: StatDimension, filters: Filters): Promise<StatRow[]>;
  search(q: string, paging: Paging): Promise<Page<SearchHit>>;
  /** The entries matching the filters as the resolver keeps them (with reviews applied), for export. */
  exportEntries(filters: Filters, limit: number): Promise<LedgerEntry[]>;
  /**
   * Stores and extracts articles as `pledgewire ingest` does (a text already stored is a duplicate, not
   * extracted again) and adds them to the resolved ledger. Reviews are kept by event id, so a document
   * extracted anew (`reprocess`) keeps them.
   */
  ingest(inputs: AsyncIterable<InputResult>, defaults: IngestDefaults, origin: string): Promise<IngestResult>;
  /** Applies a review and writes the audit record; null when the target does not exist. */
  review(
    target: { kind: "event" | "entry"; id: string },
    action: ReviewAction,
    user: string,
  ): Promise<{ after: EventRecord | EntryRecord; audit: AuditRecord } | null>;
  audit(target: { kind: "event" | "entry"; id: string } | null, paging: Paging): Promise<Page<AuditRecord>>;
}

export interface UserRecord {
  name: string;
  role: Role;
  /** "scrypt$N$r$p$salt$hash" (see auth.ts). */
  password_hash: string;
  created: string;
}

export interface SessionRecord {
  /** SHA-256 of the cookie's value: a stolen copy of the table opens no session. */
  id_hash: string;
  user: string;
  /** The synchronizer token that unsafe requests made with this session must carry. */
  csrf: string;
  expires: number;
}

export interface TokenRecord {
  id: string;
  /** SHA-256 of the token; the token itself is shown once, at creation. */
  token_hash: string;
  user: string;
  role: Role;
  label: string;
  created: string;
}

export interface Accounts {
  countUsers(): Promise<number>;
  getUser(name: string): Promise<UserRecord | null>;
  listUsers(): Promise<UserRecord[]>;
  putUser(user: UserRecord): Promise<void>;
  deleteUser(name: string): Promise<boolean>;
  putSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | null>;
  deleteSession(idHash: string): Promise<void>;
  putToken(token: TokenRecord): Promise<void>;
  findToken(tokenHash: string): Promise<TokenRecord | null>;
  listTokens(): Promise<TokenRecord[]>;
  deleteToken(id: string): Promise<boolean>;
}
