// The server's only door to stored data: ledger queries, review with its audit log, and accounts.
import type {
  AgreementStatus,
  AidType,
  Category,
  EventType,
  Instrument,
  Item,
  LedgerEvent,
  MoneyValue,
} from "../core/ledger.js";

export type Role = "viewer" | "analyst" | "admin";
export const ROLES: readonly Role[] = ["viewer", "analyst", "admin"];

/** Whether people have looked at a record: untouched machine output, or accepted, corrected, rejected. */
export type ReviewState = "machine" | "accepted" | "corrected" | "rejected";
export const REVIEW_STATES: readonly ReviewState[] = ["machine", "accepted", "corrected", "rejected"];

/** One event of one document (LEDGER §2) with its stable id: "kyiv-post-0412:3f9a1c20b7". */
export interface EventRecord extends LedgerEvent {
  id: string;
  document_id: string;
  review: ReviewState;
}

export interface DocumentSummary {
  id: string;
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

/** One act in the ledger, however many documents report it. */
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
  date: string | null;
  cumulative: boolean;
  review: ReviewState;
  sources: number;
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

/** A freshly extracted document with its cleaned text, ready to store. */
export interface IngestDocument {
  id: string;
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
  languages: string[];
  events: LedgerEvent[];
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
  /**
   * Stores a document, replacing an earlier version with the same id. Reviews of its events are kept and
   * applied again to the new extraction's events with the same id, so re-extraction never undoes them.
   */
  ingest(doc: IngestDocument): Promise<DocumentSummary>;
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
