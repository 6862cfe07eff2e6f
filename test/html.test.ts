// Tests the HTML reader: main text without boilerplate, metadata from JSON-LD/OpenGraph/microdata/meta, dates, charsets and bad pages.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { decodeBody } from "../src/ingest/web/fetch-page.js";
import { fragmentText, readHtml } from "../src/input/html.js";
import { normaliseDate } from "../src/input/html-meta.js";
import { readInputs } from "../src/input/read-inputs.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures-web/", import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, "utf8");

test("a press release keeps its paragraphs and loses menus, share bars, captions and related links", () => {
  const article = readHtml(fixture("drone-package.html"), "drones", "drone-package.html");
  const paragraphs = article.text.split("\n\n");
  assert.ok(paragraphs.some((p) => p.startsWith("The Norwegian government will fund a package")));
  assert.ok(paragraphs.some((p) => p.includes("is paid from the Nansen support programme")));
  for (const boilerplate of [
    "Share on Facebook",
    "Photo credit",
    "About the ministry",
    "The Nansen programme in figures",
    "All rights reserved",
  ]) {
    assert.ok(!article.text.includes(boilerplate), `"${boilerplate}" left in:\n${article.text}`);
  }
});

test("metadata comes from JSON-LD @graph first: headline, date as written, authors, publisher", () => {
  const article = readHtml(fixture("drone-package.html"), "drones", "drone-package.html");
  assert.equal(article.title, "Norway funds 600 million kroner drone package for Ukraine");
  assert.equal(article.published, "2024-11-04");
  assert.equal(article.author, "Ingrid Solberg, Lars Dahl");
  assert.equal(article.outlet, "Norwegian Ministry of Defence");
  assert.equal(article.url, "https://defence.example.no/news/drone-package");
  assert.equal(article.language, "en");
});

test("microdata and meta tags give the metadata when there is no JSON-LD", () => {
  const html = `<html><head><meta name="author" content="By Jan Novák"><meta property="og:site_name" content="Czech Radio"></head><body>
    <article itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">Czech ammunition initiative delivers</h1>
    <time itemprop="datePublished" datetime="2024-09-30T16:00:00+02:00">30 September</time>
    <p>${"The Czech-led initiative has delivered another half a million artillery shells to Ukraine this year. ".repeat(4)}</p>
    </article></body></html>`;
  const article = readHtml(html, "cz", "cz.html", "https://radio.example.cz/a/1");
  assert.equal(article.title, "Czech ammunition initiative delivers");
  assert.equal(article.published, "2024-09-30");
  assert.equal(article.author, "Jan Novák");
  assert.equal(article.outlet, "Czech Radio");
  assert.equal(article.url, "https://radio.example.cz/a/1", "the fetched url when the page names none");
});

test("dates: ISO as written, day first with dots, month first with slashes on English pages, words in the page's language", () => {
  assert.equal(normaliseDate("2024-10-01T23:30:00-05:00", "en"), "2024-10-01");
  assert.equal(normaliseDate("01.10.2024", "uk"), "2024-10-01");
  assert.equal(normaliseDate("1.10.2024, 14:05", null), "2024-10-01");
  assert.equal(normaliseDate("11/04/2024", "en"), "2024-11-04");
  assert.equal(normaliseDate("04/11/2024", "de"), "2024-11-04");
  assert.equal(normaliseDate("25/11/2024", "en"), "2024-11-25", "month 25 cannot be, so day first");
  assert.equal(normaliseDate("20241104", null), "2024-11-04");
  assert.equal(normaliseDate("Thu, 15 Aug 2024 07:00:00 +0200", "en"), "2024-08-15");
  assert.equal(normaliseDate("4 листопада 2024", "uk"), "2024-11-04");
  assert.equal(normaliseDate("November 2024", "en"), "2024-11");
  assert.equal(normaliseDate("31.02.2024", null), null, "no such day");
  assert.equal(normaliseDate("Updated 5 minutes ago", "en"), null, "no year: not a publication date");
});

test("a windows-1251 page is decoded from its meta charset (file) and from the Content-Type header (web)", async () => {
  const results = [];
  for await (const r of readInputs([FIXTURES + "ru-1251.html"])) results.push(r);
  const [first] = results;
  assert.equal(first?.kind, "article");
  if (first?.kind !== "article") return;
  assert.match(first.article.text, /Правительство Чехии объявило о передаче Украине/);
  assert.equal(first.article.published, "2024-10-01", "<time>01.10.2024</time>, day first");
  assert.equal(first.article.outlet, "Военное обозрение");
  const bytes = readFileSync(FIXTURES + "ru-1251.html");
  assert.match(decodeBody(bytes, "text/html; charset=windows-1251"), /бронетехники/);
  assert.match(
    decodeBody(bytes, "text/html"),
    /бронетехники/,
    "from <meta http-equiv> when the header has none",
  );
  assert.match(
    decodeBody(bytes, "text/html; charset=UTF-8"),
    /бронетехники/,
    "a wrong UTF-8 header gives way to the meta",
  );
});

test("malformed HTML still gives its text", () => {
  const html = `<html><body><div><p>${"Estonia will hand over more ammunition to Ukraine, the defence minister said. ".repeat(5)}<p>Second paragraph without closing tags<div><b>bold never closed`;
  const article = readHtml(html, "ee", "ee.html");
  assert.match(article.text, /Estonia will hand over more ammunition/);
});

test("a short statement that Readability passes over is read from the page's container", () => {
  const html = `<html><body><nav><a href="/">Home</a></nav><main><p>Finland sends its 24th defence package to Ukraine, worth 188 million euros.</p></main></body></html>`;
  assert.equal(
    readHtml(html, "fi", "fi.html").text,
    "Finland sends its 24th defence package to Ukraine, worth 188 million euros.",
  );
});

test("a page with no article is a problem naming it, and the next input is still read", async () => {
  const results = [];
  for await (const r of readInputs([FIXTURES + "no-article.html", FIXTURES + "drone-package.html"]))
    results.push(r);
  assert.equal(results[0]?.kind, "problem");
  if (results[0]?.kind === "problem") {
    assert.equal(results[0].problem.code, "input_empty");
    assert.match(results[0].problem.input, /no-article\.html$/);
  }
  assert.equal(results[1]?.kind, "article");
});

test("a feed entry's HTML becomes paragraphs", () => {
  assert.equal(
    fragmentText("<p>Kyiv, 4 November.</p><p>Drones <b>delivered</b>.</p>"),
    "Kyiv, 4 November.\n\nDrones delivered.",
  );
});
