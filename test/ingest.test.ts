// Tests ingest on SQLite and PostgreSQL: each text stored once, copies and near copies linked, bad inputs recorded.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../bench/generate.js";
import { Rng } from "../bench/rng.js";
import { TEMPLATES } from "../bench/templates/index.js";
import { withoutPassword } from "../src/cli/ingest.js";
import { main } from "../src/cli/main.js";
import type { Article } from "../src/core/doc.js";
import { extractorVersion } from "../src/ingest/extraction.js";
import { contentHash, fingerprint, NEAR_COPY, similarity } from "../src/ingest/fingerprint.js";
import { ingest } from "../src/ingest/ingest.js";
import { ProgressBar } from "../src/ingest/progress.js";
import { readSources } from "../src/ingest/sources.js";
import type { Summary } from "../src/ingest/summary.js";
import type { Store } from "../src/store/open.js";
import { openStore } from "../src/store/open.js";
import { backends } from "./backends.js";

const SAMPLES = fileURLToPath(new URL("../../test/fixtures-input/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "pledgewire-ingest-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const articles = [
  ...generateArticles(TEMPLATES.en as NonNullable<typeof TEMPLATES.en>, new Rng(7), 12, "wire"),
];
const first = articles[0] as Article;
const second = articles[1] as Article;

/** The first article as another outlet runs it: its own headline line, a credit line, the last paragraph cut. */
function syndicated(a: Article): Article {
  const paragraphs = a.text.split("\n\n");
  const text = [
    "By our correspondent in Kyiv",
    ...paragraphs.slice(0, -1),
    "(Reporting by the wire desk; editing by staff)",
  ].join("\n\n");
  return { id: `${a.id}-syndicated`, title: `Republished: ${a.title}`, published: a.published, text };
}

const NORWAY =
  "Oslo, 3 March 2025\n\nNorway pledges NOK 500 million for Ukraine's power grid\n\nNorway has pledged NOK 500 million to Ukraine for the repair of its power grid, the foreign ministry said on Monday.\n";

/**
 * news/wire.jsonl: 12 articles, an exact copy of the second (other line breaks), a near copy of the first
 * and a broken line; news/norway.txt; the samples of bad input (binary, empty, Latin-1, a JSONL file
 * with two good lines and three bad); a page with no article; and a path that does not exist.
 */
function corpus(): string[] {
  const dir = join(tmp, "news");
  mkdirSync(dir, { recursive: true });
  const lines = [
    ...articles.map((a) => JSON.stringify(a)),
    JSON.stringify({ ...second, id: "wire-copy", text: second.text.replace(/\n\n/g, "\n \n") }),
    JSON.stringify(syndicated(first)),
    '{"id": "cut-off", "text": "Denmark will',
  ];
  writeFileSync(join(dir, "wire.jsonl"), lines.join("\n") + "\n");
  writeFileSync(join(dir, "norway.txt"), NORWAY);
  writeFileSync(join(dir, "menu.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
  cpSync(SAMPLES, join(dir, "bad"), { recursive: true });
  return [dir, join(tmp, "missing.jsonl")];
}

test("fingerprints: white space and case do not make a new text; a syndicated copy is near, another story is not", () => {
  assert.equal(
    contentHash("Lithuania  will send\n5,000 drones."),
    contentHash(" Lithuania will send 5,000 drones. "),
  );
  const near = similarity(fingerprint(first.text).signature, fingerprint(syndicated(first).text).signature);
  const other = similarity(fingerprint(first.text).signature, fingerprint(second.text).signature);
  assert.ok(near >= NEAR_COPY, `syndicated copy scored ${near}`);
  assert.ok(other < 0.5, `different article scored ${other}`);
});

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ["documents", "events", "evidence", "entities", "document_bands"] as const) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** Runs the CLI in this process; returns its exit status and what it printed. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(argv, { stdin: Readable.from([]), stdout, stderr });
  return { code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() };
}

for (const backend of backends) {
  describe(`ingest into ${backend.name}`, () => {
    test("stores each text once, links copies, records bad inputs, and a second run changes nothing", async () => {
      const { target, drop } = await backend.fresh();
      const store = await openStore(target);
      try {
        const inputs = corpus();
        const run = (): Promise<Summary> =>
          ingest(readSources(inputs), { store, command: "ingest", args: inputs, workers: 0 });
        const s = await run();
        assert.deepEqual(
          [s.read, s.new, s.duplicate, s.near_duplicate, s.skipped, s.failed],
          [26, 15, 1, 1, 8, 1],
          JSON.stringify(s, null, 2),
        );
        assert.deepEqual(s.reasons, {
          skipped: { input_binary: 1, input_malformed: 4, input_empty: 2, input_encoding: 1 },
          failed: { input_not_found: 1 },
        });
        assert.ok(s.problems.some((p) => p.input.endsWith("menu.html") && /no article/.test(p.reason)));
        const stored = await counts(store);
        assert.equal(stored.documents, 16, "15 new and the near copy");
        assert.equal(stored.events, s.events);
        assert.ok(s.events > 15, "the generated articles state events");

        const near = await store.db
          .selectFrom("documents")
          .select(["duplicate_of", "extractor_version"])
          .where("source_id", "=", `${first.id}-syndicated`)
          .executeTakeFirstOrThrow();
        assert.deepEqual(near, { duplicate_of: fingerprint(first.text).id, extractor_version: null });
        const norway = await store.db
          .selectFrom("documents")
          .selectAll()
          .where("source_id", "=", "norway")
          .executeTakeFirstOrThrow();
        assert.equal(norway.extractor_version, extractorVersion());
        const text = norway.clean_text ?? norway.text;
        const evidence = await store.db
          .selectFrom("evidence")
          .selectAll()
          .where("document_id", "=", norway.id)
          .execute();
        assert.ok(evidence.length > 0);
        for (const e of evidence) assert.equal(text.slice(e.start_offset, e.end_offset), e.text);

        const again = await run();
        // Every stored document and the exact copy are duplicates now; the near copy is stored, so exact too.
        assert.deepEqual([again.new, again.duplicate, again.near_duplicate], [0, 17, 0]);
        assert.deepEqual(await counts(store), stored);
        const items = await store.db
          .selectFrom("run_items")
          .select("outcome")
          .where("run_id", "=", again.run)
          .execute();
        assert.equal(items.length, again.read);
      } finally {
        await store.close();
        await drop();
      }
    });

    test("the CLI prints a JSON summary, extracts in a worker, and reprocess keeps event ids", async () => {
      const { target, drop } = await backend.fresh();
      try {
        const file = join(tmp, `${backend.name}-cli.jsonl`);
        writeFileSync(
          file,
          articles
            .slice(0, 4)
            .map((a) => JSON.stringify(a))
            .join("\n") + "\n",
        );
        const ingested = await cli(["ingest", "--db", target, "--json", "--workers", "1", file]);
        assert.equal(ingested.code, 0, ingested.err);
        const summary = JSON.parse(ingested.out) as Summary;
        assert.deepEqual([summary.read, summary.new], [4, 4]);

        const store = await openStore(target);
        const ids = async (): Promise<string[]> =>
          (await store.db.selectFrom("events").select("id").orderBy("id").execute()).map((r) => r.id);
        try {
          const before = await ids();
          await store.db.updateTable("documents").set({ extractor_version: "0.0.0+old" }).execute();
          const reprocessed = await cli(["reprocess", "--db", target, "--json", "--workers", "0"]);
          assert.equal(reprocessed.code, 0, reprocessed.err);
          assert.equal((JSON.parse(reprocessed.out) as { reprocessed: number }).reprocessed, 4);
          assert.deepEqual(await ids(), before);
        } finally {
          await store.close();
        }
      } finally {
        await drop();
      }
    });
  });
}

test("ingest without inputs or with a bad option is a usage error", async () => {
  assert.equal((await cli(["ingest"])).code, 2);
  assert.match((await cli(["ingest", "--workers", "many", "x.jsonl"])).err, /--workers wants a whole number/);
});

test("a password in a recorded argument is masked", () => {
  assert.equal(
    withoutPassword("postgres://app:s3cret@db.internal:5432/ledger"),
    "postgres://app:***@db.internal:5432/ledger",
  );
  assert.equal(withoutPassword("feeds/2024.jsonl"), "feeds/2024.jsonl");
});

test("the progress bar shows the count, rate and ETA, and clears its line", () => {
  let written = "";
  // A Writable calls write() at once, so the text is there when update() returns.
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  const bar = new ProgressBar(Object.assign(stream, { columns: 100 }), 1000);
  bar.update(250, true);
  const erase = "\x1b[K";
  assert.ok(written.startsWith("\r") && written.endsWith(erase), JSON.stringify(written));
  assert.match(
    written.slice(1, -erase.length),
    /^\[######-{18}\] 250\/1,000 {2}[\d,]+\/s {2}ETA (\?|(\d+m)?\d+s)$/,
  );
  written = "";
  bar.end();
  assert.equal(written, `\r${erase}`);
});
