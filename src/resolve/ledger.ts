// The resolved ledger: adds extracted documents one at a time, joining each event to the entry of its act.
import { PledgewireError } from "../core/errors.js";
import type { LedgerDocument, LedgerEvent } from "../core/ledger.js";
import { recompute } from "./consensus.js";
import { actDate, dateRange, fulfilScore, MATCH_THRESHOLD, matchScore } from "./match.js";
import type {
  AddResult,
  LedgerEntry,
  LedgerState,
  LedgerStore,
  ResolveInput,
  SourceRef,
  StatedEvent,
} from "./types.js";

/** How far back an undated recollection ("the package announced earlier") looks for its act, in months. */
const RECALL_MONTHS = 12;
/** How long after a pledge a delivery may still fulfil it, in months. */
const FULFIL_MONTHS = 36;

/** "2024-02-23" → 24289 (months since year 0), the unit of the time index. */
function monthOf(date: string): number {
  // "2024-02-23": the year and month are the first seven characters; no split for a call made per candidate.
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  return year * 12 + month - 1;
}

/**
 * The blocks an event can meet its act in: type, running-total or not, and donor → recipient, or each pair
 * of an agreement's parties. "pledge|SE>UA", "agreement|SE+UA".
 */
function blocks(event: StatedEvent): string[] {
  const kind = `${event.type}${event.cumulative ? "/cumulative" : ""}`;
  if (event.type !== "agreement") return [`${kind}|${event.donor ?? "?"}>${event.recipient ?? "?"}`];
  const parties = [...(event.parties ?? [])].sort();
  return parties.flatMap((a, i) => parties.slice(i + 1).map((b) => `${kind}|${a}+${b}`));
}

export class Ledger {
  private readonly entries = new Map<string, LedgerEntry>();
  /** "pledge|SE>UA@24289" → ids of entries with a report placing the act in that month. */
  private readonly index = new Map<string, Set<string>>();
  /** "SE>UA" → ids of its pledge and delivery entries, for fulfilment links. */
  private readonly pairs = new Map<string, Set<string>>();
  private nextId = 1;

  static fromState(state: LedgerState): Ledger {
    if (state.version !== 1 || !Array.isArray(state.entries)) {
      throw new PledgewireError("input_malformed", `ledger state: version ${String(state.version)} is not 1`);
    }
    const ledger = new Ledger();
    ledger.nextId = state.nextId;
    for (const entry of state.entries) {
      ledger.entries.set(entry.id, entry);
      ledger.indexEntry(entry);
    }
    return ledger;
  }

  toState(): LedgerState {
    return { version: 1, nextId: this.nextId, entries: this.list() };
  }

  list(): LedgerEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): LedgerEntry | undefined {
    return this.entries.get(id);
  }

  /**
   * Adds one document's events: each joins the best-scoring entry found through its blocks and time window,
   * or starts a new one. Only entries indexed near the event are looked at, never the whole ledger.
   */
  add({ document, duplicateOf = null }: ResolveInput): AddResult {
    const changed = new Set<string>();
    const created: string[] = [];
    const reported = document.document.reference_date ?? document.document.published ?? null;
    document.events.forEach((event, eventIndex) => {
      const source = toSource(document, event, eventIndex, duplicateOf);
      const entry = this.bestMatch(source.stated, reported, document.id) ?? this.create(source, created);
      if (!entry.sources.includes(source)) entry.sources.push(source);
      recompute(entry);
      this.indexEntry(entry);
      changed.add(entry.id);
      for (const linked of this.link(entry)) changed.add(linked);
    });
    return { created, updated: [...changed].filter((id) => !created.includes(id)) };
  }

  private create(source: SourceRef, created: string[]): LedgerEntry {
    const id = `e${this.nextId++}`;
    const entry: LedgerEntry = {
      ...source.stated,
      id,
      valueEur: null,
      fxNote: null,
      earliest: null,
      outlets: 0,
      sources: [source],
      conflicts: [],
      fulfils: [],
      fulfilledBy: [],
    };
    this.entries.set(id, entry);
    created.push(id);
    return entry;
  }

  private bestMatch(event: StatedEvent, reported: string | null, documentId: string): LedgerEntry | null {
    const candidates = new Set<string>();
    for (const block of blocks(event)) {
      for (const month of window(event, reported)) {
        for (const id of this.index.get(`${block}@${month}`) ?? []) candidates.add(id);
      }
    }
    let best: LedgerEntry | null = null;
    let bestScore = -Infinity;
    for (const id of candidates) {
      const entry = this.entries.get(id);
      // One document states each act once (LEDGER §1), so its other events are other acts.
      if (!entry || entry.sources.some((s) => s.document === documentId)) continue;
      const score = matchScore(event, reported, entry);
      if (score > bestScore) [best, bestScore] = [entry, score];
    }
    // A recollection with nothing to contradict its only candidate belongs to it.
    const threshold = event.retrospective && candidates.size === 1 ? 0 : MATCH_THRESHOLD;
    return bestScore >= threshold ? best : null;
  }

  private indexEntry(entry: LedgerEntry): void {
    for (const source of entry.sources) {
      const when = actDate(source.stated, source.published) ?? source.published;
      if (!when) continue;
      for (const block of blocks(source.stated)) {
        const key = `${block}@${monthOf(when)}`;
        const ids = this.index.get(key) ?? new Set<string>();
        ids.add(entry.id);
        this.index.set(key, ids);
      }
    }
    if (entry.type !== "agreement" && !entry.cumulative) {
      const pair = `${entry.donor ?? "?"}>${entry.recipient ?? "?"}`;
      const ids = this.pairs.get(pair) ?? new Set<string>();
      ids.add(entry.id);
      this.pairs.set(pair, ids);
    }
  }

  /**
   * Links a delivery to the pledge it most likely fulfils (or a pledge to deliveries that came before it in
   * the input but after it in time). Returns the ids whose links changed.
   */
  private link(entry: LedgerEntry): string[] {
    if (entry.type === "agreement" || entry.cumulative) return [];
    const pair = this.pairs.get(`${entry.donor ?? "?"}>${entry.recipient ?? "?"}`) ?? new Set<string>();
    const others = [...pair].map((id) => this.entries.get(id)).filter((e): e is LedgerEntry => !!e);
    if (entry.type === "delivery") {
      if (entry.fulfils.length) return [];
      const pledge = bestBy(
        others.filter((e) => e.type === "pledge" && withinFulfilWindow(e, entry)),
        (p) => fulfilScore(p, entry),
      );
      return pledge ? connect(pledge, entry) : [];
    }
    return others
      .filter((d) => d.type === "delivery" && !d.fulfils.length && withinFulfilWindow(entry, d))
      .filter((d) => fulfilScore(entry, d) >= 1)
      .flatMap((d) => connect(entry, d));
  }
}

/** The months whose index a report looks in: around its date, or the year before an undated recollection. */
function window(event: StatedEvent, reported: string | null): number[] {
  const when = actDate(event, reported);
  let from: number;
  let to: number;
  if (when) {
    [from, to] = [monthOf(when) - 1, monthOf(when) + (when.length === 4 ? 12 : 1)];
  } else if (reported) {
    [from, to] = [monthOf(reported) - RECALL_MONTHS, monthOf(reported)];
  } else return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function withinFulfilWindow(pledge: LedgerEntry, delivery: LedgerEntry): boolean {
  const p = pledge.date ?? pledge.earliest;
  const d = delivery.date ?? delivery.earliest;
  if (!p || !d) return true;
  const months = monthOf(d) - monthOf(p);
  return months >= -1 && months <= FULFIL_MONTHS && dateRange(d)[1] >= dateRange(p)[0];
}

/** The pledge with the highest score of at least 1 (one shared item, or a fitting value). */
function bestBy(list: LedgerEntry[], score: (e: LedgerEntry) => number): LedgerEntry | null {
  let best: LedgerEntry | null = null;
  let top = 1;
  for (const e of list) {
    const s = score(e);
    if (s >= top) [best, top] = [e, s + 1e-9];
  }
  return best;
}

function connect(pledge: LedgerEntry, delivery: LedgerEntry): string[] {
  delivery.fulfils.push(pledge.id);
  if (!pledge.fulfilledBy.includes(delivery.id)) pledge.fulfilledBy.push(delivery.id);
  return [pledge.id, delivery.id];
}

function toSource(
  document: LedgerDocument,
  event: LedgerEvent,
  eventIndex: number,
  duplicateOf: string | null,
): SourceRef {
  // Offsets index one document's text and rule tags explain one extraction: neither belongs to the act.
  const stated = Object.fromEntries(
    Object.entries(event).filter(([key]) => key !== "evidence" && key !== "rules"),
  ) as StatedEvent;
  const head = document.document;
  return {
    document: document.id,
    eventIndex,
    outlet: head.outlet ?? null,
    url: head.url ?? null,
    published: head.published,
    language: head.languages[0] ?? null,
    retrospective: event.retrospective,
    duplicateOf,
    evidence: event.evidence[0]?.text ?? "",
    stated,
  };
}

/**
 * Loads the ledger from `store`, adds `inputs` one at a time and saves it with the entries they changed, so a
 * database writes only those rows. Returns what was created and what updated. `inputs` may be read from a
 * database as they are added (an async iterable), so a large batch is never held whole.
 */
export async function resolveWithStore(
  store: LedgerStore,
  inputs: Iterable<ResolveInput> | AsyncIterable<ResolveInput>,
): Promise<AddResult> {
  const state = await store.load();
  const ledger = state ? Ledger.fromState(state) : new Ledger();
  const created = new Set<string>();
  const updated = new Set<string>();
  for await (const input of inputs) {
    const result = ledger.add(input);
    for (const id of result.created) created.add(id);
    for (const id of result.updated) if (!created.has(id)) updated.add(id);
  }
  const changed = [...created, ...updated].map((id) => ledger.get(id)).filter((e): e is LedgerEntry => !!e);
  await store.save(ledger.toState(), changed);
  return { created: [...created], updated: [...updated] };
}
