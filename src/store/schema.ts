// The ledger store's tables as kysely sees them: one typed Database for SQLite and PostgreSQL alike.
import type { Generated } from "kysely";

/**
 * One stored article. `id` is the first 16 hex digits of the content hash, so an exact copy has the same
 * id before anything is written, and a duplicate can name its original while both are still in flight.
 */
export interface DocumentTable {
  id: string;
  /** sha256 of the text with runs of white space made one space: "a  b\n" and "a b" are one document. */
  content_hash: string;
  /** The article's own id as read ("feed:12", "kyiv-independent-4411"). */
  source_id: string;
  /** Where it was read from: "feed.jsonl:12", "https://…". */
  origin: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** The language the input stated, if any (the detected ones are in `languages`). */
  language: string | null;
  /** JSON array of detected languages, most used first: '["en","uk"]'. */
  languages: string;
  /** JSON array: '["RBK-Ukraine","Facebook"]'. */
  attribution: string;
  reference_date: string | null;
  /** The text as read: what `reprocess` extracts again. */
  text: string;
  /** The cleaned text evidence offsets index, or null when it equals `text` (it mostly does). */
  clean_text: string | null;
  /** MinHash signature: 128 little-endian uint32 values. */
  minhash: Uint8Array;
  /** The first document this one is a near copy of (syndicated story); its events are not stored. */
  duplicate_of: string | null;
  /** Extractor that produced the stored events; null for near copies, which are not extracted. */
  extractor_version: string | null;
  ingested_at: string;
}

export interface EventTable {
  /** Stable: a hash of the document id, the type and the evidence offsets (see `eventId`). */
  id: string;
  document_id: string;
  ordinal: number;
  type: string;
  donor: string | null;
  recipient: string | null;
  date: string | null;
  /** The LEDGER §2 event without its evidence, as JSON. */
  data: string;
}

export interface EvidenceTable {
  event_id: string;
  document_id: string;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

/** States and organisations a document names, one row per code: {code: "LT", kind: "state", mentions: 3}. */
export interface EntityTable {
  document_id: string;
  code: string;
  kind: string;
  mentions: number;
}

export interface OfficialTable {
  document_id: string;
  ordinal: number;
  name: string | null;
  role: string;
  code: string | null;
  start_offset: number;
  end_offset: number;
}

/** MinHash LSH buckets: one row per band of a canonical document's signature. */
export interface BandTable {
  /** A signed 32-bit hash of (band number, the band's values). */
  key: number;
  document_id: string;
}

export interface RunTable {
  id: string;
  command: string;
  /** JSON array of the command's arguments. */
  arguments: string;
  started_at: string;
  finished_at: string | null;
  /** The summary as JSON once finished; null for a run that was stopped. */
  summary: string | null;
}

export type Outcome = "new" | "duplicate" | "near_duplicate" | "skipped" | "failed";

/** What happened to one input of a run: written in the same transaction as the document it concerns. */
export interface RunItemTable {
  run_id: string;
  seq: number;
  input: string;
  outcome: Outcome;
  document_id: string | null;
  reason: string | null;
}

/** What `watch` remembers of a feed between polls. */
export interface FeedTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  /** JSON array of entry ids or links already ingested. */
  seen: string;
  polled_at: string;
}

export interface Database {
  documents: DocumentTable;
  events: EventTable;
  evidence: EvidenceTable;
  entities: EntityTable;
  officials: OfficialTable;
  document_bands: BandTable;
  runs: RunTable;
  run_items: RunItemTable;
  feeds: FeedTable;
  ledger_entries: LedgerEntryTable;
  ledger_entry_keys: LedgerEntryKeyTable;
  ledger_sources: LedgerSourceTable;
  ledger_documents: LedgerDocumentTable;
  ledger_meta: LedgerMetaTable;
  reviews: ReviewTable;
  audit: AuditTable;
  users: UserTable;
  sessions: SessionTable;
  tokens: TokenTable;
}

/**
 * One resolved entry (src/resolve): `machine` is the resolver's `LedgerEntry` as JSON, the state the ledger
 * goes on from; `reviewed` the same entry with people's reviews applied, null while it equals `machine`.
 * The other columns are the reviewed entry's, for indexed filters and sums.
 */
export interface LedgerEntryTable {
  id: string;
  type: string;
  donor: string | null;
  recipient: string | null;
  aid_type: string | null;
  /** The act's date, else the first report's ("2024-02-23", "2024-02"); "" when neither is known. */
  date: string;
  value_eur: number | null;
  /** 1 for a running total ("has so far given"), which is counted but never summed. */
  cumulative: number;
  review: string;
  /** The reviewed entry as the API lists it (EntryRecord of ledger-store.ts), as JSON. */
  record: string;
  machine: string;
  reviewed: string | null;
}

/**
 * The keys an entry is counted and filtered under: dim "donor" and "recipient" (an agreement's parties for
 * both), "category" ("unspecified" without one) and "party" (every code involved). `weight` splits a value
 * over an entry's keys of one dimension, so the category totals add up to the whole.
 */
export interface LedgerEntryKeyTable {
  entry_id: string;
  dim: string;
  key: string;
  weight: number;
}

/** Which event of which document reports an entry: (document_id, ordinal) names a row of `events`. */
export interface LedgerSourceTable {
  entry_id: string;
  document_id: string;
  ordinal: number;
}

/** Documents already added to the resolved ledger; the rest are resolved by the next `resolvePending`. */
export interface LedgerDocumentTable {
  document_id: string;
}

/** "next_id": the resolver's next entry number; "version": bumped by every change of entries or reviews. */
export interface LedgerMetaTable {
  key: string;
  value: number;
}

/** A review of one event, by its stable id, so it applies again when the document is extracted anew. */
export interface ReviewTable {
  event_id: string;
  state: string;
  /** The corrected LEDGER §2 fields as JSON: '{"date":"2025-01-02"}'. */
  correction: string;
  user_name: string;
  at: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  user_name: string;
  action: string;
  target_kind: string;
  target_id: string;
  /** JSON of the record before and after. */
  before: string;
  after: string;
  note: string | null;
}

export interface UserTable {
  name: string;
  role: string;
  password_hash: string;
  created: string;
}

export interface SessionTable {
  id_hash: string;
  user_name: string;
  csrf: string;
  /** Milliseconds since 1970. */
  expires: number;
}

export interface TokenTable {
  id: string;
  token_hash: string;
  user_name: string;
  role: string;
  label: string;
  created: string;
}
