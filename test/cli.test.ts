// Tests the command line: extract's formats, stdin, bad inputs and exit statuses, in-process and as a program.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { runBatch } from "../src/cli/extract.js";
import type { Io } from "../src/cli/io.js";
import { Output } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { jsonLines } from "../src/cli/writers.js";
import type { LedgerDocument } from "../src/core/ledger.js";
import type { InputResult } from "../src/input/read-inputs.js";

const CLI = fileURLToPath(new URL("../../bin/pledgewire", import.meta.url));
const SAMPLES = fileURLToPath(new URL("../../test/fixtures-input/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "pledgewire-cli-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const DRONES = [
  "Tuesday 11 June 2024",
  "",
  "Lithuania will send 5,000 drones to Ukraine",
  "",
  "Lithuania will send more than 5,000 drones to Ukraine by the end of autumn, the Lithuanian defence minister said on Tuesday.",
  "",
  "The drones are made by Lithuanian companies and will be handed over in several batches.",
].join("\n");
const GRANTS =
  "Norway has announced a grant of NOK 500 million to Ukraine for the repair of its power grid, the foreign ministry said.";

function write(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs main() with captured streams; `tty` makes stdout look like a terminal. */
async function run(
  argv: string[],
  stdin: Iterable<string> | AsyncIterable<string> = [],
  tty = false,
): Promise<Run> {
  const { io, output } = capture(stdin, tty);
  const code = await main(argv, io);
  return { code, ...output() };
}

function capture(stdin: Iterable<string> | AsyncIterable<string | Buffer>, tty = false) {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty });
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const io: Io = { stdin: Readable.from(stdin), stdout, stderr };
  return {
    io,
    stdout,
    output: () => ({ out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() }),
  };
}

function assertEvidenceSlices(text: string, doc: LedgerDocument): void {
  for (const event of doc.events) {
    assert.ok(event.evidence.length > 0);
    for (const e of event.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  }
}

test("extract: one document is one JSON object, its evidence indexing the text --text prints", async () => {
  const path = write("lt-drones.txt", DRONES);
  const json = await run(["extract", path]);
  assert.equal(json.code, 0, json.err);
  assert.equal(json.err, "");
  const doc = JSON.parse(json.out) as LedgerDocument;
  assert.equal(doc.id, "lt-drones");
  assert.equal(doc.document.published, "2024-06-11");
  assert.deepEqual(doc.document.languages, ["en"]);
  assert.ok(doc.events.some((e) => e.type === "pledge" && e.donor === "LT" && e.recipient === "UA"));
  const text = await run(["extract", "--text", path]);
  assert.equal(text.code, 0);
  assert.ok(text.out.includes("will be handed over in several batches.") && !text.out.endsWith("\n\n"));
  assertEvidenceSlices(text.out, doc);
});

test("extract: several documents are a JSON array, in input order", async () => {
  const a = write("a-drones.txt", DRONES);
  const b = write("b-grant.txt", GRANTS);
  const r = await run(["extract", "--format", "json", b, a]);
  assert.equal(r.code, 0);
  const docs = JSON.parse(r.out) as LedgerDocument[];
  assert.deepEqual(
    docs.map((d) => d.id),
    ["b-grant", "a-drones"],
  );
  assert.match(r.out, /^\[\n {2}\{\n {4}"id": "b-grant",/);
});

test(
  "extract --format jsonl: one compact line per document, written as soon as it is done",
  { timeout: 20_000 },
  async () => {
    const feed = new PassThrough();
    const { io, stdout, output } = capture(feed);
    feed.write(`${JSON.stringify({ id: "first", text: DRONES })}\n`);
    // The second article only arrives once the first one's line is out: a writer that waits for the end hangs.
    stdout.once("data", () =>
      feed.end(`${JSON.stringify({ id: "second", text: GRANTS, published: "2024-01-15" })}\n`),
    );
    assert.equal(await main(["extract", "--format", "jsonl"], io), 0);
    const lines = output().out.trimEnd().split("\n");
    assert.deepEqual(
      lines.map((l) => (JSON.parse(l) as LedgerDocument).id),
      ["first", "second"],
    );
    assert.equal((JSON.parse(lines[1] ?? "") as LedgerDocument).document.published, "2024-01-15");
  },
);

test("extract: a table on a terminal, with the head and one row per event", async () => {
  const path = write("table-drones.txt", DRONES);
  const r = await run(["extract", path], [], true);
  assert.equal(r.code, 0);
  const [head, facts, ...rows] = r.out.split("\n");
  assert.equal(head, "table-drones  Lithuania will send 5,000 drones to Ukraine");
  assert.match(facts ?? "", /^ {2}published 2024-06-11 · languages en · \d+ events?$/);
  assert.ok(
    rows.some((row) => /^ {2}pledge +LT → UA /.test(row)),
    r.out,
  );
  assert.equal((await run(["extract", "--format", "table", path])).out, r.out);
});

test("extract --text: {id, text} lines for several documents", async () => {
  const r = await run(["extract", "--text", write("t1.txt", GRANTS), write("t2.txt", DRONES)]);
  const docs = r.out
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; text: string });
  assert.deepEqual(
    docs.map((d) => d.id),
    ["t1", "t2"],
  );
  assert.equal(docs[0]?.text, GRANTS);
});

test("extract: stdin when no FILE or '-', and --published fills a date the input does not give", async () => {
  const piped = await run(["extract", "--published", "2024-01-15"], [GRANTS]);
  assert.equal(piped.code, 0);
  const doc = JSON.parse(piped.out) as LedgerDocument;
  assert.equal(doc.id, "stdin");
  assert.equal(doc.document.published, "2024-01-15");
  const md = write("dated.md", `---\ntitle: Grid repairs\ndate: '2023-11-02'\n---\n${GRANTS}\n`);
  const both = await run(["extract", "--published", "2024-01-15", "--lang", "en", md, "-"], [GRANTS]);
  const docs = JSON.parse(both.out) as LedgerDocument[];
  assert.deepEqual(
    docs.map((d) => [d.id, d.document.title, d.document.published]),
    [
      ["dated", "Grid repairs", "2023-11-02"],
      ["stdin", GRANTS, "2024-01-15"],
    ],
  );
});

test("extract: bad inputs are reported one per line and the good ones still come out (exit 0)", async () => {
  const good = write("good.txt", GRANTS);
  const missing = join(tmp, "missing.txt");
  const feed = join(SAMPLES, "broken.jsonl");
  const files = ["empty.txt", "binary.txt", "latin1.txt"].map((f) => join(SAMPLES, f));
  const r = await run(["extract", "--format", "jsonl", ...files, missing, feed, good]);
  assert.equal(r.code, 0);
  assert.deepEqual(
    r.out
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as LedgerDocument).id),
    ["lt-drones", "broken:6", "good"],
  );
  const lines = r.err.trimEnd().split("\n");
  assert.deepEqual(lines.slice(0, 4), [
    `pledgewire: ${files[0]}: file is empty`,
    `pledgewire: ${files[1]}: binary data (a NUL byte at byte 5), not text`,
    `pledgewire: ${files[2]}: invalid UTF-8 at byte 33 (convert the input to UTF-8)`,
    `pledgewire: ${missing}: no such file or directory`,
  ]);
  assert.match(lines[4] ?? "", new RegExp(`^pledgewire: ${feed}:2: bad JSON: `));
  assert.deepEqual(lines.slice(5), [
    `pledgewire: ${feed}:3: missing "text"`,
    `pledgewire: ${feed}:4: "text" must be a string, got an array`,
  ]);
});

test("extract: exit 1 when nothing could be read", async () => {
  const r = await run(["extract", join(SAMPLES, "empty.txt"), join(tmp, "absent.md")]);
  assert.equal(r.code, 1);
  assert.equal(r.out, "");
  assert.equal(r.err.trimEnd().split("\n").length, 2);
  const empty = await run(["extract"], []);
  assert.deepEqual([empty.code, empty.err], [1, "pledgewire: <stdin>: standard input is empty\n"]);
});

test("extract: a directory is read recursively", async () => {
  const r = await run(["extract", "--format", "jsonl", SAMPLES]);
  assert.equal(r.code, 0);
  assert.equal(r.out.trimEnd().split("\n").length, 2);
  assert.equal(r.err.trimEnd().split("\n").length, 6);
});

test("extract: one document whose extraction throws is reported, the batch goes on", async () => {
  const { io, output } = capture([]);
  const inputs = (async function* (): AsyncGenerator<InputResult> {
    for (const id of ["a", "boom", "c"])
      yield { kind: "article", article: { id, text: id, origin: `feed.jsonl:${id}` } };
  })();
  const out = new Output(io.stdout);
  const explode = (a: { id: string }): { id: string } => {
    if (a.id === "boom") throw new Error("no sentence found");
    return { id: a.id };
  };
  const defaults = { published: null, language: null };
  assert.equal(await runBatch({ inputs, defaults, process: explode, writer: jsonLines(out), out }, io), 0);
  assert.deepEqual(output(), {
    out: '{"id":"a"}\n{"id":"c"}\n',
    err: "pledgewire: feed.jsonl:boom: extraction failed: no sentence found\n",
  });
});

test("usage errors exit 2; help exits 0", async () => {
  for (const argv of [
    [],
    ["nonsense"],
    ["extract", "--formt", "json"],
    ["extract", "--format", "xml"],
    ["extract", "--input-format", "pdf"],
    ["extract", "--published", "2024-02-30"],
    ["extract", "--published", "June 2024"],
    ["extract", "--lang", "english"],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(" "));
    assert.equal(r.out, "");
    assert.match(r.err, /usage: pledgewire|pledgewire extract: .*\nTry 'pledgewire extract --help'/);
  }
  for (const argv of [["--help"], ["help"], ["-h"]]) {
    const r = await run(argv);
    assert.deepEqual([r.code, r.err], [0, ""]);
    assert.match(r.out, /^usage: pledgewire <command>[\s\S]*\n {2}extract {2}/);
  }
  for (const argv of [
    ["extract", "--help"],
    ["help", "extract"],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 0);
    assert.match(r.out, /^usage: pledgewire extract \[options\] \[FILE\.\.\.\]/);
  }
});

test("eval is dispatched to the evaluation command", async () => {
  const r = await run(["eval", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.out, /^usage: pledgewire eval /);
});

test("output waits for a slow reader instead of buffering", async () => {
  const received: string[] = [];
  const slow = new Writable({
    highWaterMark: 8,
    write(chunk: Buffer, _encoding, done) {
      received.push(chunk.toString());
      setTimeout(done, 5);
    },
  });
  const out = new Output(slow);
  for (let i = 0; i < 20; i++) {
    await out.write(`document ${i}\n`);
    assert.ok(slow.writableLength <= 16, `${slow.writableLength} bytes waiting`);
  }
  slow.end();
  await once(slow, "finish");
  assert.equal(received.length, 20);
});

test("a reader that closes the pipe stops the batch quietly", async () => {
  const closed = new Writable({
    write(_chunk, _encoding, done) {
      done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    },
  });
  const io: Io = { stdin: Readable.from([]), stdout: closed, stderr: new PassThrough() };
  let pulled = 0;
  const inputs = (async function* (): AsyncGenerator<InputResult> {
    for (; pulled < 1000; pulled++) {
      yield { kind: "article", article: { id: String(pulled), text: GRANTS } };
      // Let the failed write report itself, as a real pipe does between documents.
      await new Promise((r) => setImmediate(r));
    }
  })();
  const out = new Output(closed);
  const defaults = { published: null, language: null };
  const code = await runBatch({ inputs, defaults, process: (a) => a, writer: jsonLines(out), out }, io);
  assert.deepEqual([code, out.closed, out.error], [0, true, null]);
  assert.ok(pulled < 5, `${pulled} documents read after the reader went away`);
});

test("bin/pledgewire runs as a program: files and stdin in, JSONL out", () => {
  const path = write("spawned.txt", DRONES);
  const r = spawnSync(CLI, ["extract", "--format", "jsonl", path, "-"], { input: GRANTS, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as LedgerDocument).id),
    ["spawned", "stdin"],
  );
  const bad = spawnSync(CLI, ["frobnicate"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^pledgewire: unknown command "frobnicate"\nusage:/);
});
