// Ledger routes: entries, events, documents, entities, statistics, search, export, ingestion and review.
import { PledgewireError } from "../core/errors.js";
import type { AppContext, Deps } from "./context.js";
import type { Filters, StatDimension } from "./data.js";
import { STAT_DIMENSIONS } from "./data.js";
import { toRow } from "../export/rows.js";
import type { ExportFormat } from "../export/write.js";
import { EXPORT_FORMATS, render } from "../export/write.js";
import { notFound } from "./http-errors.js";
import { ingestJson, ingestUpload, ingestUrl } from "./ingest.js";
import type { Route } from "./route.js";
import { FILTER_NAMES, readFilters, readPaging, readReview } from "./validate.js";

const LIST = [...FILTER_NAMES, "limit", "offset"] as const;
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
};
/** Rows in one export: the whole of a large ledger is exported by date ranges. */
const EXPORT_LIMIT = 100_000;

function filters(c: AppContext): Filters {
  return readFilters(c.req.query());
}

function param(c: AppContext, name: string): string {
  return c.req.param(name) ?? "";
}

function kind(c: AppContext): "event" | "entry" {
  const k = param(c, "kind");
  if (k === "event" || k === "entry") return k;
  throw new PledgewireError("invalid_request", `kind must be event or entry, got "${k}"`);
}

function dimension(c: AppContext): StatDimension {
  const by = c.req.query("by") ?? "donor";
  if ((STAT_DIMENSIONS as readonly string[]).includes(by)) return by as StatDimension;
  throw new PledgewireError(
    "invalid_request",
    `by must be one of ${STAT_DIMENSIONS.join(", ")}, got "${by}"`,
  );
}

async function found<T>(value: Promise<T | null>, what: string, id: string): Promise<T> {
  const v = await value;
  if (v === null) throw notFound(what, id);
  return v;
}

export function ledgerRoutes({ data }: Deps): Route[] {
  return [
    {
      method: "get",
      path: "/api/entries",
      tag: "ledger",
      summary: "Ledger entries (one per act, however many documents report it), newest first",
      access: "viewer",
      query: LIST,
      response: "EntryPage",
      handle: async (c) => c.json(await data.listEntries(filters(c), readPaging(c.req.query()))),
    },
    {
      method: "get",
      path: "/api/entries/{id}",
      tag: "ledger",
      summary: "One entry with each source document's text and the evidence spans into it",
      access: "viewer",
      response: "EntryDetail",
      handle: async (c) => c.json(await found(data.getEntry(param(c, "id")), "entry", param(c, "id"))),
    },
    {
      method: "get",
      path: "/api/events",
      tag: "ledger",
      summary: "Events as extracted (LEDGER §2) with reviews applied",
      access: "viewer",
      query: LIST,
      response: "EventPage",
      handle: async (c) => c.json(await data.listEvents(filters(c), readPaging(c.req.query()))),
    },
    {
      method: "get",
      path: "/api/events/{id}",
      tag: "ledger",
      summary: "One event with its evidence",
      access: "viewer",
      response: "Event",
      handle: async (c) => c.json(await found(data.getEvent(param(c, "id")), "event", param(c, "id"))),
    },
    {
      method: "get",
      path: "/api/documents",
      tag: "ledger",
      summary: "Documents, newest first; the event filters keep documents with such an event",
      access: "viewer",
      query: LIST,
      response: "DocumentPage",
      handle: async (c) => c.json(await data.listDocuments(filters(c), readPaging(c.req.query()))),
    },
    {
      method: "get",
      path: "/api/documents/{id}",
      tag: "ledger",
      summary: "One document: its cleaned text and its events with evidence offsets into that text",
      access: "viewer",
      response: "Document",
      handle: async (c) => c.json(await found(data.getDocument(param(c, "id")), "document", param(c, "id"))),
    },
    {
      method: "get",
      path: "/api/entities",
      tag: "ledger",
      summary: "States and organisations in the ledger, with how often each gives, receives or signs",
      access: "viewer",
      response: "EntityList",
      handle: async (c) => c.json({ items: await data.entities() }),
    },
    {
      method: "get",
      path: "/api/stats",
      tag: "ledger",
      summary: "Totals by donor, recipient, type, category or month: counts and euros committed vs delivered",
      access: "viewer",
      query: ["by", ...FILTER_NAMES],
      response: "Stats",
      handle: async (c) => {
        const by = dimension(c);
        return c.json({ by, rows: await data.statistics(by, filters(c)) });
      },
    },
    {
      method: "get",
      path: "/api/search",
      tag: "ledger",
      summary: "Full-text search over document titles and texts",
      access: "viewer",
      query: ["q", "limit", "offset"],
      response: "SearchPage",
      handle: async (c) => {
        const q = (c.req.query("q") ?? "").trim();
        if (!q) throw new PledgewireError("invalid_request", "q wants the words to search for");
        return c.json(await data.search(q.slice(0, 200), readPaging(c.req.query())));
      },
    },
    {
      method: "get",
      path: "/api/export",
      tag: "ledger",
      summary:
        "The entries matching the filters (rejected ones only when asked for) as CSV, XLSX or JSON, with the columns of `pledgewire export`",
      access: "viewer",
      query: ["format", ...FILTER_NAMES],
      response: "text/csv",
      handle: async (c) => {
        const format = c.req.query("format") ?? "csv";
        if (!(EXPORT_FORMATS as readonly string[]).includes(format))
          throw new PledgewireError(
            "invalid_request",
            `format must be one of ${EXPORT_FORMATS.join(", ")}, got "${format}"`,
          );
        const entries = await data.exportEntries(filters(c), EXPORT_LIMIT);
        const body = await render(format as ExportFormat, entries.map(toRow));
        c.header("content-disposition", `attachment; filename="pledgewire-entries.${format}"`);
        c.header("content-type", CONTENT_TYPES[format as ExportFormat]);
        return c.body(new Uint8Array(body));
      },
    },
    {
      method: "post",
      path: "/api/ingest",
      tag: "ingest",
      summary:
        "Extracts and stores an uploaded file (multipart 'file'), an article as JSON, or a URL ({\"url\"})",
      access: "analyst",
      body: "IngestRequest",
      response: "IngestResult",
      handle: async (c) => {
        if ((c.req.header("content-type") ?? "").startsWith("multipart/form-data")) {
          const form = await c.req.parseBody();
          const file = form.file;
          if (!(file instanceof File))
            throw new PledgewireError("invalid_request", "multipart upload wants a 'file' field");
          const defaults = { published: str(form.published), language: str(form.language) };
          return c.json(await ingestUpload(data, file, defaults));
        }
        const body: unknown = await c.req.json().catch(() => {
          throw new PledgewireError("invalid_request", "body must be JSON or a multipart upload");
        });
        if (typeof body === "object" && body !== null && "url" in body && !("text" in body)) {
          return c.json(await ingestUrl(data, String(body.url)));
        }
        return c.json(await ingestJson(data, body));
      },
    },
    {
      method: "get",
      path: "/api/review/queue",
      tag: "review",
      summary: "Entries nobody has reviewed yet, newest first",
      access: "analyst",
      query: LIST,
      response: "EntryPage",
      handle: async (c) =>
        c.json(await data.listEntries({ ...filters(c), review: "machine" }, readPaging(c.req.query()))),
    },
    {
      method: "post",
      path: "/api/review/{kind}/{id}",
      tag: "review",
      summary: "Accept, correct or reject an event or an entry (all its events); kept in the audit log",
      access: "analyst",
      body: "ReviewAction",
      response: "ReviewResult",
      handle: async (c) => {
        const target = { kind: kind(c), id: param(c, "id") };
        const action = readReview(await c.req.json().catch(() => null));
        const auth = c.get("auth");
        return c.json(await found(data.review(target, action, auth?.user ?? "?"), target.kind, target.id));
      },
    },
    {
      method: "get",
      path: "/api/audit",
      tag: "review",
      summary: "Audit log of reviews (who, when, before, after), newest first; ?kind=&id= for one record",
      access: "analyst",
      query: ["kind", "id", "limit", "offset"],
      response: "AuditPage",
      handle: async (c) => {
        const id = c.req.query("id");
        const k = c.req.query("kind");
        const target = id && (k === "event" || k === "entry") ? { kind: k as "event" | "entry", id } : null;
        return c.json(await data.audit(target, readPaging(c.req.query())));
      },
    },
  ];
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
