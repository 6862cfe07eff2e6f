// Ledger entries as CSV (RFC 4180) for spreadsheets; the fuller CSV/XLSX/JSON export is src/export's (issue 5).
import type { EntryRecord } from "./data.js";

const COLUMNS = [
  "id",
  "type",
  "donor",
  "recipient",
  "parties",
  "aid_type",
  "instrument",
  "status",
  "amount",
  "min",
  "max",
  "currency",
  "qualifier",
  "value_eur",
  "categories",
  "date",
  "cumulative",
  "review",
  "sources",
] as const;

/**
 * One cell: quoted when it holds a comma, quote or line break; a leading = + - @ (a spreadsheet formula,
 * "=HYPERLINK(...)") gets a ' in front so opening the file runs nothing. Numbers are written as they are.
 */
function cell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function entriesCsv(entries: readonly EntryRecord[]): string {
  const rows = entries.map((e) =>
    [
      e.id,
      e.type,
      e.donor,
      e.recipient,
      e.parties.join(" "),
      e.aid_type,
      e.instrument,
      e.status,
      e.value?.amount,
      e.value?.min,
      e.value?.max,
      e.value?.currency,
      e.value?.qualifier,
      e.value_eur,
      e.categories.join(" "),
      e.date,
      e.cumulative,
      e.review,
      e.sources,
    ]
      .map(cell)
      .join(","),
  );
  return [COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
