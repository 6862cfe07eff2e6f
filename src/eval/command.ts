// `pledgewire eval`: runs the extractor over the documents behind gold files (or reads a prediction file) and scores it.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Article } from "../core/doc.js";
import { PledgewireError } from "../core/errors.js";
import { get, LINE_BREAKS, round, str, strip, truthy } from "./python.js";
import {
  addPrediction,
  formatJson,
  formatTable,
  goldFiles,
  loadGold,
  loadPred,
  readGold,
  score,
  type PredSet,
} from "./score.js";

export const EVAL_USAGE = `usage: pledgewire eval GOLD_DIR... [--pred FILE] [--json] [--by-doc] [--shared DIR]

Scores extracted events against the gold files in GOLD_DIR (LEDGER §5), as
../shared/tools/eval-extract and score.py do, with the same table or --json.

  --pred FILE    score this prediction JSONL instead of running the extractor
  --shared DIR   where gold "source" paths start (default: GOLD_DIR/../..)
  --json         print the figures as one JSON object
  --by-doc       also list documents whose events were not all matched
`;

interface EvalOptions {
  gold: string[];
  pred: string | null;
  shared: string | null;
  json: boolean;
  byDoc: boolean;
}

/** Where the command writes; the process's streams unless a test passes its own. */
export interface EvalStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Reads the arguments, or null for --help; throws a usage error for anything it does not know. */
function parseArgs(args: readonly string[]): EvalOptions | null {
  const o: EvalOptions = { gold: [], pred: null, shared: null, json: false, byDoc: false };
  const usage = (message: string): PledgewireError => new PledgewireError("usage", message);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    // "--pred=out.jsonl" is the same as "--pred out.jsonl"
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw usage(`${name} needs a value`);
      return v;
    };
    if (name === "-h" || name === "--help") return null;
    else if (name === "--json") o.json = true;
    else if (name === "--by-doc") o.byDoc = true;
    else if (name === "--pred") o.pred = value();
    else if (name === "--shared") o.shared = value();
    else if (arg.startsWith("-") && arg !== "-") throw usage(`unknown option ${arg}`);
    else o.gold.push(arg);
  }
  if (o.gold.length === 0) throw usage("no gold directory given");
  return o;
}

/** eval-extract's front_matter(): YAML lines "key: value" between "---" fences, and the text after them. */
export function frontMatter(raw: string): { meta: Map<string, string>; text: string } {
  const meta = new Map<string, string>();
  if (!raw.startsWith("---\n")) return { meta, text: raw };
  const end = raw.indexOf("\n---", 4);
  if (end <= 0) return { meta, text: raw };
  for (const line of raw.slice(4, end).split(LINE_BREAKS)) {
    const colon = line.indexOf(":");
    if (colon >= 0) meta.set(strip(line.slice(0, colon)), strip(strip(line.slice(colon + 1)), `'"`));
  }
  return { meta, text: raw.slice(end + 4).replace(/^\n+/, "") };
}

/** Python's text-mode read: "\r\n" and "\r" become "\n", so offsets match eval-extract's articles. */
function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
  } catch {
    throw new PledgewireError("input_not_found", `${what} not found: ${path}`);
  }
}

/** One article per gold file, built as eval-extract builds them: {id, text, published, title, url}. */
export function goldArticles(dirs: readonly string[], shared: string | null): Article[] {
  const articles: Article[] = [];
  for (const dir of dirs) {
    const root = shared ?? resolve(dir, "..", "..");
    for (const name of goldFiles(dir)) {
      const file = join(dir, name);
      const g = readGold(file);
      const source = get(g, "source");
      if (typeof source !== "string")
        throw new PledgewireError("input_malformed", `gold file has no source: ${file}`);
      const { meta, text } = frontMatter(readText(join(root, source), `source of ${file}`));
      const published = get(g, "published");
      const article: Article = {
        id: str(g.id),
        text,
        published: typeof published === "string" ? published : null,
      };
      if (truthy(meta.get("title"))) article.title = meta.get("title") as string;
      if (truthy(meta.get("source_url"))) article.url = meta.get("source_url") as string;
      articles.push(article);
    }
  }
  return articles;
}

/** Runs the extractor in this process; the predictions are what `extract --format jsonl` would print. */
async function extractAll(articles: readonly Article[]): Promise<{ pred: PredSet; seconds: number }> {
  // Loaded here, not at the top, so scoring a --pred file does not pay for loading every language pack.
  const { extract } = await import("../extract/pipeline.js");
  const pred: PredSet = new Map();
  const t0 = performance.now();
  for (const article of articles) {
    let doc: unknown;
    try {
      doc = extract(article);
    } catch (e) {
      throw new Error(`extract failed on ${article.id}: ${(e as Error).message}`, { cause: e });
    }
    // Through JSON as the CLI's output would go: undefined fields vanish, NaN becomes null.
    addPrediction(pred, JSON.parse(JSON.stringify(doc)));
  }
  return { pred, seconds: round((performance.now() - t0) / 1000, 2) };
}

/**
 * `pledgewire eval GOLD_DIR... [--pred FILE] [--json] [--by-doc] [--shared DIR]`.
 * Returns 0; 2 for a usage error or a missing or malformed input; 1 when the extractor throws.
 */
export async function runEvalCommand(
  args: string[],
  io: EvalStreams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const o = parseArgs(args);
    if (o === null) {
      io.stdout.write(EVAL_USAGE);
      return 0;
    }
    const gold = loadGold(o.gold);
    const res =
      o.pred === null
        ? await extractAll(goldArticles(o.gold, o.shared)).then(({ pred, seconds }) => ({
            ...score(gold, pred),
            seconds,
          }))
        : score(gold, loadPred(o.pred));
    io.stdout.write(o.json ? formatJson(res, o.byDoc) + "\n" : formatTable(res, o.byDoc));
    return 0;
  } catch (e) {
    io.stderr.write(`pledgewire eval: ${(e as Error).message}\n`);
    if (e instanceof PledgewireError) {
      if (e.code === "usage") io.stderr.write(EVAL_USAGE);
      return 2;
    }
    return 1;
  }
}
