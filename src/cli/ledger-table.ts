// Renders resolved entries for a terminal: one line per act, then committed/delivered/outstanding per pair.
import { pairTotals } from "../resolve/totals.js";
import type { LedgerEntry } from "../resolve/types.js";
import { figure, money } from "./table.js";

const EUR = (n: number): string => `€${figure({ amount: n })}`;

/**
 * e1   pledge     SE → UA  2024-02-23  7.1B SEK = €637M  naval, ammunition  5 reports, 3 outlets
 *      fulfilled by e6 · conflict: value
 */
export function renderLedger(entries: readonly LedgerEntry[]): string {
  const lines: string[] = [];
  for (const e of entries) {
    const who = e.parties?.length ? e.parties.join(" + ") : `${e.donor ?? "?"} → ${e.recipient ?? "?"}`;
    const value = e.value
      ? `${money(e.value)}${e.valueEur ? ` = ${EUR(e.valueEur.eur)}` : " (no EUR rate)"}`
      : "";
    const what = [...(e.items ?? []).map((i) => i.category), ...(e.scope ?? [])].join(", ");
    const reports = `${e.sources.length} report${e.sources.length === 1 ? "" : "s"}, ${e.outlets} outlet${e.outlets === 1 ? "" : "s"}`;
    const kind = e.cumulative ? `${e.type}*` : e.type;
    const cells = [
      e.id.padEnd(5),
      kind.padEnd(10),
      who.padEnd(12),
      (e.date ?? e.earliest ?? "?").padEnd(10),
      value,
      what,
      reports,
    ];
    lines.push(cells.filter(Boolean).join("  "));
    const notes: string[] = [];
    if (e.fulfils.length) notes.push(`fulfils ${e.fulfils.join(", ")}`);
    if (e.fulfilledBy.length) notes.push(`fulfilled by ${e.fulfilledBy.join(", ")}`);
    if (e.retrospective) notes.push("only recalled");
    if (e.conflicts.length) notes.push(`conflict: ${e.conflicts.map((c) => c.field).join(", ")}`);
    if (notes.length) lines.push(`      ${notes.join(" · ")}`);
  }
  lines.push(
    "",
    `${entries.length} ${entries.length === 1 ? "entry" : "entries"} (* running total, not summed)`,
    "",
  );
  lines.push("donor → recipient   committed   delivered   outstanding");
  for (const t of pairTotals(entries)) {
    const row = [
      `${t.donor} → ${t.recipient}`.padEnd(18),
      EUR(t.committed).padStart(10),
      EUR(t.delivered).padStart(11),
      EUR(t.outstanding).padStart(13),
    ];
    lines.push(row.join("  ") + (t.unconverted ? `   (+${t.unconverted} values without EUR rate)` : ""));
  }
  return lines.join("\n") + "\n";
}
