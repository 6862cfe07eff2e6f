// Checks one JSON article record ({id, text, published?, title?, url?, language?}) and makes it an Article.
import type { Article } from "../core/doc.js";
import { PledgewireError } from "../core/errors.js";

const OPTIONAL = ["published", "title", "url", "language"] as const;

/** `{"id": 7, "text": "Lithuania will send ..."}` → Article with id "7"; `defaultId` when there is no id. */
export function articleFromRecord(value: unknown, defaultId: string, origin: string): Article {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw malformed(`expected an object with "text", got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const { text, id } = record;
  if (text === undefined || text === null) throw malformed('missing "text"');
  if (typeof text !== "string") throw malformed(`"text" must be a string, got ${describe(text)}`);
  if (text.trim() === "") throw new PledgewireError("input_empty", '"text" is empty');
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") {
    throw malformed(`"id" must be a string or a number, got ${describe(id)}`);
  }
  const article: Article = { id: id === undefined || id === null ? defaultId : String(id), text, origin };
  for (const field of OPTIONAL) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw malformed(`"${field}" must be a string, got ${describe(v)}`);
    article[field] = v;
  }
  return article;
}

function malformed(message: string): PledgewireError {
  return new PledgewireError("input_malformed", message);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
