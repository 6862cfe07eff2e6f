// Committed, delivered and outstanding euros per donor and recipient, counting each act once.
import type { LedgerEntry } from "./types.js";

export interface PairTotals {
  donor: string;
  recipient: string;
  committed: number;
  delivered: number;
  /** What pledges promise beyond the deliveries linked to them. */
  outstanding: number;
  /** Entries with a value that has no euro figure (UAH, no date), left out of the sums. */
  unconverted: number;
}

/**
 * Sums acts, never running totals ("has so far given SEK 40 billion" would count every pledge again).
 * A pledge of €100M fulfilled by a linked €60M delivery leaves €40M outstanding.
 */
export function pairTotals(entries: readonly LedgerEntry[]): PairTotals[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const totals = new Map<string, PairTotals>();
  for (const entry of entries) {
    if (entry.type === "agreement" || entry.cumulative) continue;
    const donor = entry.donor ?? "?";
    const recipient = entry.recipient ?? "?";
    const key = `${donor}>${recipient}`;
    const row = totals.get(key) ?? {
      donor,
      recipient,
      committed: 0,
      delivered: 0,
      outstanding: 0,
      unconverted: 0,
    };
    totals.set(key, row);
    if (entry.value && !entry.valueEur) row.unconverted++;
    const eur = entry.valueEur?.eur ?? 0;
    if (entry.type === "delivery") {
      row.delivered += eur;
      continue;
    }
    row.committed += eur;
    const fulfilled = entry.fulfilledBy.reduce((sum, id) => sum + (byId.get(id)?.valueEur?.eur ?? 0), 0);
    row.outstanding += Math.max(0, eur - fulfilled);
  }
  return [...totals.values()].sort((a, b) => b.committed - a.committed || a.donor.localeCompare(b.donor));
}
