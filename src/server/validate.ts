// Reads request input (query filters, paging, review and account bodies) into typed values or a clear 400.
import { PledgewireError } from "../core/errors.js";
import type { Category, EventType } from "../core/ledger.js";
import { CATEGORIES } from "../core/ledger.js";
import type { Correction, Filters, Paging, ReviewAction, ReviewState, Role } from "./data.js";
import { REVIEW_STATES, ROLES } from "./data.js";

const EVENT_TYPES: readonly EventType[] = ["agreement", "pledge", "delivery"];
const AID_TYPES = ["military", "financial", "humanitarian"] as const;
const CODE = /^[A-Z][A-Z0-9]{1,4}$/;
const DATE_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const MAX_LIMIT = 500;

function invalid(message: string): PledgewireError {
  return new PledgewireError("invalid_request", message);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(`${name} must be one of ${allowed.join(", ")}, got "${value}"`);
}

function matching(name: string, value: string, pattern: RegExp, what: string): string {
  if (pattern.test(value)) return value;
  throw invalid(`${name} wants ${what}, got "${value}"`);
}

/** The filter names every list route accepts, in the order the API document lists them. */
export const FILTER_NAMES = [
  "type",
  "donor",
  "recipient",
  "party",
  "category",
  "aid_type",
  "review",
  "from",
  "to",
  "q",
] as const;

/** `?type=pledge&donor=LT&from=2024-06` → filters; an unknown value is a 400 naming the parameter. */
export function readFilters(query: Record<string, string | undefined>): Filters {
  const f: Filters = {};
  const code = (name: string, v: string): string =>
    matching(name, v.toUpperCase(), CODE, "a LEDGER §3 code such as UA or EU");
  for (const name of FILTER_NAMES) {
    const v = query[name];
    if (v === undefined || v === "") continue;
    if (name === "type") f.type = oneOf(name, v, EVENT_TYPES);
    else if (name === "category") f.category = oneOf<Category>(name, v, CATEGORIES);
    else if (name === "aid_type") f.aid_type = oneOf(name, v, AID_TYPES);
    else if (name === "review") f.review = oneOf<ReviewState>(name, v, REVIEW_STATES);
    else if (name === "from" || name === "to")
      f[name] = matching(name, v, DATE_PREFIX, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
    else if (name === "q") f.q = v.slice(0, 200);
    else f[name] = code(name, v);
  }
  return f;
}

/** `?limit=50&offset=100`; limit defaults to 50 and is capped so one request cannot ask for the whole ledger. */
export function readPaging(query: Record<string, string | undefined>): Paging {
  const number = (name: string, fallback: number, max: number): number => {
    const v = query[name];
    if (v === undefined || v === "") return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw invalid(`${name} wants a whole number from 0 to ${max}, got "${v}"`);
    return n;
  };
  return { limit: number("limit", 50, MAX_LIMIT), offset: number("offset", 0, Number.MAX_SAFE_INTEGER) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Checks each corrected field the way LEDGER §2 defines it: `{"donor": "PL", "value": {"amount": 5e6, "currency": "EUR"}}`. */
function readCorrection(v: unknown): Correction {
  if (!isRecord(v)) throw invalid("correction must be an object of LEDGER §2 fields");
  const c: Correction = {};
  for (const [key, value] of Object.entries(v)) {
    const nullable = value === null;
    switch (key) {
      case "type":
        c.type = oneOf(key, String(value), EVENT_TYPES);
        break;
      case "donor":
      case "recipient":
        c[key] = matching(key, String(value).toUpperCase(), CODE, "a LEDGER §3 code");
        break;
      case "parties":
        if (!Array.isArray(value) || value.length < 2) throw invalid("parties wants two or more codes");
        c.parties = value.map((p) => matching(key, String(p).toUpperCase(), CODE, "LEDGER §3 codes")).sort();
        break;
      case "aid_type":
        c.aid_type = nullable ? null : oneOf(key, String(value), AID_TYPES);
        break;
      case "date":
      case "deadline":
        c[key] = nullable
          ? null
          : matching(key, String(value), DATE_PREFIX, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
        break;
      case "retrospective":
      case "cumulative":
        if (typeof value !== "boolean") throw invalid(`${key} wants true or false`);
        c[key] = value;
        break;
      case "value":
        c.value = nullable ? null : readMoney(value);
        break;
      case "scope":
        if (!Array.isArray(value)) throw invalid("scope wants a list of LEDGER §4 categories");
        c.scope = value.map((s) => oneOf<Category>(key, String(s), CATEGORIES));
        break;
      case "instrument":
        c.instrument = nullable
          ? null
          : oneOf(key, String(value), [
              "memorandum",
              "letter_of_intent",
              "agreement",
              "treaty",
              "declaration",
              "contract",
              "other",
            ] as const);
        break;
      case "status":
        c.status = nullable ? null : oneOf(key, String(value), ["signed", "announced", "planned"] as const);
        break;
      default:
        throw invalid(
          `"${key}" cannot be corrected; allowed: type, donor, recipient, parties, aid_type, value, scope, instrument, status, date, deadline, retrospective, cumulative`,
        );
    }
  }
  return c;
}

function readMoney(v: unknown): NonNullable<Correction["value"]> {
  if (!isRecord(v)) throw invalid('value wants {"amount", "currency"} or {"min", "max", "currency"}');
  const currency = matching(
    "value.currency",
    String(v.currency ?? ""),
    /^[A-Z]{3}$/,
    "an ISO 4217 code such as EUR",
  );
  const out: NonNullable<Correction["value"]> = { currency };
  for (const k of ["amount", "min", "max"] as const) {
    if (v[k] === undefined || v[k] === null) continue;
    if (typeof v[k] !== "number" || !Number.isFinite(v[k]) || (v[k] as number) < 0)
      throw invalid(`value.${k} wants a positive number`);
    out[k] = v[k] as number;
  }
  if (out.amount === undefined && out.min === undefined && out.max === undefined)
    throw invalid("value wants an amount, min or max");
  if (v.qualifier !== undefined && v.qualifier !== null)
    out.qualifier = oneOf("value.qualifier", String(v.qualifier), ["more_than", "up_to", "about"] as const);
  return out;
}

/** `{"action": "correct", "correction": {"donor": "PL"}, "note": "the minister is Polish"}`. */
export function readReview(body: unknown): ReviewAction {
  if (!isRecord(body))
    throw invalid('body wants {"action": "accept" | "correct" | "reject", "correction"?, "note"?}');
  const action = oneOf("action", String(body.action ?? ""), ["accept", "correct", "reject"] as const);
  const note = body.note === undefined || body.note === null ? undefined : String(body.note).slice(0, 2000);
  if (action !== "correct") return { action, note };
  const correction = readCorrection(body.correction);
  if (Object.keys(correction).length === 0) throw invalid("a correction needs at least one field");
  return { action, correction, note };
}

/** `{"name": "ana", "password": "...", "role": "analyst"}` for a new user. */
export function readNewUser(body: unknown): { name: string; password: string; role: Role } {
  if (!isRecord(body)) throw invalid('body wants {"name", "password", "role"}');
  return {
    name: readUserName(String(body.name ?? "")),
    password: readPassword(String(body.password ?? "")),
    role: oneOf("role", String(body.role ?? "viewer"), ROLES),
  };
}

export function readUserName(name: string): string {
  return matching(
    "name",
    name,
    /^[a-z0-9][a-z0-9._-]{1,39}$/,
    "2-40 lower-case letters, digits, '.', '_' or '-'",
  );
}

/** Long passphrases beat composition rules (NIST SP 800-63B): at least 10 characters, at most 200. */
export function readPassword(password: string): string {
  if (password.length < 10 || password.length > 200) throw invalid("password wants 10 to 200 characters");
  return password;
}
