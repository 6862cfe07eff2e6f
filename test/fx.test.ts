// Tests the ECB rate table: exact round trip, euro conversion on holidays and for missing rates, `fx update`.
import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { strToU8, zipSync } from "fflate";
import { toEur } from "../src/fx/rates.js";
import { decodeTable, encodeTable, parseEcbCsv } from "../src/fx/table.js";
import { runCli } from "./run-cli.js";

// The ECB's layout: newest day first, a trailing comma, N/A where a currency has no rate.
const CSV = [
  "Date,USD,SEK,LTL,JPY,",
  "2024-02-26,1.0844,11.2235,N/A,163.05,",
  "2024-02-23,1.0823,11.1545,N/A,162.93,",
  "2024-02-22,1.0824,11.1885,N/A,162.82,",
  "2014-12-31,1.2141,9.3930,3.4528,145.23,",
  "2014-12-30,1.2155,9.4490,3.4528,N/A,",
].join("\n");

const tmp = mkdtempSync(join(tmpdir(), "pledgewire-fx-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

test("the compact table gives back every rate of the CSV exactly", () => {
  const table = parseEcbCsv(CSV);
  const text = encodeTable(table);
  assert.match(text.split("\n")[0] ?? "", /^# generated .* do not edit$/);
  assert.deepEqual(decodeTable(text, "t"), table);
  // JPY starts on the second day; a day without a rate inside a series is NaN.
  assert.deepEqual(table.series.get("JPY")?.start, 1);
  assert.deepEqual(table.series.get("LTL")?.rates, [3.4528, 3.4528]);
});

test("a Saturday takes Friday's rate; UAH and a series the ECB ended stay unconverted", () => {
  const table = parseEcbCsv(CSV);
  const sek = toEur(11154.5, "SEK", "2024-02-24", table);
  assert.deepEqual(sek, { eur: 1000, rate: 11.1545, rateDate: "2024-02-23" });
  assert.deepEqual(toEur(5, "EUR", "2024-02-24", table), { eur: 5, rate: 1, rateDate: "2024-02-24" });
  assert.equal(toEur(100, "UAH", "2024-02-23", table).eur, null);
  assert.match(
    String(Reflect.get(toEur(100, "LTL", "2024-02-23", table), "reason")),
    /LTL: no ECB reference rate/,
  );
  assert.equal(toEur(100, "USD", "2014-12-01", table).eur, null);
});

test("the shipped table converts SEK at the ECB rate of 23 February 2024", () => {
  assert.deepEqual(toEur(11_154_500, "SEK", "2024-02-23"), {
    eur: 1_000_000,
    rate: 11.1545,
    rateDate: "2024-02-23",
  });
});

test("fx update downloads the zip, writes the table and reports a server error", async () => {
  const zip = zipSync({ "eurofxref-hist.csv": strToU8(CSV) });
  const server = createServer((request, response) => {
    if (request.url === "/eurofxref-hist.zip") response.end(Buffer.from(zip));
    else response.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const out = join(tmp, "rates.txt");
    const ok = await runCli(["fx", "update", "--url", `${base}/eurofxref-hist.zip`, "--out", out]);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /4 currencies, 5 business days, 2014-12-30 to 2024-02-26/);
    assert.deepEqual(decodeTable(readFileSync(out, "utf8"), out), parseEcbCsv(CSV));
    const missing = await runCli(["fx", "update", "--url", `${base}/gone.zip`, "--out", out]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /gone\.zip: HTTP 404/);
  } finally {
    server.close();
  }
});
