// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into entries with a stable key, link, title, date and any full content.
import { XMLParser } from "fast-xml-parser";
import { PledgewireError } from "../../core/errors.js";
import { normaliseDate } from "../../input/html-meta.js";

export interface FeedEntry {
  /** What identifies the entry across polls: guid (RSS), id (Atom), else the link, the title, the text's start. */
  key: string;
  link: string | null;
  title: string | null;
  /** YYYY-MM-DD as the feed states it. */
  published: string | null;
  author: string | null;
  /** HTML of the entry's own text: content:encoded or Atom content, else description or summary. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  entries: FeedEntry[];
}

type Node = Record<string, unknown>;

/** An entry with no guid, link or title is known by the start of its text. */
const KEY_TEXT = 200;

/** A feed's root after the XML declaration, comments and a doctype: `<rss`, `<feed`, `<rdf:RDF`. */
const FEED_START = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(rss|feed|rdf:RDF)[\s>]/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link", "author", "category"].includes(name),
});

/** True when the text starts like a feed, whatever the Content-Type says (many servers send text/html or text/xml). */
export function looksLikeFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 4096));
}

/** The feed in `text`; throws input_malformed when it starts like a feed but is not well-formed XML. */
export function parseFeed(text: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(text, true) as Node;
  } catch (error) {
    throw new PledgewireError(
      "input_malformed",
      `broken feed XML: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  const rss = node(doc.rss);
  if (rss) {
    const channel = node(rss.channel);
    return { title: str(channel?.title), entries: list(channel?.item).map(rssEntry) };
  }
  const rdf = node(doc["rdf:RDF"]);
  if (rdf) return { title: str(node(rdf.channel)?.title), entries: list(rdf.item).map(rssEntry) };
  const atom = node(doc.feed);
  if (atom) return { title: str(atom.title), entries: list(atom.entry).map(atomEntry) };
  throw new PledgewireError("input_malformed", "not an RSS or Atom feed");
}

function rssEntry(item: Node): FeedEntry {
  const link = str(list(item.link)[0]) ?? (isPermaLink(item.guid) ? str(item.guid) : null);
  const title = str(item.title);
  return {
    key: str(item.guid) ?? link ?? title ?? str(item.description)?.slice(0, KEY_TEXT) ?? "",
    link,
    title,
    published: date(str(item.pubDate) ?? str(item["dc:date"])),
    author: str(list(item.author)[0]) ?? str(item["dc:creator"]),
    content: str(item["content:encoded"]) ?? str(item.description),
  };
}

function atomEntry(entry: Node): FeedEntry {
  const links = list(entry.link);
  const alternate = links.find((l) => (str(l["@_rel"]) ?? "alternate") === "alternate") ?? links[0];
  const link = alternate ? str(alternate["@_href"]) : null;
  const title = str(entry.title);
  return {
    key: str(entry.id) ?? link ?? title ?? str(entry.summary)?.slice(0, KEY_TEXT) ?? "",
    link,
    title,
    published: date(str(entry.published) ?? str(entry.updated)),
    author: str(node(list(entry.author)[0])?.name),
    content: str(entry.content) ?? str(entry.summary),
  };
}

/** `<guid isPermaLink="false">` is an id, not a link; RSS says a guid without the attribute is a link. */
function isPermaLink(guid: unknown): boolean {
  const n = node(guid);
  return !n || str(n["@_isPermaLink"]) !== "false";
}

function date(value: string | null): string | null {
  return value ? normaliseDate(value, "en") : null;
}

/** Text of an element parsed either as a plain string or as `{"#text": …, "@_type": "html"}`. */
function str(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  const n = node(value);
  return n ? str(n["#text"]) : null;
}

function node(value: unknown): Node | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Node) : null;
}

function list(value: unknown): Node[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((v) => node(v) ?? { "#text": v });
}
