// The resolved ledger's entries: one per real act, with every report of it; plain JSON so a store can keep them.
import type { EventType, LedgerDocument, LedgerEvent } from "../core/ledger.js";

/** An event as one document states it, without its offsets: what consensus is computed from. */
export type StatedEvent = Omit<LedgerEvent, "evidence" | "rules">;

/** One report of an act: "the 2024-02-23 regeringen.se press release, its event 0". */
export interface SourceRef {
  document: string;
  /** Index of the event in that document's `events`. */
  eventIndex: number;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  retrospective: boolean;
  /** The document this one republishes, when the caller knows it. */
  duplicateOf: string | null;
  /** The first evidence sentence: identical sentences in two documents mark a republished copy. */
  evidence: string;
  stated: StatedEvent;
}

/** Two outlets disagreeing: `{field: "value", values: [{value: {amount: 7e9, currency: "SEK"}, sources: ["a"]}, …]}`. */
export interface Conflict {
  field: string;
  values: { value: unknown; sources: string[] }[];
}

/** The euro figure of an entry's value: `{eur: 620e6, rate: 11.1545, rateDate: "2024-02-23"}`. */
export interface EntryEur {
  eur: number;
  rate: number;
  rateDate: string;
}

/** One act: the consensus of its reports (the LEDGER §2 fields), its sources and its links. */
export interface LedgerEntry extends StatedEvent {
  id: string;
  type: EventType;
  /** The value in euros at the ECB rate of the act's date; null with `fxNote` when it cannot be converted. */
  valueEur: EntryEur | null;
  fxNote: string | null;
  /** Publication date of the first report. */
  earliest: string | null;
  /** Independent outlets: republished copies and one outlet's several reports count once. */
  outlets: number;
  sources: SourceRef[];
  conflicts: Conflict[];
  /** Pledges a delivery fulfils, and deliveries that fulfil a pledge, by entry id. */
  fulfils: string[];
  fulfilledBy: string[];
}

/** Everything a ledger needs to go on where it stopped: the store saves and loads this. */
export interface LedgerState {
  version: 1;
  nextId: number;
  entries: LedgerEntry[];
}

/** What adding a document changed, so a store writes only those entries. */
export interface AddResult {
  created: string[];
  updated: string[];
}

/** A document to add: extract's output, and optionally the document it republishes. */
export interface ResolveInput {
  document: LedgerDocument;
  duplicateOf?: string | null;
}

/** Where the ledger is kept between runs (the store implements this; tests use memory). */
export interface LedgerStore {
  load(): Promise<LedgerState | null>;
  save(state: LedgerState, changed: readonly LedgerEntry[]): Promise<void>;
}
