// `pledgewire fx update`: refreshes the shipped ECB rate table from the ECB's web site.
import { parseArgs } from "node:util";
import type { Io } from "./io.js";

export const FX_USAGE = `usage: pledgewire fx update [--url URL] [--out FILE]

Downloads the ECB euro reference rate history and rewrites the rate table that
values are converted to euros with.

options:
  --url URL    where to download from (default: the ECB's eurofxref-hist.zip); a zip
               holding the CSV, or the CSV itself
  --out FILE   where to write the table (default: the project's data/fx/ecb-rates.txt)
  -h, --help   show this help
`;

export async function runFx(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { url: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.stderr.write(`pledgewire fx: ${(error as Error).message}\n${FX_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(FX_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== "update") {
    io.stderr.write(`pledgewire fx: the only subcommand is "update"\n${FX_USAGE}`);
    return 2;
  }
  const { DEFAULT_TABLE_PATH } = await import("../fx/rates.js");
  const { ECB_HISTORY_URL, updateRates } = await import("../fx/update.js");
  const out = values.out ?? DEFAULT_TABLE_PATH;
  try {
    const summary = await updateRates(values.url ?? ECB_HISTORY_URL, out);
    io.stdout.write(
      `${out}: ${summary.currencies} currencies, ${summary.days} business days, ${summary.first} to ${summary.last}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`pledgewire fx: ${(error as Error).message}\n`);
    return 1;
  }
}
