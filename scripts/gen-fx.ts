// Regenerates data/fx/ecb-rates.txt from ../shared/reference/ecb-fx/eurofxref-hist.csv (or a CSV given as argument).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_TABLE_PATH } from "../src/fx/rates.js";
import { encodeTable, parseEcbCsv } from "../src/fx/table.js";

const csvPath =
  process.argv[2] ??
  fileURLToPath(new URL("../../../shared/reference/ecb-fx/eurofxref-hist.csv", import.meta.url));
const text = encodeTable(parseEcbCsv(readFileSync(csvPath, "utf8")));
writeFileSync(DEFAULT_TABLE_PATH, text);
process.stdout.write(`${DEFAULT_TABLE_PATH}: ${text.length} characters from ${csvPath}\n`);
