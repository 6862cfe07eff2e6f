// Writes ledger rows as CSV (RFC 4180 with a UTF-8 BOM for spreadsheet programs), XLSX or JSON.
import ExcelJS from "exceljs";
import type { Row } from "./rows.js";
import { COLUMNS } from "./rows.js";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A field with a comma, quote or line break is quoted, its quotes doubled: 'say "no"' → '"say ""no"""'. A
 * text starting like a spreadsheet formula ("=HYPERLINK(...)", from an article's item text) gets a ' in
 * front, so opening the file runs nothing; numbers are written as they are.
 */
function csvField(cell: Row[keyof Row]): string {
  if (cell === null) return "";
  const text = typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Row[]): string {
  const lines = [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => csvField(row[c])).join(","))];
  // The BOM makes Excel read UTF-8 ("Швеція") instead of the system code page; RFC 4180 ends lines in CRLF.
  return "\ufeff" + lines.map((line) => line + "\r\n").join("");
}

export async function toXlsx(rows: readonly Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ledger");
  sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key === "sources" ? 60 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function render(format: ExportFormat, rows: readonly Row[]): Promise<Buffer> {
  if (format === "xlsx") return toXlsx(rows);
  if (format === "csv") return Buffer.from(toCsv(rows));
  return Buffer.from(JSON.stringify(rows, null, 2) + "\n");
}
