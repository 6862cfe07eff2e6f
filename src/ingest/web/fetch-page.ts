// Fetches one web page or feed politely: a clear user agent, a timeout, a size cap, a redirect limit, conditional headers, and the right charset.
import { readFileSync } from "node:fs";
import { PledgewireError } from "../../core/errors.js";
import { assertText } from "../../input/decode.js";
import { declaredCharset } from "../../input/html.js";

const PROJECT_URL = "https://github.com/pledgewire/pledgewire";
const VERSION = (
  JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
/** "pledgewire/0.1.0 (+https://github.com/pledgewire/pledgewire)": says who is asking and where to read why. */
export const USER_AGENT = `pledgewire/${VERSION} (+${PROJECT_URL})`;

const MB = 1024 * 1024;
export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * MB, maxRedirects: 5 } as const;

export interface FetchOptions {
  /** For the whole exchange, body included (default 20 s). */
  timeoutMs?: number;
  /** Largest body read; a longer one is stopped as it streams (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** From the last fetch of this url: the server answers 304 and no body when nothing changed. */
  etag?: string;
  lastModified?: string;
  /** Sent as Accept; by default pages and feeds. */
  accept?: string;
}

export interface FetchResult {
  /** As asked for. */
  url: string;
  /** After redirects. */
  finalUrl: string;
  /** 200-299, or 304 (not modified since `etag`/`lastModified`; body empty). */
  status: number;
  contentType: string;
  body: string;
  etag?: string;
  lastModified?: string;
}

const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Types that are text (pages, feeds, JSON); anything else (images, PDFs, archives) is refused. */
const TEXT_TYPE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:xml|json)\b|application\/xhtml|$)/i;
/** `<?xml version="1.0" encoding="windows-1251"?>` */
const UTF8 = /^utf-?8$/i;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const XML_ENCODING = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w:.-]+)/i;

/**
 * Fetches `url` (http or https). Errors are PledgewireErrors naming the url: fetch_timeout,
 * fetch_too_large, fetch_status (an HTTP error status), fetch_failed (anything else: DNS, refused
 * connection, too many redirects, not a text type).
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let current = checkUrl(url);
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { headers: headers(options), redirect: "manual", signal });
      const location = response.headers.get("location");
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) throw fail(url, "fetch_failed", `more than ${maxRedirects} redirects`);
        current = checkUrl(new URL(location, current).href);
        continue;
      }
      return await result(url, current, response, maxBytes);
    }
  } catch (error) {
    if (error instanceof PledgewireError) throw error;
    if ((error as Error).name === "TimeoutError" || signal.aborted) {
      throw fail(url, "fetch_timeout", `no complete answer within ${timeoutMs / 1000} s`);
    }
    throw fail(url, "fetch_failed", reason(error));
  }
}

function headers(options: FetchOptions): Record<string, string> {
  const h: Record<string, string> = { "user-agent": USER_AGENT, accept: options.accept ?? ACCEPT };
  if (options.etag) h["if-none-match"] = options.etag;
  if (options.lastModified) h["if-modified-since"] = options.lastModified;
  return h;
}

async function result(
  url: string,
  finalUrl: string,
  response: Response,
  maxBytes: number,
): Promise<FetchResult> {
  const contentType = response.headers.get("content-type") ?? "";
  const base = {
    url,
    finalUrl,
    status: response.status,
    contentType,
    ...optional("etag", response.headers.get("etag")),
    ...optional("lastModified", response.headers.get("last-modified")),
  };
  if (response.status === 304) {
    await response.body?.cancel();
    return { ...base, body: "" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw fail(
      url,
      "fetch_status",
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  }
  if (!TEXT_TYPE.test(contentType)) {
    await response.body?.cancel();
    throw fail(url, "fetch_failed", `not a page or feed (content-type ${contentType})`);
  }
  const bytes = await readCapped(url, response, maxBytes);
  try {
    assertText(bytes);
  } catch (error) {
    throw fail(url, "fetch_failed", (error as Error).message);
  }
  return { ...base, body: decodeBody(bytes, contentType) };
}

/** The body, refused from its Content-Length when that is too long already, else stopped once it grows past `max`. */
async function readCapped(url: string, response: Response, max: number): Promise<Uint8Array> {
  const limit = `over the ${(max / MB).toFixed(1)} MB limit`;
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > max) {
    await response.body?.cancel();
    throw fail(url, "fetch_too_large", `the page is ${(declared / MB).toFixed(1)} MB, ${limit}`);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    length += r.value.length;
    if (length > max) {
      await reader.cancel();
      throw fail(url, "fetch_too_large", `the page is ${limit}`);
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks, length);
}

/**
 * Bytes as text in the charset the Content-Type header names, else the one the page or feed declares
 * (`<meta charset>`, `<?xml encoding?>`), else UTF-8. A header that says UTF-8 over bytes that are not
 * (a server default over a windows-1251 page) gives way to the page's own declaration.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const header = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType)?.[1];
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    "latin1",
  );
  const declared = XML_ENCODING.exec(head)?.[1] ?? declaredCharset(head);
  const charset = header ?? declared ?? "utf-8";
  if (UTF8.test(charset) && declared && !UTF8.test(declared)) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return decodeAs(bytes, declared);
    }
  }
  return decodeAs(bytes, charset);
}

/** An unknown label ("x-user-defined-2") falls back to UTF-8, with U+FFFD for what does not fit. */
function decodeAs(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(url, "fetch_failed", "not a valid URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw fail(url, "fetch_failed", `only http and https are fetched, not ${parsed.protocol}`);
  }
  return parsed.href;
}

/** The cause undici gives ("connect ECONNREFUSED 127.0.0.1:9"), which says more than "fetch failed". */
function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.message ?? cause?.code ?? (error as Error).message;
}

function fail(
  url: string,
  code: "fetch_failed" | "fetch_timeout" | "fetch_too_large" | "fetch_status",
  why: string,
) {
  return new PledgewireError(code, `${url}: ${why}`);
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
