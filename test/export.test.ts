// Tests `ledger` and `export`: filters, extract output as input, and CSV/XLSX read back by a spreadsheet library.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import ExcelJS from "exceljs";
import { COLUMNS } from "../src/export/rows.js";
import { loadResolveFixtures, RESOLVE_FIXTURES } from "./resolve-fixtures.js";
import { runCli } from "./run-cli.js";

const tmp = mkdtempSync(join(tmpdir(), "pledgewire-export-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const ARTICLES = [join(RESOLVE_FIXTURES, "sweden-package-15"), join(RESOLVE_FIXTURES, "sweden-package-16")];

/** Cell values of a sheet as rows of strings, header first. */
function cells(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(COLUMNS.map((_, i) => String(row.getCell(i + 1).value ?? ""))));
  return rows;
}

test("ledger prints one row per act and the pair totals; filters narrow it", async () => {
  const all = await runCli(["ledger", ...ARTICLES]);
  assert.equal(all.code, 0, all.err);
  assert.match(all.out, /e1 +pledge +SE → UA +2024-02-23 +7\.1B SEK = €636\.51M .*5 reports, 3 outlets/);
  assert.match(all.out, /fulfilled by e2/);
  assert.match(all.out, /5 entries/);
  const deliveries = await runCli(["ledger", "--type", "delivery", "--from", "2024-06", ...ARTICLES]);
  assert.match(deliveries.out, /1 entry /);
  const bad = await runCli(["ledger", "--type", "gift"]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--type must be one of pledge, delivery, agreement, got "gift"/);
});

test("extract's JSONL output resolves like the articles themselves", async () => {
  const { documents } = await loadResolveFixtures();
  const jsonl = join(tmp, "extracted.jsonl");
  writeFileSync(jsonl, documents.map((d) => JSON.stringify(d)).join("\n") + "\n");
  const fromJsonl = await runCli(["export", "--format", "json", jsonl]);
  const fromArticles = await runCli(["export", "--format", "json", ...ARTICLES]);
  assert.equal(fromJsonl.code, 0, fromJsonl.err);
  assert.deepEqual(
    (JSON.parse(fromJsonl.out) as { value_eur: number }[]).map((r) => r.value_eur).sort(),
    (JSON.parse(fromArticles.out) as { value_eur: number }[]).map((r) => r.value_eur).sort(),
  );
});

test("CSV and XLSX exports read back with the Kiel columns, numbers and lists intact", async () => {
  const csv = join(tmp, "ledger.csv");
  const xlsx = join(tmp, "ledger.xlsx");
  assert.equal(
    (await runCli(["export", "--format", "csv", "-o", csv, "--category", "naval", ...ARTICLES])).code,
    0,
  );
  assert.equal((await runCli(["export", "--format", "xlsx", "-o", xlsx, ...ARTICLES])).code, 0);
  assert.deepEqual([...readFileSync(csv).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const fromCsv = cells(await new ExcelJS.Workbook().csv.readFile(csv));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.getWorksheet("Ledger");
  assert.ok(sheet);
  const fromXlsx = cells(sheet);
  for (const rows of [fromCsv, fromXlsx]) {
    assert.deepEqual(rows[0]?.slice(1, 5), ["donor", "recipient", "announcement_date", "measure"]);
    const package15 = rows.find((r) => r[0] === "e1");
    assert.equal(package15?.[COLUMNS.indexOf("value_eur")], "636514411");
    assert.equal(package15?.[COLUMNS.indexOf("item")], "10 combat boats; artillery ammunition");
    assert.match(package15?.[COLUMNS.indexOf("sources")] ?? "", /ukrinform\.ua.* \| /);
  }
  // Only the naval entries were asked for in CSV: package 15 and its delivery.
  assert.deepEqual(
    fromCsv.slice(1).map((r) => r[COLUMNS.indexOf("measure")]),
    ["Commitment", "Delivery"],
  );
  assert.equal(fromXlsx.length, 6);
  const xlsxRow = sheet.getRow(2);
  assert.equal(typeof xlsxRow.getCell(COLUMNS.indexOf("value_eur") + 1).value, "number");
});
