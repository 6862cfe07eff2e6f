// How the dashboard writes numbers, money and who-gives-whom: "€153.0M", "LT → UA".
import type { EntryRecord } from "../../src/server/data.js";
import type { MoneyValue } from "../../src/core/ledger.js";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en");

export function euros(n: number | null): string {
  return n === null ? "–" : `€${compact.format(n)}`;
}

export function money(v: MoneyValue | null): string {
  if (!v) return "–";
  const q =
    v.qualifier === "more_than" ? "> " : v.qualifier === "up_to" ? "≤ " : v.qualifier === "about" ? "≈ " : "";
  const figure =
    v.amount !== undefined
      ? whole.format(v.amount)
      : `${v.min === undefined ? "" : whole.format(v.min)}–${v.max === undefined ? "" : whole.format(v.max)}`;
  return `${q}${figure} ${v.currency}`;
}

export function between(e: Pick<EntryRecord, "type" | "donor" | "recipient" | "parties">): string {
  return e.type === "agreement" ? e.parties.join(" · ") : `${e.donor ?? "?"} → ${e.recipient ?? "?"}`;
}
