// Reads an HTML page: the main text by Readability (paragraphs kept as blank lines), title, date and url.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../core/doc.js";

/**
 * The few DOM members used here. The project compiles without the DOM library, so linkedom's and
 * Readability's own types (written against it) are not usable as they are.
 */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT = 1;
const TEXT = 3;
/** Elements whose content stands as its own paragraph. */
const BLOCKS = new Set(
  "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul".split(
    " ",
  ),
);
/** Table cells stay on their row's line, apart: "Leopard 2A4 | 10". */
const CELLS = new Set(["td", "th"]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg"]);

/** `<meta charset="windows-1251">` or `content="text/html; charset=windows-1251"`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** The charset an HTML page declares in its head, for pages that are not UTF-8. */
export function declaredCharset(head: string): string | null {
  return META_CHARSET.exec(head)?.[1] ?? null;
}

export function readHtml(html: string, id: string, origin: string): Article {
  const { document: parsed } = parseHTML(html);
  const document = parsed as unknown as DomDocument;
  // Metadata first: Readability rewrites the document as it works.
  const title = content(document, 'meta[property="og:title"]') ?? text(document.querySelector("title"));
  const published =
    content(document, 'meta[property="article:published_time"]') ??
    content(document, 'meta[itemprop="datePublished"]') ??
    content(document, 'meta[name="date"]') ??
    jsonLdDate(document) ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    content(document, 'meta[property="og:url"]');
  const language = document.documentElement?.getAttribute("lang")?.split("-")[0]?.toLowerCase() || null;

  const reader = new Readability(parsed as never, { serializer: (node) => node as unknown as DomNode });
  const main = reader.parse();
  const body = main?.content ?? document.body;
  return {
    id,
    text: body ? paragraphs(body) : "",
    title: title ?? main?.title ?? null,
    published: published ?? main?.publishedTime ?? null,
    url: url ?? null,
    language,
    origin,
  };
}

function content(document: DomDocument, selector: string): string | null {
  return document.querySelector(selector)?.getAttribute("content")?.trim() || null;
}

function text(element: DomElement | null): string | null {
  return element?.textContent?.trim() || null;
}

/** `{"@type": "NewsArticle", "datePublished": "2024-06-13T09:00:00Z"}`, also inside `@graph` arrays. */
function jsonLdDate(document: DomDocument): string | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const found = findDate(JSON.parse(scripts[i]?.textContent ?? ""));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common and says nothing about the article; the next clue may do.
    }
  }
  return null;
}

function findDate(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findDate(v);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string") return record.datePublished;
  return findDate(record["@graph"]);
}

/** The text of an element with each block as its own paragraph, separated by blank lines. */
function paragraphs(root: DomNode): string {
  const out: string[] = [];
  walk(root, out);
  return out
    .join("")
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split("\n")
        .map((line) =>
          line
            .replace(/[ \t\r\f\v]+/g, " ")
            .replace(/ \|\s*$/, "")
            .trim(),
        )
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === TEXT) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== ELEMENT) return;
  const name = (node as DomElement).localName.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === "br") {
    out.push("\n");
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.push("\n\n");
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode, out);
  if (block) out.push("\n\n");
  else if (CELLS.has(name)) out.push(" | ");
}
