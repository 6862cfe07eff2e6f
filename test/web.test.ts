// Tests the web sources against a local HTTP server: pages, charsets, feeds, conditional polls, redirects, limits, failures, Telegram exports.
import assert from "node:assert/strict";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/core/doc.js";
import { PledgewireError } from "../src/core/errors.js";
import { fetchPage, pollFeed, readTelegramExport, readUrl, USER_AGENT } from "../src/ingest/web/index.js";
import type { InputProblem, InputResult } from "../src/input/read-inputs.js";
import { readInputs } from "../src/input/read-inputs.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures-web/", import.meta.url));
const fixture = (name: string): Buffer => readFileSync(FIXTURES + name);

/** The feeds as the server has them now: tests change them to see what a reader makes of the change. */
let rss = fixture("rss.xml").toString("utf8");
let atom = fixture("atom.xml").toString("utf8");
const seenAgents: string[] = [];

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const send =
  (name: string, type: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { "content-type": type });
    res.end(fixture(name));
  };

const ROUTES: Record<string, Handler> = {
  "/drone": send("drone-package.html", "text/html; charset=utf-8"),
  "/ru": send("ru-1251.html", "text/html; charset=windows-1251"),
  "/ru-meta": send("ru-1251.html", "text/html"),
  "/teaser-page.html": send("teaser-page.html", "text/html"),
  "/empty": send("no-article.html", "text/html"),
  "/atom.xml": (_req, res) => {
    res.writeHead(200, { "content-type": "application/atom+xml" });
    res.end(atom);
  },
  "/image": (_req, res) => {
    res.writeHead(200, { "content-type": "image/png" });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  },
  "/missing": (_req, res) => {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<p>gone</p>");
  },
  "/unavailable": (_req, res) => {
    res.writeHead(503, { "content-type": "text/html" });
    res.end("<p>try later</p>");
  },
  "/loop": (_req, res) => {
    res.writeHead(302, { location: "/loop" });
    res.end();
  },
  "/big": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(5_000_000) });
    res.end();
  },
  // No Content-Length: the size is only known while streaming.
  "/big-stream": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = "<p>" + "x".repeat(64 * 1024) + "</p>";
    let sent = 0;
    const more = (): void => {
      while (sent < 40 && res.write(chunk)) sent++;
      if (sent >= 40) res.end();
      else res.once("drain", more);
    };
    more();
  },
  "/slow": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>Starting");
    setTimeout(() => res.end("</p></body></html>"), 3000).unref();
  },
  "/rss.xml": (req, res) => {
    const etag = `"${rss.length}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, {
      "content-type": "application/rss+xml",
      etag,
      "last-modified": "Thu, 15 Aug 2024 07:00:00 GMT",
    });
    res.end(rss);
  },
};

const server = createServer((req, res) => {
  seenAgents.push(req.headers["user-agent"] ?? "");
  const path = req.url ?? "/";
  const redirect = /^\/redirect\/(\d+)$/.exec(path);
  if (redirect) {
    const n = Number(redirect[1]);
    res.writeHead(n === 1 ? 301 : 302, { location: n === 1 ? "/drone" : `/redirect/${n - 1}` });
    res.end();
    return;
  }
  const handler = ROUTES[path];
  if (handler) handler(req, res);
  else {
    res.writeHead(404);
    res.end();
  }
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => {
  server.closeAllConnections();
  server.close();
});
// A port that was open a moment ago and is now closed: connection refused.
const gone = createServer().listen(0, "127.0.0.1");
await once(gone, "listening");
const closedPort = (gone.address() as AddressInfo).port;
gone.close();
await once(gone, "close");

async function collect(
  results: AsyncIterable<InputResult>,
): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  for await (const r of results) {
    if (r.kind === "article") articles.push(r.article);
    else problems.push(r.problem);
  }
  return { articles, problems };
}

async function rejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof PledgewireError);
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

test("a page is fetched with pledgewire's user agent and read as one article", async () => {
  const { articles, problems } = await collect(readUrl(`${base}/drone`));
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 1);
  assert.match(articles[0]?.text ?? "", /600 million kroner/);
  assert.equal(articles[0]?.id, `${base}/drone`);
  assert.equal(articles[0]?.published, "2024-11-04");
  assert.match(USER_AGENT, /^pledgewire\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+\)$/);
  assert.ok(seenAgents.includes(USER_AGENT));
});

test("the charset comes from the Content-Type header, else from the page's meta (windows-1251)", async () => {
  for (const path of ["/ru", "/ru-meta"]) {
    const page = await fetchPage(base + path);
    assert.match(page.body, /Правительство Чехии/, path);
  }
});

test("redirects are followed to the final url, up to the limit", async () => {
  const page = await fetchPage(`${base}/redirect/3`);
  assert.equal(page.finalUrl, `${base}/drone`);
  assert.equal(page.url, `${base}/redirect/3`);
  await rejects(
    fetchPage(`${base}/redirect/3`, { maxRedirects: 2 }),
    "fetch_failed",
    /more than 2 redirects/,
  );
  await rejects(fetchPage(`${base}/loop`), "fetch_failed", /\/loop: more than 5 redirects/);
});

test("limits and failures are typed errors naming the url", async () => {
  await rejects(
    fetchPage(`${base}/big`, { maxBytes: 1_000_000 }),
    "fetch_too_large",
    /\/big: the page is 4\.8 MB/,
  );
  await rejects(
    fetchPage(`${base}/big-stream`, { maxBytes: 1_000_000 }),
    "fetch_too_large",
    /\/big-stream: the page is over/,
  );
  await rejects(
    fetchPage(`${base}/slow`, { timeoutMs: 300 }),
    "fetch_timeout",
    /\/slow: no complete answer within 0\.3 s/,
  );
  await rejects(fetchPage(`${base}/missing`), "fetch_status", /\/missing: HTTP 404/);
  await rejects(fetchPage(`${base}/image`), "fetch_failed", /not a page or feed \(content-type image\/png\)/);
  await rejects(fetchPage(`http://127.0.0.1:${closedPort}/`), "fetch_failed", /ECONNREFUSED/);
  await rejects(fetchPage("ftp://example.org/file"), "fetch_failed", /only http and https/);
});

test("bad urls become problems in line, and the batch goes on", async () => {
  const urls = [`${base}/missing`, `http://127.0.0.1:${closedPort}/`, `${base}/empty`, `${base}/drone`];
  const { articles, problems } = await collect(readInputs(urls));
  assert.deepEqual(
    problems.map((p) => [p.input, p.code]),
    [
      [`${base}/missing`, "fetch_status"],
      [`http://127.0.0.1:${closedPort}/`, "fetch_failed"],
      [`${base}/empty`, "input_empty"],
    ],
  );
  assert.equal(problems[0]?.message, "HTTP 404 Not Found", "the url is named once, as the input");
  assert.equal(articles.length, 1);
});

test("an Atom feed gives one article per entry: its own content, or the page a teaser links to", async () => {
  const { articles, problems } = await collect(readUrl(`${base}/atom.xml`));
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 2);
  const [full, teaser] = articles;
  assert.equal(full?.title, "Norway funds drone package");
  assert.equal(full?.url, `${base}/news/drone-package`, "a relative link is taken from the feed's url");
  assert.equal(full?.published, "2024-11-04");
  assert.equal(full?.author, "Ingrid Solberg");
  assert.match(full?.text ?? "", /^The Norwegian government will fund[^]*\n\n"Ukraine needs more drones/);
  assert.equal(teaser?.url, `${base}/teaser-page.html`);
  assert.match(teaser?.text ?? "", /seventeenth Swedish support package/);
  assert.equal(teaser?.published, "2024-10-15");
});

test("an entry whose page holds no article keeps the feed's own words", async () => {
  const saved = atom;
  atom = atom.replace('<link href="/teaser-page.html"/>', '<link href="/empty"/>');
  try {
    const { articles, problems } = await collect(readUrl(`${base}/atom.xml`));
    assert.deepEqual(problems, []);
    assert.equal(articles[1]?.text, "Further CV90 vehicles for Ukraine.");
    assert.equal(articles[1]?.url, `${base}/empty`);
  } finally {
    atom = saved;
  }
});

test("pollFeed reads new entries once, sends the etag back and gets 304, then reads only an added item", async () => {
  const first = await pollFeed(`${base}/rss.xml`, null);
  const read = await collect(first.results);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(
    read.articles.map((a) => a.title),
    ["Denmark delivers F-16 aircraft", "Sweden approves CV90 delivery"],
  );
  assert.equal(read.articles[0]?.published, "2024-08-15");
  assert.deepEqual(first.state.seen, ["dk-2024-0815", "/teaser-page.html"]);
  assert.ok(first.state.etag);
  assert.equal(first.state.lastModified, "Thu, 15 Aug 2024 07:00:00 GMT");

  const unchanged = await pollFeed(`${base}/rss.xml`, first.state);
  assert.deepEqual((await collect(unchanged.results)).articles, []);
  assert.equal(unchanged.state, first.state, "a 304 keeps the state as it was");

  rss = rss.replace(
    "<item>",
    `<item><title>Estonia hands over howitzers</title><guid isPermaLink="false">ee-77</guid><description><![CDATA[<p>${"Estonia has handed over further howitzers and ammunition to Ukraine, the Estonian Centre for Defence Investment said. ".repeat(5)}</p>]]></description></item><item>`,
  );
  const changed = await pollFeed(`${base}/rss.xml`, first.state);
  const fresh = await collect(changed.results);
  assert.deepEqual(
    fresh.articles.map((a) => a.title),
    ["Estonia hands over howitzers"],
  );
  assert.deepEqual(changed.state.seen, ["ee-77", "dk-2024-0815", "/teaser-page.html"]);
});

test("a feed entry whose page is down (503) stays unseen without the etag, so the next poll retries it; a 404 does not", async () => {
  const feed = `${base}/rss.xml`;
  const saved = rss;
  try {
    for (const [path, retried] of [
      ["/unavailable", true],
      ["/missing", false],
    ] as const) {
      rss = saved.replace("<link>/teaser-page.html</link>", `<link>${path}</link>`);
      const poll = await pollFeed(feed, null);
      const { problems } = await collect(poll.results);
      assert.deepEqual(
        problems.map((p) => p.code),
        ["fetch_status"],
      );
      assert.equal(poll.state.seen.includes(path), !retried, path);
      assert.equal(poll.state.etag === undefined, retried, path);
    }
  } finally {
    rss = saved;
  }
});

test("a page that is not a feed, or an unreachable feed, is a problem from pollFeed, never a throw", async () => {
  const notFeed = await pollFeed(`${base}/drone`, null);
  assert.deepEqual(
    (await collect(notFeed.results)).problems.map((p) => p.code),
    ["input_malformed"],
  );
  const down = await pollFeed(`http://127.0.0.1:${closedPort}/feed`, { seen: ["x"] });
  assert.deepEqual(down.state, { seen: ["x"] });
  assert.deepEqual(
    (await collect(down.results)).problems.map((p) => p.code),
    ["fetch_failed"],
  );
});

test("a Telegram Desktop export gives one article per message with text", async () => {
  const { articles, problems } = await collect(readTelegramExport(FIXTURES + "telegram-result.json"));
  assert.deepEqual(problems, []);
  assert.deepEqual(
    articles.map((a) => [a.id, a.published, a.url, a.title]),
    [
      ["defence_news_example/42", "2024-11-04", "https://t.me/defence_news_example/42", null],
      ["defence_news_example/43", "2024-11-05", "https://t.me/defence_news_example/43", null],
    ],
  );
  assert.equal(articles[1]?.text, "Denmark funds 18 Caesar howitzers built in Ukraine.");
});

test("a missing or malformed Telegram export is a problem naming the file", async () => {
  const missing = await collect(readTelegramExport(FIXTURES + "no-such-result.json"));
  assert.equal(missing.problems[0]?.code, "input_not_found");
  const notExport = await collect(readTelegramExport(FIXTURES + "atom.xml"));
  assert.equal(notExport.problems[0]?.code, "input_malformed");
  assert.match(notExport.problems[0]?.input ?? "", /atom\.xml$/);
});
