// Benchmark: body F1 and pages/s of pledgewire's HTML reader beside Readability over jsdom, on the article-extraction benchmark.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { readHtml } from "../src/input/html.js";

const USAGE = `usage: node dist/bench/html-bench.js [--repeats N] [--corpus DIR] [--only NAME] [--keep]

  --repeats N   timed passes over all pages per reader (default 3); the median pass gives pages/s
  --corpus DIR  the benchmark checkout (default ../shared/corpora/article-extraction-benchmark)
  --only NAME   run one reader (pledgewire or readability-jsdom), to score a change quickly
  --keep        keep the folder with the predictions and evaluate.py's results, and print its path
`;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Page {
  id: string;
  url: string;
  html: string;
}

/** A reader under test: HTML and its url in, the article body out. */
interface Reader {
  name: string;
  read(page: Page): string;
}

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const quiet = new VirtualConsole();

const READERS: readonly Reader[] = [
  { name: "pledgewire", read: (page) => readHtml(page.html, page.id, page.id, page.url).text },
  {
    name: "readability-jsdom",
    read: (page) => {
      // No scripts, no style sheets: the same inert document Readability gets from linkedom.
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      try {
        return new Readability(dom.window.document).parse()?.textContent ?? "";
      } finally {
        // Frees the window's timers and listeners; without it memory grows by the page, pass after pass.
        dom.window.close();
      }
    },
  },
];

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? "") : undefined;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Every page of the corpus, decompressed: "html/<id>.html.gz" with its url from ground-truth.json. */
function loadPages(corpus: string): Page[] {
  const truth = JSON.parse(readFileSync(join(corpus, "ground-truth.json"), "utf8")) as Record<
    string,
    { url?: string }
  >;
  return readdirSync(join(corpus, "html"))
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((file) => {
      const id = file.slice(0, -".html.gz".length);
      const html = gunzipSync(readFileSync(join(corpus, "html", file))).toString("utf8");
      return { id, url: truth[id]?.url ?? `https://example.invalid/${id}`, html };
    });
}

/** One pass over every page; a page the reader throws on counts as an empty body, as it would in use. */
function pass(reader: Reader, pages: readonly Page[]): { seconds: number; bodies: Record<string, string> } {
  const bodies: Record<string, string> = {};
  const t0 = performance.now();
  for (const page of pages) {
    try {
      bodies[page.id] = reader.read(page);
    } catch {
      bodies[page.id] = "";
    }
  }
  return { seconds: (performance.now() - t0) / 1000, bodies };
}

/** Runs the benchmark's own evaluate.py over the predictions in `dir/output`. */
function evaluate(corpus: string, dir: string): Record<string, Scores> {
  symlinkSync(join(corpus, "ground-truth.json"), join(dir, "ground-truth.json"));
  const result = spawnSync(
    "python3",
    [join(corpus, "evaluate.py"), "--n-bootstrap", "100", "--output", "results.json"],
    { cwd: dir, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`evaluate.py failed: ${result.stderr || result.error}`);
  return JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Record<string, Scores>;
}

function main(args: readonly string[]): void {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  const repeats = Number(option(args, "--repeats") ?? 3);
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error("--repeats needs a positive whole number");
  const corpus = option(args, "--corpus") ?? join(ROOT, "../shared/corpora/article-extraction-benchmark");
  const pages = loadPages(corpus);
  const dir = mkdtempSync(join(tmpdir(), "pledgewire-html-bench-"));
  mkdirSync(join(dir, "output"));
  const only = option(args, "--only");
  const readers = READERS.filter((r) => only === undefined || r.name === only);
  if (readers.length === 0) throw new Error(`--only needs one of ${READERS.map((r) => r.name).join(", ")}`);
  const rates: Record<string, number[]> = {};
  for (const reader of readers) rates[reader.name] = [];
  // Readers take turns pass by pass, so a noisy moment on a shared machine falls on both alike.
  for (let r = 0; r < repeats; r++) {
    for (const reader of readers) {
      const { seconds, bodies } = pass(reader, pages);
      rates[reader.name]?.push(pages.length / seconds);
      if (r === 0) {
        const output: Record<string, { articleBody: string }> = {};
        for (const [id, articleBody] of Object.entries(bodies)) output[id] = { articleBody };
        writeFileSync(join(dir, "output", `${reader.name}.json`), JSON.stringify(output));
      }
    }
  }
  const scores = evaluate(corpus, dir);
  const machine = `${cpus()[0]?.model ?? "unknown"}, ${cpus().length} cores, node ${process.version}`;
  const lines = [
    `article-extraction-benchmark: ${pages.length} pages, ${repeats} passes per reader; machine: ${machine}`,
    `${"reader".padEnd(18)} ${"F1".padStart(6)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"exact".padStart(6)} ${"pages/s (median)".padStart(17)}  passes`,
  ];
  for (const reader of readers) {
    const s = scores[reader.name];
    const r = rates[reader.name] ?? [];
    const fmt = (x: number | undefined): string => (x ?? NaN).toFixed(3).padStart(6);
    lines.push(
      `${reader.name.padEnd(18)} ${fmt(s?.f1)} ${fmt(s?.precision)} ${fmt(s?.recall)} ${fmt(s?.accuracy)} ${median(r).toFixed(1).padStart(17)}  ${r.map((x) => x.toFixed(1)).join(" ")}`,
    );
  }
  const [first, second] = readers.map((r) => rates[r.name] ?? []);
  if (first && second) {
    // Passes alternate, so each pair ran under about the same load: their ratio is steadier than either rate.
    const ratios = first.map((rate, i) => rate / (second[i] ?? NaN));
    lines.push(
      `${readers[0]?.name} / ${readers[1]?.name} speed, median of per-pass ratios: ${median(ratios).toFixed(1)}×`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (args.includes("--keep")) process.stdout.write(`predictions and results kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

main(process.argv.slice(2));
