// Downloads the ECB's rate history (a zip holding eurofxref-hist.csv) and rewrites the shipped rate table.
import { writeFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { PledgewireError } from "../core/errors.js";
import { encodeTable, isoDay, parseEcbCsv } from "./table.js";

export const ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";

export interface UpdateSummary {
  days: number;
  currencies: number;
  first: string;
  last: string;
}

/** The CSV inside the download: the zip's one .csv entry, or the body itself when it is already CSV. */
export function ecbCsv(body: Uint8Array, url: string): string {
  // "PK": a zip archive.
  if (body[0] === 0x50 && body[1] === 0x4b) {
    const entries = Object.entries(unzipSync(body)).filter(([name]) => name.toLowerCase().endsWith(".csv"));
    const csv = entries[0]?.[1];
    if (!csv) throw new PledgewireError("input_malformed", `${url}: the zip holds no .csv file`);
    return new TextDecoder().decode(csv);
  }
  return new TextDecoder().decode(body);
}

/** Fetches `url`, checks it is the ECB history and writes the compact table to `out`. */
export async function updateRates(url: string, out: string): Promise<UpdateSummary> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new PledgewireError("input_unreadable", `${url}: ${(error as Error).message} (offline?)`);
  }
  if (!response.ok) throw new PledgewireError("input_unreadable", `${url}: HTTP ${response.status}`);
  const table = parseEcbCsv(ecbCsv(new Uint8Array(await response.arrayBuffer()), url));
  await writeFile(out, encodeTable(table));
  return {
    days: table.days.length,
    currencies: table.series.size,
    first: isoDay(table.days[0] ?? 0),
    last: isoDay(table.days[table.days.length - 1] ?? 0),
  };
}
