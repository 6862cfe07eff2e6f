// Reads a markdown article: YAML front matter (title, date, url) and the body after it as the text.
import type { Article } from "../core/doc.js";

/** "---\ntitle: U.S.-EU Summit Statement\ndate: '2021-06-15'\n---\nbody" → the block between the fences. */
const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** One `key: value` line of flat YAML; nested or list lines do not match and are ignored. */
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/** Front matter keys for each Article field, most specific first. */
const KEYS = {
  title: ["title"],
  published: ["published_time", "date", "published"],
  url: ["source_url", "url", "canonical_url"],
  language: ["lang", "language"],
} as const;

export function readMarkdown(raw: string, id: string, origin: string): Article {
  const match = FRONT_MATTER.exec(raw);
  const article: Article = { id, text: match ? raw.slice(match[0].length) : raw, origin };
  if (!match) return article;
  const fields = parseFlatYaml(match[1] ?? "");
  for (const [field, keys] of Object.entries(KEYS) as [keyof typeof KEYS, readonly string[]][]) {
    const value = keys.map((k) => fields.get(k)).find((v) => v);
    if (value) article[field] = value;
  }
  return article;
}

/**
 * The scalar fields of flat YAML, quotes removed: `date: '2021-06-15'` → date = 2021-06-15.
 * Front matter in news exports is flat, so a full YAML parser is not worth a dependency.
 */
function parseFlatYaml(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const m = FIELD.exec(line);
    if (m?.[1] && m[2] !== undefined) fields.set(m[1].toLowerCase(), unquote(m[2].trim()));
  }
  return fields;
}

function unquote(value: string): string {
  const q = value[0];
  if ((q === "'" || q === '"') && value.endsWith(q) && value.length >= 2) {
    const inner = value.slice(1, -1);
    return q === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"');
  }
  // An unquoted scalar ends where a comment starts: `date: 2021-06-15 # local time`.
  return value.replace(/\s+#.*$/, "");
}
