// Cleans an article into the fixed text that every span indexes, and reads its head (date, outlet, title).
import type { Article, DocumentMeta } from "../../core/doc.js";
import { parseStandaloneDate } from "./dates.js";

/** "gipoteza.net", "www.kyivpost.com": a head line that names the outlet. */
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\d-]+\.)+[a-z]{2,})\/?$/iu;
/** List items and markdown headings keep their own line when wrapped paragraphs are joined. */
const BLOCK_START = /^(?:[-*•–]\s|\d{1,2}[.)]\s|#{1,6}\s|\|)/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Markdown and stray HTML that carry no words: "[calling on](https://...)" → "calling on", "**Note:**" → "Note:". */
const MARKUP: ReadonlyArray<readonly [needs: string, RegExp, string]> = [
  ["](", /!\[([^\]]*)\]\([^)]*\)/g, "$1"],
  ["](", /\[([^\]]+)\]\([^)\s]*\)/g, "$1"],
  ["**", /\*\*([^*]+?)\*\*/g, "$1"],
  ["__", /__([^_]+?)__/g, "$1"],
  ["<", /<\/?(?:sup|sub|b|i|em|strong|span|a)(?:\s[^>]*)?>/gi, ""],
  ["\\", /\\([#*_[\]()\\-])/g, "$1"],
  ["#", /^#{1,6}\s+/gm, ""],
  ["#", /^#{3,}$/gm, ""],
];
/** Lines this short are not worth comparing when dropping repeats ("* * *", "Photo"). */
const MIN_REPEAT_LENGTH = 25;

export interface Cleaned {
  text: string;
  meta: DocumentMeta;
}

export function clean(article: Article): Cleaned {
  const lines = normalise(article.text).split("\n");
  const head = readHead(lines);
  const paragraphs = splitParagraphs(head.rest).map(unwrap);
  const text = dropRepeats(paragraphs).join("\n\n");
  const published = normaliseDate(article.published) ?? head.published;
  return {
    text,
    meta: {
      title: tidyTitle(article.title) || head.title,
      published,
      url: article.url ?? null,
      outlet: head.outlet ?? hostOf(article.url),
      attribution: [],
      language: article.language ?? null,
      referenceDate: published,
      referenceProvenance: "stated",
    },
  };
}

/** A title cut from YAML by a naive reader keeps its escapes: "Ukraine\\u2019s Air Defenses by U.S. President\\". */
function tidyTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const text = title
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\$/, "")
    .replace(/\s+/g, " ")
    .trim();
  return text || null;
}

function normalise(raw: string): string {
  let text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  // Each rewrite runs only where its mark occurs at all: most articles have no markdown.
  for (const [needs, re, by] of MARKUP) if (text.includes(needs)) text = text.replace(re, by);
  return text
    .replace(INVISIBLE, "")
    .replace(ODD_SPACE, " ")
    .replace(/[^\S\n]+$/gm, "");
}

/**
 * Reads date and outlet lines off the top of a plain article, and takes the first real line as title:
 * "Thursday02 January 2025" / "gipoteza.net" / "Ukraine and Lithuania have signed ...".
 */
function readHead(lines: string[]): {
  rest: string[];
  published: string | null;
  outlet: string | null;
  title: string | null;
} {
  let published: string | null = null;
  let outlet: string | null = null;
  let i = 0;
  for (; i < lines.length && i < 8; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    const date: string | null = published ? null : parseStandaloneDate(line);
    if (date) {
      published = date;
      continue;
    }
    const domain: RegExpExecArray | null = outlet ? null : DOMAIN_LINE.exec(line);
    if (domain?.[1]) {
      outlet = domain[1].toLowerCase();
      continue;
    }
    break;
  }
  const rest = lines.slice(i);
  const first = rest.find((l) => l.trim() !== "")?.trim() ?? null;
  const title = first && first.length <= 250 ? first.replace(/^#+\s*/, "") : null;
  return { rest, published, outlet, title };
}

function splitParagraphs(lines: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(line.trim());
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Joins a hard-wrapped paragraph (lines cut near a fixed width, as in plain-text releases) into one line;
 * a paragraph whose lines are whole sentences or list items keeps its breaks.
 */
function unwrap(lines: string[]): string {
  if (lines.length < 2) return lines.join("\n");
  const body = lines.slice(0, -1);
  const wrapped = body.filter((l) => l.length >= 45 && l.length <= 100).length >= body.length * 0.6;
  if (!wrapped) return lines.join("\n");
  // A list item starts a new line; its own wrapped continuation lines join it.
  return lines.reduce(
    (out, line) => (out === "" ? line : out + (BLOCK_START.test(line) ? "\n" : " ") + line),
    "",
  );
}

/** A repeated line is the same words in the same case-folded form: "Ukraine and Lithuania have signed ...". */
function key(line: string): string {
  return line.trim().toLowerCase();
}

/** Drops lines already seen earlier (a repeated headline or paragraph), and paragraphs left empty. */
function dropRepeats(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paragraphs) {
    const kept = p.split("\n").filter((line) => {
      if (line.length < MIN_REPEAT_LENGTH) return true;
      const k = key(line);
      if (k.length < MIN_REPEAT_LENGTH) return true;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (kept.length) out.push(kept.join("\n"));
  }
  return out;
}

function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return parseStandaloneDate(value.trim());
  return [m[1], m[2], m[3]].filter(Boolean).join("-");
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
