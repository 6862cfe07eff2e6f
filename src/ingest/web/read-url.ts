// Reads a URL into articles: a page is one article, a feed one per entry (its own content, or the page it links to); pollFeed reads only what is new.
import type { Article } from "../../core/doc.js";
import type { ErrorCode } from "../../core/errors.js";
import { PledgewireError } from "../../core/errors.js";
import { fragmentText, readHtml } from "../../input/html.js";
import type { InputProblem, InputResult } from "../../input/read-inputs.js";
import { problem } from "../../input/read-inputs.js";
import type { FetchOptions, FetchResult } from "./fetch-page.js";
import { fetchPage } from "./fetch-page.js";
import type { FeedEntry } from "./feed.js";
import { looksLikeFeed, parseFeed } from "./feed.js";

export interface WebOptions extends FetchOptions {
  /** Fetch the linked page of a feed entry that carries only a summary (default true). */
  fetchEntries?: boolean;
}

/** What pollFeed keeps between polls of one feed. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Keys (guid, id or link) of entries already read, newest feed's first; at most MAX_SEEN. */
  seen: string[];
}

/** An entry's own text at least this long (in characters) is taken as the full article, not a teaser. */
const FULL_TEXT = 500;
const MAX_SEEN = 5000;
/** Errors that may pass by the next poll (the entry is not marked seen, so it is tried again): no answer, or "HTTP 503". */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["fetch_failed", "fetch_timeout"]);
const TRANSIENT_STATUS = /^HTTP (?:5\d\d|429|408)\b/;

/** Every article at `url`: the page, or each entry of the feed. A failure is a problem naming the url; it never throws. */
export async function* readUrl(url: string, options: WebOptions = {}): AsyncGenerator<InputResult> {
  let page: FetchResult;
  try {
    page = await fetchPage(url, options);
  } catch (error) {
    yield problem(url, error);
    return;
  }
  if (!looksLikeFeed(page.body)) {
    yield pageResult(page);
    return;
  }
  try {
    const { entries } = parseFeed(page.body);
    if (entries.length === 0) throw new PledgewireError("input_empty", "the feed has no entries");
    for (const entry of entries) yield await entryResult(entry, page, options);
  } catch (error) {
    yield problem(url, error);
  }
}

/**
 * One poll of a feed: a conditional request with the state's etag and date (304 → no results), then only
 * the entries not seen before. `state.seen` grows and the validators are set as `results` is read, so save
 * the state after reading them; an entry whose page could not be fetched stays unseen (and the validators
 * are dropped) so the next poll tries it again.
 */
export async function pollFeed(
  url: string,
  state: FeedState | null,
  options: WebOptions = {},
): Promise<{ state: FeedState; results: AsyncIterable<InputResult> }> {
  const before: FeedState = state ?? { seen: [] };
  let page: FetchResult;
  try {
    page = await fetchPage(url, { ...options, etag: before.etag, lastModified: before.lastModified });
  } catch (error) {
    return { state: before, results: once(problem(url, error)) };
  }
  if (page.status === 304) return { state: before, results: once() };
  const next: FeedState = { seen: [...before.seen] };
  return { state: next, results: newEntries(url, page, before, next, options) };
}

async function* newEntries(
  url: string,
  page: FetchResult,
  before: FeedState,
  next: FeedState,
  options: WebOptions,
): AsyncGenerator<InputResult> {
  let entries: FeedEntry[];
  try {
    if (!looksLikeFeed(page.body)) throw new PledgewireError("input_malformed", "not an RSS or Atom feed");
    entries = parseFeed(page.body).entries;
  } catch (error) {
    yield problem(url, error);
    return;
  }
  const seen = new Set(before.seen);
  let retry = false;
  const fresh: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.key)) continue;
    const result = await entryResult(entry, page, options);
    if (result.kind === "problem" && transient(result.problem)) retry = true;
    else fresh.push(entry.key);
    next.seen = [...fresh, ...before.seen].slice(0, MAX_SEEN);
    yield result;
  }
  if (!retry) {
    if (page.etag) next.etag = page.etag;
    if (page.lastModified) next.lastModified = page.lastModified;
  }
}

function transient({ code, message }: InputProblem): boolean {
  return TRANSIENT.has(code) || (code === "fetch_status" && TRANSIENT_STATUS.test(message));
}

/** An entry with its full text in the feed is read from there; a teaser sends us to the linked page. */
async function entryResult(entry: FeedEntry, feed: FetchResult, options: WebOptions): Promise<InputResult> {
  const own = entry.content ? fragmentText(entry.content) : "";
  // "/news/drone-package" in a feed at https://mod.example/feed.xml is https://mod.example/news/drone-package.
  const link = entry.link ? absolute(entry.link, feed.finalUrl) : null;
  const origin = `${feed.finalUrl}#${entry.key}`;
  if (link && own.length < FULL_TEXT && options.fetchEntries !== false) {
    let result: InputResult;
    try {
      result = pageResult(await fetchPage(link, options));
    } catch (error) {
      return problem(link, error);
    }
    // The page's own metadata wins; the feed fills what the page leaves out.
    if (result.kind === "article") return { kind: "article", article: fill(result.article, entry) };
    // A page that holds no article (a video, a gallery): the feed's own words are all there is.
    if (!own) return result;
  }
  if (!own) return problem(origin, new PledgewireError("input_empty", "the entry has no text and no link"));
  const article: Article = {
    id: link ?? entry.key,
    text: own,
    title: entry.title,
    published: entry.published,
    author: entry.author,
    url: link,
    origin,
  };
  return { kind: "article", article };
}

function fill(article: Article, entry: FeedEntry): Article {
  return {
    ...article,
    title: article.title ?? entry.title,
    published: article.published ?? entry.published,
    author: article.author ?? entry.author,
  };
}

/** A fetched page as one article: HTML through the reader, plain text as it is. */
function pageResult(page: FetchResult): InputResult {
  const { finalUrl, body, contentType } = page;
  if (/^text\/plain/i.test(contentType)) {
    if (!body.trim()) return problem(finalUrl, new PledgewireError("input_empty", "the page is empty"));
    return { kind: "article", article: { id: finalUrl, text: body, url: finalUrl, origin: page.url } };
  }
  let article: Article;
  try {
    article = readHtml(body, finalUrl, page.url, finalUrl);
  } catch (error) {
    return problem(page.url, error);
  }
  if (!article.text.trim()) {
    return problem(page.url, new PledgewireError("input_empty", "no article text in the page"));
  }
  return { kind: "article", article };
}

function absolute(link: string, base: string): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

async function* once(...results: InputResult[]): AsyncGenerator<InputResult> {
  yield* results;
}

/** Anything thrown becomes a problem: our own errors keep their code. */
