// Tests the input readers: every format, stdin, directories, and each kind of bad input.
import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import type { Article } from "../src/core/doc.js";
import { splitLines } from "../src/input/lines.js";
import type { InputProblem, ReadOptions } from "../src/input/read-inputs.js";
import { readInputs } from "../src/input/read-inputs.js";

/** Committed samples: empty.txt, binary.txt, latin1.txt (bad byte at 33), broken.jsonl (lines 2-4 broken). */
const SAMPLES = fileURLToPath(new URL("../../test/fixtures-input/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "pledgewire-input-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function readAll(
  paths: string[],
  opts?: ReadOptions,
): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  for await (const r of readInputs(paths, opts)) {
    if (r.kind === "article") articles.push(r.article);
    else problems.push(r.problem);
  }
  return { articles, problems };
}

async function only(paths: string[], opts?: ReadOptions): Promise<Article> {
  const { articles, problems } = await readAll(paths, opts);
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 1);
  return articles[0] as Article;
}

async function problemOf(paths: string[], opts?: ReadOptions): Promise<InputProblem> {
  const { articles, problems } = await readAll(paths, opts);
  assert.deepEqual(articles, []);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0] as InputProblem;
}

const stdin = (content: string | Buffer): Readable => Readable.from([Buffer.from(content)]);

const PLEDGE =
  "Estonia will hand over 1,000 anti-tank grenades to Ukraine before the winter, its minister said.";

test("a .txt file is one article named after the file", async () => {
  const path = write("estonia-grenades.txt", `${PLEDGE}\n`);
  assert.deepEqual(await only([path]), { id: "estonia-grenades", text: `${PLEDGE}\n`, origin: path });
});

test("a file with an unknown extension given by name is read as text", async () => {
  const path = write("statement", PLEDGE);
  assert.equal((await only([path])).text, PLEDGE);
});

test(".md: front matter gives title, date and url; the body after it is the text", async () => {
  const md = [
    "---",
    "tags: statements-releases",
    "date: '2023-05-19'",
    "published_time: 2023-05-19 10:15:00-04:00",
    'title: "Fact sheet: Norway\'s support for Ukraine"',
    "source_url: https://example.org/norway-support # the archived copy",
    "---",
    "",
    "# Fact sheet",
    "",
    "Norway will give NOK 7.5 billion in military aid to Ukraine this year.",
  ].join("\n");
  const a = await only([write("norway.md", md)]);
  assert.equal(a.id, "norway");
  assert.equal(a.title, "Fact sheet: Norway's support for Ukraine");
  assert.equal(a.published, "2023-05-19 10:15:00-04:00");
  assert.equal(a.url, "https://example.org/norway-support");
  assert.equal(
    a.text,
    "\n# Fact sheet\n\nNorway will give NOK 7.5 billion in military aid to Ukraine this year.",
  );
});

test(".md without front matter is all text", async () => {
  const text = "# Stöd till Ukraina\n\nSverige skickar ett nytt stödpaket till Ukraina.";
  assert.equal((await only([write("sv.md", text)])).text, text);
});

const PAGE = `<!doctype html>
<html lang="en-GB"><head>
<title>Denmark pledges F-16s | Example News</title>
<meta property="og:title" content="Denmark pledges F-16 jets to Ukraine">
<meta property="article:published_time" content="2023-08-20T18:30:00+02:00">
<link rel="canonical" href="https://news.example/denmark-f16">
<script>var tracking = "do not read me";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Denmark pledges F-16 jets to Ukraine</h1>
<p>Denmark will deliver 19 F-16 fighter jets to Ukraine, the Danish prime minister said on Sunday during a visit by the
Ukrainian president to an air base in the south of the country.</p>
<p>The first six aircraft are due around the new year, and the remaining jets will follow in 2024 and 2025, once
Ukrainian pilots and ground crews have finished their training in Denmark and in the United States.</p>
<table><tr><th>Year</th><th>Jets</th></tr><tr><td>2024</td><td>8</td></tr></table>
</article>
<footer>© Example News</footer>
</body></html>`;

test(".html: main text by paragraphs, title, date, url and language from the page", async () => {
  const a = await only([write("denmark.html", PAGE)]);
  assert.equal(a.id, "denmark");
  assert.equal(a.title, "Denmark pledges F-16 jets to Ukraine");
  assert.equal(a.published, "2023-08-20", "the date as the page writes it, in its own zone");
  assert.equal(a.url, "https://news.example/denmark-f16");
  assert.equal(a.language, "en");
  const paragraphs = a.text.split("\n\n");
  assert.ok(paragraphs.some((p) => p.startsWith("Denmark will deliver 19 F-16 fighter jets to Ukraine")));
  assert.ok(paragraphs.some((p) => p.startsWith("The first six aircraft are due around the new year")));
  assert.ok(paragraphs.includes("2024 | 8"), a.text);
  assert.ok(!a.text.includes("tracking") && !a.text.includes("World"), a.text);
  assert.ok(
    !paragraphs.some((p) => p.includes("\n") && p.includes("south of the country")),
    "a wrapped line stays one",
  );
});

test(".htm: the date falls back to JSON-LD, then to <time datetime>", async () => {
  const body = `<p>${PLEDGE}</p>`;
  const jsonLd = `<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-02-01"}]}</script>`;
  const withLd = await only([write("ld.htm", `<html><head>${jsonLd}</head><body>${body}</body></html>`)]);
  assert.equal(withLd.published, "2024-02-01");
  const withTime = `<html><body><time datetime="2024-02-03">3 Feb</time>${body}</body></html>`;
  assert.equal((await only([write("time.htm", withTime)])).published, "2024-02-03");
});

test(".html in windows-1251 is decoded by its declared charset", async () => {
  const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>');
  // "Литва передала Украине дроны." in windows-1251.
  const cyrillic = Buffer.from([
    0xcb, 0xe8, 0xf2, 0xe2, 0xe0, 0x20, 0xef, 0xe5, 0xf0, 0xe5, 0xe4, 0xe0, 0xeb, 0xe0, 0x20, 0xd3, 0xea,
    0xf0, 0xe0, 0xe8, 0xed, 0xe5, 0x20, 0xe4, 0xf0, 0xee, 0xed, 0xfb, 0x2e,
  ]);
  const page = Buffer.concat([head, cyrillic, Buffer.from("</p></body></html>")]);
  assert.equal((await only([write("ru.html", page)])).text, "Литва передала Украине дроны.");
});

test("a gzipped page is read by its inner extension", async () => {
  const a = await only([write("denmark.html.gz", gzipSync(PAGE))]);
  assert.equal(a.id, "denmark");
  assert.ok(a.text.includes("19 F-16 fighter jets"));
});

test("a UTF-16 file with a byte-order mark is decoded", async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLEDGE, "utf16le")]);
  assert.equal((await only([write("utf16.txt", utf16)])).text, PLEDGE);
});

test(".jsonl: one article a line, ids default to <file>:<line>, broken lines named and skipped", async () => {
  const path = join(SAMPLES, "broken.jsonl");
  const { articles, problems } = await readAll([path]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.published, a.origin]),
    [
      ["lt-drones", "2024-06-10", `${path}:1`],
      ["broken:6", "2024-03-01", `${path}:6`],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.input, p.code]),
    [
      [`${path}:2`, "input_malformed"],
      [`${path}:3`, "input_malformed"],
      [`${path}:4`, "input_malformed"],
    ],
  );
  assert.match(problems[0]?.message ?? "", /^bad JSON: /);
  assert.equal(problems[1]?.message, 'missing "text"');
  assert.equal(problems[2]?.message, '"text" must be a string, got an array');
});

test(".jsonl: a wrong optional field, an empty text and bad UTF-8 in a line are that line's problem", async () => {
  const lines = [
    JSON.stringify({ id: 1, text: PLEDGE, title: 7 }),
    JSON.stringify({ id: 2, text: "  " }),
    Buffer.concat([Buffer.from('{"id": 3, "text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
    JSON.stringify({ id: 4, text: PLEDGE, language: "en" }),
  ];
  const path = write(
    "mixed.jsonl",
    Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from("\n")]))),
  );
  const { articles, problems } = await readAll([path]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.language]),
    [["4", "en"]],
  );
  const offsetOfBadByte = Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`) + '{"id": 3, "text": "Caf'.length;
  assert.deepEqual(problems, [
    { input: `${path}:1`, code: "input_malformed", message: '"title" must be a string, got a number' },
    { input: `${path}:2`, code: "input_empty", message: '"text" is empty' },
    {
      input: `${path}:3`,
      code: "input_encoding",
      message: `invalid UTF-8 at byte ${offsetOfBadByte} (convert the input to UTF-8)`,
    },
  ]);
});

test(".jsonl: a line over the 5 MB limit is rejected as that line, the next one is read", async () => {
  const huge = JSON.stringify({ id: "huge", text: "drones ".repeat(900_000) });
  const path = write("huge-line.jsonl", `${huge}\n${JSON.stringify({ id: "after", text: PLEDGE })}\n`);
  const { articles, problems } = await readAll([path]);
  assert.deepEqual(
    articles.map((a) => a.id),
    ["after"],
  );
  assert.deepEqual(problems, [
    {
      input: `${path}:1`,
      code: "input_too_large",
      message: "line is 6.0 MB, over the 5 MB limit for one article",
    },
  ]);
});

test(".jsonl: 100,000 lines stream with flat memory", async () => {
  const path = join(tmp, "many.jsonl");
  const line =
    JSON.stringify({ text: `${PLEDGE} ${"Background paragraph about the war. ".repeat(25)}` }) + "\n";
  const block = line.repeat(10_000);
  for (let i = 0; i < 10; i++) appendFileSync(path, block);
  // Live memory after a full collection: without one, what is measured is how far behind the collector
  // runs on a busy machine, not what the reader holds.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const used = (): number => {
    gc();
    return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  };
  const base = used();
  let peak = 0;
  let count = 0;
  for await (const r of readInputs([path])) {
    assert.equal(r.kind, "article");
    if (++count % 5000 === 0) peak = Math.max(peak, used() - base);
  }
  assert.equal(count, 100_000);
  // The file is about 100 MB; holding it (or its articles) would show here.
  assert.ok(peak < 60 * 1024 * 1024, `memory grew by ${Math.round(peak / 1048576)} MB`);
});

test(".json: one object, or an array whose bad items are named by index", async () => {
  const one = await only([
    write("one.json", JSON.stringify({ text: PLEDGE, url: "https://example.org/ee" })),
  ]);
  assert.deepEqual([one.id, one.url], ["one", "https://example.org/ee"]);
  const path = write("list.json", JSON.stringify([{ id: "a", text: PLEDGE }, { id: "b" }, { text: PLEDGE }]));
  const { articles, problems } = await readAll([path]);
  assert.deepEqual(
    articles.map((a) => a.id),
    ["a", "list[2]"],
  );
  assert.deepEqual(problems, [{ input: `${path}[1]`, code: "input_malformed", message: 'missing "text"' }]);
  assert.match((await problemOf([write("bad.json", '{"text": ')])).message, /^bad JSON: /);
  assert.equal((await problemOf([write("none.json", "[]")])).code, "input_empty");
});

test("stdin: read when no path or '-' is given; its format comes from its first bytes", async () => {
  assert.deepEqual(await only([], { stdin: stdin(PLEDGE) }), {
    id: "stdin",
    text: PLEDGE,
    origin: "<stdin>",
  });
  const feed = `${JSON.stringify({ id: "x", text: PLEDGE })}\n${JSON.stringify({ text: PLEDGE })}\n`;
  const { articles } = await readAll(["-"], { stdin: stdin(feed) });
  assert.deepEqual(
    articles.map((a) => [a.id, a.origin]),
    [
      ["x", "<stdin>:1"],
      ["stdin:2", "<stdin>:2"],
    ],
  );
  assert.equal((await only(["-"], { stdin: stdin(PAGE) })).title, "Denmark pledges F-16 jets to Ukraine");
  assert.equal((await only(["-"], { stdin: stdin("---\ntitle: T\n---\nBody") })).title, "T");
  assert.equal((await only(["-"], { stdin: stdin(JSON.stringify({ text: PLEDGE }, null, 2)) })).text, PLEDGE);
  assert.equal((await only(["-"], { stdin: stdin("{not json"), format: "text" })).text, "{not json");
  assert.deepEqual(await problemOf(["-"], { stdin: stdin("") }), {
    input: "<stdin>",
    code: "input_empty",
    message: "standard input is empty",
  });
});

test("an empty, a binary and a Latin-1 file are each reported clearly", async () => {
  const empty = join(SAMPLES, "empty.txt");
  const binary = join(SAMPLES, "binary.txt");
  const latin1 = join(SAMPLES, "latin1.txt");
  const { articles, problems } = await readAll([empty, binary, latin1, write("blank.txt", " \n\n\t\n")]);
  assert.deepEqual(articles, []);
  assert.deepEqual(
    problems.map((p) => [p.input, p.code, p.message]),
    [
      [empty, "input_empty", "file is empty"],
      [binary, "input_binary", "binary data (a NUL byte at byte 5), not text"],
      [latin1, "input_encoding", "invalid UTF-8 at byte 33 (convert the input to UTF-8)"],
      [join(tmp, "blank.txt"), "input_empty", "file holds only white space"],
    ],
  );
  const controls = write(
    "controls.txt",
    Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x02))),
  );
  assert.equal((await problemOf([controls])).code, "input_binary");
});

test("a file over 20 MB is refused with its name and size; the next input is still read", async () => {
  const big = join(tmpdir(), `pledgewire-50mb-${process.pid}.txt`);
  try {
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "war and aid. "));
    const next = write("after-big.txt", PLEDGE);
    const { articles, problems } = await readAll([big, next]);
    assert.deepEqual(
      articles.map((a) => a.id),
      ["after-big"],
    );
    assert.deepEqual(problems, [
      {
        input: big,
        code: "input_too_large",
        message:
          "file is 50.0 MB, over the 20 MB limit for one document (give many articles as JSONL instead)",
      },
    ]);
  } finally {
    rmSync(big, { force: true });
  }
});

test("a missing file is reported and the rest is read", async () => {
  const missing = join(tmp, "no-such-article.txt");
  const { articles, problems } = await readAll([missing, write("present.txt", PLEDGE)]);
  assert.equal(articles.length, 1);
  assert.deepEqual(problems, [
    { input: missing, code: "input_not_found", message: "no such file or directory" },
  ]);
});

test("a directory is read recursively, supported and visible files only, in name order", async () => {
  const dir = join(tmp, "tree");
  write("tree/b.txt", PLEDGE);
  write("tree/a/deep/c.md", `---\ntitle: C\n---\n${PLEDGE}`);
  write("tree/a/feed.jsonl", `${JSON.stringify({ text: PLEDGE })}\n`);
  write("tree/notes.pdf", "%PDF-1.4");
  write("tree/.hidden/d.txt", PLEDGE);
  write("tree/.e.txt", PLEDGE);
  const { articles, problems } = await readAll([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    articles.map((a) => a.id),
    ["c", "feed:1", "b"],
  );
  mkdirSync(join(tmp, "hollow"));
  assert.equal((await problemOf([join(tmp, "hollow")])).code, "input_empty");
});

test("lines are split across chunk boundaries with their numbers and byte offsets", async () => {
  const chunks = ["ab", "c\nde", "f\n\ng", "hij"].map((s) => Buffer.from(s));
  const lines = [];
  for await (const l of splitLines(Readable.from(chunks), 3))
    lines.push([l.number, l.offset, l.bytes?.toString() ?? null, l.length]);
  assert.deepEqual(lines, [
    [1, 0, "abc", 3],
    [2, 4, "def", 3],
    [3, 8, "", 0],
    [4, 9, null, 4],
  ]);
});
