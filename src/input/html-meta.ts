// Reads an HTML page's metadata (title, date, author, outlet, url, language) from JSON-LD, OpenGraph, microdata, meta tags and <time>.
import * as chrono from "chrono-node";
import type { DomDocument, DomElement } from "./dom.js";
import { all, textOf } from "./dom.js";

export interface PageMeta {
  title: string | null;
  /** YYYY-MM-DD (or YYYY-MM, YYYY) as the page states it, in the page's own time zone. */
  published: string | null;
  author: string | null;
  /** The site's own name: "Ministry of Defence of Ukraine", "Kyiv Post". */
  outlet: string | null;
  url: string | null;
  language: string | null;
}

type Json = Record<string, unknown>;

/** JSON-LD types that describe the article itself, not the site or a breadcrumb: NewsArticle, BlogPosting, Report. */
const ARTICLE_TYPE = /Article$|BlogPosting|Report|WebPage$/;
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];
/** `content` of the first of these that is set. */
const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'];
const AUTHOR_META = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'];
const OUTLET_META = ['meta[property="og:site_name"]', 'meta[name="application-name"]'];

export function readMeta(document: DomDocument): PageMeta {
  const language =
    document.documentElement?.getAttribute("lang")?.split(/[-_]/)[0]?.toLowerCase() ||
    metaContent(document, ['meta[http-equiv="content-language" i]', 'meta[property="og:locale"]'])
      ?.split(/[-_,]/)[0]
      ?.toLowerCase() ||
    null;
  const ld = jsonLd(document);
  const article = ld.find((o) => typeOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const website = ld.find((o) => typeOf(o).includes("WebSite")) ?? null;
  // Tried in order, each only when the ones before gave no date.
  const dates = [
    () => str(article?.datePublished),
    () => str(article?.dateCreated),
    () => metaContent(document, DATE_META),
    () => microdata(document, "datePublished"),
    () => document.querySelector("time[datetime]")?.getAttribute("datetime"),
    () => textOf(document.querySelector("time")),
  ];
  let published: string | null = null;
  for (let i = 0; i < dates.length && !published; i++) {
    const value = dates[i]?.();
    if (value) published = normaliseDate(value, language);
  }
  return {
    title:
      str(article?.headline) ??
      metaContent(document, TITLE_META) ??
      microdata(document, "headline") ??
      textOf(document.querySelector("title")),
    published,
    author: byline(
      personName(article?.author) ??
        metaContent(document, AUTHOR_META, (v) => !/^https?:/.test(v)) ??
        microdataAuthor(document) ??
        textOf(document.querySelector('a[rel="author"]')),
    ),
    outlet:
      personName(article?.publisher) ??
      metaContent(document, OUTLET_META) ??
      personName(website) ??
      microdataName(document.querySelector('[itemprop="publisher"]')),
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ||
      metaContent(document, ['meta[property="og:url"]']) ||
      str(article?.url),
    language,
  };
}

/** "By Olena Kovalenko" → "Olena Kovalenko". */
function byline(value: string | null): string | null {
  return value?.replace(/^by\s+/i, "") || null;
}

/** The first non-empty `content` of the selectors, if `accept` takes it. */
function metaContent(
  document: DomDocument,
  selectors: readonly string[],
  accept: (value: string) => boolean = () => true,
): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value && accept(value)) return value;
  }
  return null;
}

/** `<span itemprop="headline">…</span>`, `<time itemprop="datePublished" datetime="…">`, `<meta itemprop=… content=…>`. */
function microdata(document: DomDocument, prop: string): string | null {
  const element = document.querySelector(`[itemprop~="${prop}"]`);
  return element ? itemValue(element) : null;
}

function itemValue(element: DomElement): string | null {
  return (
    element.getAttribute("content")?.trim() || element.getAttribute("datetime")?.trim() || textOf(element)
  );
}

/** `<div itemprop="author" itemscope><span itemprop="name">Olena Kovalenko</span></div>`, or a plain itemprop="author". */
function microdataAuthor(document: DomDocument): string | null {
  return microdataName(document.querySelector('[itemprop~="author"]'));
}

function microdataName(element: DomElement | null): string | null {
  if (!element) return null;
  const name = element.querySelector('[itemprop~="name"]');
  return name ? itemValue(name) : element.hasAttribute("itemscope") ? null : itemValue(element);
}

/** Every JSON-LD object on the page, with `@graph` and arrays flattened. A broken block is skipped. */
function jsonLd(document: DomDocument): Json[] {
  const out: Json[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === "object" && value !== null) {
      out.push(value as Json);
      collect((value as Json)["@graph"]);
    }
  };
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common and says nothing about the article; the other clues may do.
    }
  }
  return out;
}

function typeOf(o: Json): string[] {
  const t = o["@type"];
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === "string")
    : typeof t === "string"
      ? [t]
      : [];
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** `"Olena Kovalenko"`, `{"@type": "Person", "name": "…"}` or a list of them (names joined). */
function personName(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((n): n is string => n !== null);
    return names.length ? names.join(", ") : null;
  }
  if (typeof value === "string") return /^https?:/.test(value) ? null : str(value);
  if (typeof value === "object" && value !== null) return str((value as Json).name);
  return null;
}

/** "2024-10-01T09:00:00+03:00" → 2024-10-01: the date as written, in the page's own zone. */
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
/** "01.10.2024", "1-10-2024", "01/10/2024 14:05": numeric dates with the year last. */
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;
/** "20241001" as some CMSs write it in meta tags. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/;

/** "Wednesday, 20 November 2019, 04:00 CST" fits; longer is not a date alone. */
const MAX_DATE_TEXT = 80;
/** chrono's languages, by the page's language code. */
const CHRONO: Record<string, { parse: typeof chrono.parse }> = {
  en: chrono.en,
  de: chrono.de,
  fr: chrono.fr,
  ja: chrono.ja,
  pt: chrono.pt,
  nl: chrono.nl,
  zh: chrono.zh,
  ru: chrono.ru,
  es: chrono.es,
  uk: chrono.uk,
  it: chrono.it,
  sv: chrono.sv,
  fi: chrono.fi,
  vi: chrono.vi,
  id: chrono.id,
  ar: chrono.ar,
};

/**
 * A date as YYYY-MM-DD. Numbers with dots or dashes are day first (01.10.2024 is 1 October); with
 * slashes they are month first on English pages (11/04/2024 is 4 November) unless that is impossible.
 * Words ("4 листопада 2024", "November 4, 2024") are read by chrono in the page's language.
 */
export function normaliseDate(value: string, language: string | null): string | null {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? null : Number(iso[3]));
  const compact = COMPACT.exec(text);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    const monthFirst = numeric[2] === "/" && (b > 12 || (language === "en" && a <= 12));
    return monthFirst ? ymd(year, a, b) : ymd(year, b, a);
  }
  // A date written out is short; a long text here is a whole block, not worth chrono's time.
  if (text.length > MAX_DATE_TEXT) return null;
  const match = (CHRONO[language ?? "en"] ?? chrono.en).parse(text)[0];
  // "5 minutes ago" is certain to chrono but is no publication date: the year must be written out.
  const found = match && /\d{4}/.test(match.text) ? match.start : null;
  if (!found?.isCertain("year") || !found.isCertain("month")) return null;
  return ymd(
    found.get("year") ?? 0,
    found.get("month") ?? 0,
    found.isCertain("day") ? (found.get("day") ?? null) : null,
  );
}

function ymd(year: number, month: number, day: number | null): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  const ym = `${year}-${String(month).padStart(2, "0")}`;
  if (day === null) return ym;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${ym}-${String(day).padStart(2, "0")}`;
}
