// Reads an HTML page: the main text by Readability (paragraphs kept as blank lines) cleared of boilerplate, and its metadata.
import { Readability } from "@mozilla/readability";
import type { Article } from "../core/doc.js";
import type { DomDocument, DomElement, DomNode } from "./dom.js";
import { all, ELEMENT, parseDocument, TEXT } from "./dom.js";
import { readMeta } from "./html-meta.js";

/** Elements whose content stands as its own paragraph. */
const BLOCKS = new Set(
  "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul".split(
    " ",
  ),
);
/** Table cells stay on their row's line, apart: "Leopard 2A4 | 10". */
const CELLS = new Set(["td", "th"]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg"]);

/**
 * What is never article text, even inside the part Readability chose: captions and credits under photos,
 * share buttons, menus, forms, and anything the page hides.
 */
const NOT_TEXT =
  "figure, figcaption, picture, video, audio, iframe, object, embed, button, form, input, select, textarea, nav, aside, footer, [hidden], [aria-hidden='true'], [role='navigation'], [role='complementary'], [role='contentinfo']";
/**
 * Class or id words of boilerplate blocks: "article-share", "related-links", "photo-caption", "ad-slot".
 * Matched as whole words of the name, so "shared-story" or "header-image" are not caught by "share" or "ad".
 */
const BOILERPLATE =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|promo|advert|advertisement|ad|ads|caption|credit|byline|breadcrumbs?|tags|subscribe|subscription|signup|comments?|skip|sr-only|visually-hidden|screen-reader-text|hidden|read-more|more-stories|author-bio|copyright|disclaimer|date|dateline|timestamp|published|updated|meta|author|toolbar|widget|sidebar|popup|modal|cookie|banner|sponsored)(?:$|[\s_-])/i;
/** A pruned block may hold at most this share of the text: a class name never takes the article with it. */
const MAX_PRUNED_SHARE = 0.25;
/** A block with at least this many links, holding at least this share of its text in them, is a list of links. */
const MIN_LIST_LINKS = 3;
const LINK_LIST_SHARE = 0.7;
/** Readability's text under this many characters is taken for a miss, and the page's main container is read instead. */
const MIN_TEXT = 250;

/** A paragraph that is nothing but a url, a mail address or a social handle. */
const BARE_ADDRESS =
  /^(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:www\.)?[\w-]+\.(?:com|org|net)\/\S+|@\w+)$/i;
/** Paragraphs this long that come again are dropped as repeats. */
const MIN_REPEAT = 80;

/** `<meta charset="windows-1251">` or `content="text/html; charset=windows-1251"`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** The charset an HTML page declares in its head, for pages that are not UTF-8. */
export function declaredCharset(head: string): string | null {
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/**
 * An article from an HTML page: `origin` names it in messages, `pageUrl` is where it was fetched from
 * (used when the page names no canonical url).
 */
export function readHtml(html: string, id: string, origin: string, pageUrl?: string): Article {
  const document = parseDocument(html);
  // Metadata first: Readability rewrites the document as it works.
  const meta = readMeta(document);
  const reader = new Readability(document as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomNode,
  });
  const main = reader.parse();
  let text = main?.content ? mainText(main.content as DomElement) : "";
  if (text.length < MIN_TEXT) {
    const fallback = containerText(parseDocument(html));
    if (fallback.length > text.length) text = fallback;
  }
  return {
    id,
    text,
    title: meta.title ?? main?.title ?? null,
    published: meta.published,
    author: meta.author ?? main?.byline?.trim() ?? null,
    outlet: meta.outlet ?? main?.siteName ?? null,
    url: meta.url ?? pageUrl ?? null,
    language: meta.language,
    origin,
  };
}

/** The text of an HTML fragment, such as a feed entry's content: "<p>Kyiv, 4 November.</p><p>…</p>". */
export function fragmentText(html: string): string {
  const body = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
  return body ? mainText(body) : "";
}

/** The text of Readability's choice, cleared of captions, share bars and other boilerplate, repeats dropped. */
function mainText(root: DomElement): string {
  prune(root);
  return dropRepeats(paragraphs(root));
}

/**
 * When Readability finds too little (a short statement, a list-like page), the page's own `<article>` or
 * `<main>`, else its body, without menus, headers and footers.
 */
function containerText(document: DomDocument): string {
  for (const element of all(document, "header, nav, footer, aside, script, style, noscript, form"))
    element.remove();
  const root = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  return root ? mainText(root) : "";
}

function prune(root: DomElement): void {
  for (const element of all(root, NOT_TEXT)) element.remove();
  const total = (root.textContent ?? "").length;
  const small = (element: DomElement): boolean =>
    (element.textContent ?? "").length <= total * MAX_PRUNED_SHARE;
  for (const element of all(root, "[class], [id]")) {
    const name = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    // An element inside one already removed still answers; measuring it again is harmless.
    if (BOILERPLATE.test(name) && small(element)) element.remove();
  }
  for (const element of all(root, "ul, ol, div, section, table, p")) {
    if (small(element) && linkList(element)) element.remove();
  }
}

/** "You may also like: <a>…</a> <a>…</a> <a>…</a>": a block of several links and little else. */
function linkList(element: DomElement): boolean {
  const links = all(element, "a");
  if (links.length < MIN_LIST_LINKS) return false;
  const text = (element.textContent ?? "").replace(/\s+/g, "").length;
  const linked = links.reduce((n, a) => n + (a.textContent ?? "").replace(/\s+/g, "").length, 0);
  return text > 0 && linked / text >= LINK_LIST_SHARE;
}

/**
 * Paragraphs that are only an address ("https://…", "press@mod.gov.example", "twitter.com/defencemin") are
 * dropped, and long paragraphs after the first of the same text: a caption repeated under each slide, a twice-rendered
 * pull quote. Short ones stay: a recipe or a timetable repeats "Eat every 2–3 hours" on purpose.
 */
function dropRepeats(text: string): string {
  const seen = new Set<string>();
  return text
    .split("\n\n")
    .filter((p) => {
      if (BARE_ADDRESS.test(p)) return false;
      if (p.length < MIN_REPEAT) return true;
      if (seen.has(p)) return false;
      seen.add(p);
      return true;
    })
    .join("\n\n");
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
