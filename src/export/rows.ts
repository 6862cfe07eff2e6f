// Ledger entries as rows with the columns of the Kiel Ukraine Support Tracker (donor, measure, item, EUR...).
import type { Figure } from "../core/ledger.js";
import type { LedgerEntry } from "../resolve/types.js";

export const COLUMNS = [
  "id",
  "donor",
  "recipient",
  "announcement_date",
  "measure",
  "aid_type",
  "category",
  "item",
  "quantity",
  "value",
  "currency",
  "value_eur",
  "eur_rate",
  "eur_rate_date",
  "fx_note",
  "cumulative",
  "retrospective_only",
  "outlets",
  "conflicts",
  "fulfils",
  "sources",
] as const;
export type Column = (typeof COLUMNS)[number];
export type Cell = string | number | boolean | null;
export type Row = Record<Column, Cell>;

const MEASURE = { pledge: "Commitment", delivery: "Delivery", agreement: "Agreement" } as const;

/** {min: 40e6, max: 50e6} → "40000000-50000000"; {amount: 7.1e9} → 7100000000 (a number a sheet can sum). */
function figure(f: Figure | null | undefined): Cell {
  if (!f) return null;
  if (f.amount != null) return f.amount;
  return `${f.min ?? ""}-${f.max ?? ""}`;
}

/**
 * One row per act. An agreement's parties fill donor and recipient ("LT", "UA"); items and their counts are
 * listed in one cell each, in the same order ("naval; ammunition" / "10; "), as a package is one activity.
 */
export function toRow(entry: LedgerEntry): Row {
  const items = entry.items ?? [];
  const categories = entry.type === "agreement" ? (entry.scope ?? []) : items.map((i) => i.category);
  return {
    id: entry.id,
    donor: entry.donor ?? entry.parties?.[0] ?? null,
    recipient: entry.recipient ?? entry.parties?.slice(1).join("; ") ?? null,
    announcement_date: entry.date ?? entry.earliest,
    measure: MEASURE[entry.type],
    aid_type: entry.aid_type ?? null,
    category: categories.join("; ") || null,
    item: items.map((i) => i.text).join("; ") || null,
    quantity: items.some((i) => i.quantity) ? items.map((i) => figure(i.quantity) ?? "").join("; ") : null,
    value: figure(entry.value),
    currency: entry.value?.currency ?? null,
    value_eur: entry.valueEur ? Math.round(entry.valueEur.eur) : null,
    eur_rate: entry.valueEur?.rate ?? null,
    eur_rate_date: entry.valueEur?.rateDate ?? null,
    fx_note: entry.fxNote,
    cumulative: entry.cumulative ?? false,
    retrospective_only: entry.retrospective,
    outlets: entry.outlets,
    conflicts: entry.conflicts.map((c) => c.field).join("; ") || null,
    fulfils: [...entry.fulfils, ...entry.fulfilledBy].join("; ") || null,
    sources: entry.sources.map((s) => s.url ?? s.document).join(" | "),
  };
}
