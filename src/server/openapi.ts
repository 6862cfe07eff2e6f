// The OpenAPI 3.1 document, built from the route table so it cannot drift from the routes, and its docs page.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { CATEGORIES } from "../core/ledger.js";
import { REVIEW_STATES, ROLES, STAT_DIMENSIONS } from "./data.js";
import type { Route } from "./route.js";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const page = (item: string): Schema => ({
  type: "object",
  required: ["items", "total", "limit", "offset"],
  properties: {
    items: { type: "array", items: ref(item) },
    total: { type: "integer" },
    limit: { type: "integer" },
    offset: { type: "integer" },
  },
});
const list = (item: string): Schema => ({
  type: "object",
  properties: { items: { type: "array", items: ref(item) } },
});
const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const code = { type: "string", description: "LEDGER §3 code: UA, LT, EU, NATO, ..." };
const datePrefix = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };

const PARAMETERS: Record<string, { schema: Schema; description: string }> = {
  type: { schema: { enum: ["agreement", "pledge", "delivery"] }, description: "event type" },
  donor: { schema: code, description: "giving state or organisation" },
  recipient: { schema: code, description: "receiving state or organisation" },
  party: { schema: code, description: "donor, recipient or agreement party" },
  category: { schema: { enum: CATEGORIES }, description: "LEDGER §4 category among items or scope" },
  aid_type: { schema: { enum: ["military", "financial", "humanitarian"] }, description: "kind of aid" },
  review: { schema: { enum: REVIEW_STATES }, description: "review state" },
  from: { schema: datePrefix, description: "first date, inclusive, at its own precision" },
  to: { schema: datePrefix, description: "last date, inclusive, at its own precision" },
  q: { schema: str, description: "words that must all appear in a source document's title or text" },
  limit: { schema: { type: "integer", minimum: 0, maximum: 500, default: 50 }, description: "page size" },
  offset: { schema: { type: "integer", minimum: 0, default: 0 }, description: "rows to skip" },
  by: { schema: { enum: STAT_DIMENSIONS, default: "donor" }, description: "what to total by" },
  format: { schema: { enum: ["csv", "xlsx", "json"], default: "csv" }, description: "file format" },
  kind: { schema: { enum: ["event", "entry"] }, description: "kind of record" },
  id: { schema: str, description: "record id" },
};

const MONEY: Schema = {
  type: ["object", "null"],
  properties: {
    amount: { type: "number" },
    min: { type: "number" },
    max: { type: "number" },
    currency: str,
    qualifier: { enum: ["more_than", "up_to", "about", null] },
  },
};
const EVIDENCE: Schema = {
  type: "object",
  description: "UTF-16 offsets into the document text, end exclusive; text equals that slice",
  properties: { start: { type: "integer" }, end: { type: "integer" }, text: str },
};
const EVENT: Schema = {
  type: "object",
  description: "LEDGER §2 event with its id, document and review state",
  required: ["id", "document_id", "type", "review", "evidence"],
  properties: {
    id: str,
    document_id: str,
    review: { enum: REVIEW_STATES },
    type: { enum: ["agreement", "pledge", "delivery"] },
    parties: { type: "array", items: code },
    donor: code,
    recipient: code,
    aid_type: nullableStr,
    value: MONEY,
    items: {
      type: "array",
      items: {
        type: "object",
        properties: { category: { enum: CATEGORIES }, quantity: { type: ["object", "null"] }, text: str },
      },
    },
    scope: { type: "array", items: { enum: CATEGORIES } },
    instrument: nullableStr,
    status: nullableStr,
    date: nullableStr,
    deadline: nullableStr,
    retrospective: { type: "boolean" },
    cumulative: { type: "boolean" },
    evidence: { type: "array", items: EVIDENCE },
  },
};
const DOCUMENT_SUMMARY: Schema = {
  type: "object",
  properties: {
    id: str,
    source_id: str,
    title: nullableStr,
    published: nullableStr,
    url: nullableStr,
    languages: { type: "array", items: str },
    events: { type: "integer" },
    ingested: str,
  },
};
const ENTRY: Schema = {
  type: "object",
  properties: {
    id: str,
    type: { enum: ["agreement", "pledge", "delivery"] },
    donor: nullableStr,
    recipient: nullableStr,
    parties: { type: "array", items: code },
    aid_type: nullableStr,
    instrument: nullableStr,
    status: nullableStr,
    value: MONEY,
    value_eur: { type: ["number", "null"] },
    categories: { type: "array", items: { enum: CATEGORIES } },
    date: nullableStr,
    earliest: nullableStr,
    cumulative: { type: "boolean" },
    review: { enum: REVIEW_STATES },
    sources: { type: "integer", description: "documents reporting the entry" },
    outlets: { type: "integer", description: "independent outlets among them" },
  },
};
const ok = { type: "object", properties: { ok: { type: "boolean" } } };

const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: "object",
    properties: { error: { type: "object", properties: { code: str, message: str } } },
  },
  Ok: ok,
  Health: ok,
  Event: EVENT,
  EventPage: page("Event"),
  Entry: ENTRY,
  EntryPage: page("Entry"),
  EntryDetail: {
    allOf: [
      ref("Entry"),
      {
        type: "object",
        properties: {
          source_list: {
            type: "array",
            items: { type: "object", properties: { event: ref("Event"), document: ref("Document") } },
          },
        },
      },
    ],
  },
  DocumentSummary: DOCUMENT_SUMMARY,
  DocumentPage: page("DocumentSummary"),
  Document: {
    allOf: [
      ref("DocumentSummary"),
      { type: "object", properties: { text: str, event_list: { type: "array", items: ref("Event") } } },
    ],
  },
  Entity: {
    type: "object",
    properties: {
      code,
      name: str,
      as_donor: { type: "integer" },
      as_recipient: { type: "integer" },
      as_party: { type: "integer" },
    },
  },
  EntityList: list("Entity"),
  Stats: {
    type: "object",
    properties: {
      by: { enum: STAT_DIMENSIONS },
      rows: {
        type: "array",
        items: {
          type: "object",
          description:
            "counts, and euros committed (pledges) and delivered (deliveries); running totals are counted, not summed",
          properties: {
            key: str,
            agreements: { type: "integer" },
            pledges: { type: "integer" },
            deliveries: { type: "integer" },
            committed_eur: { type: "number" },
            delivered_eur: { type: "number" },
          },
        },
      },
    },
  },
  SearchHit: {
    type: "object",
    properties: {
      document_id: str,
      title: nullableStr,
      published: nullableStr,
      snippet: str,
      highlights: {
        type: "array",
        items: { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" } } },
      },
    },
  },
  SearchPage: page("SearchHit"),
  IngestRequest: {
    oneOf: [
      {
        type: "object",
        required: ["text"],
        properties: { text: str, id: str, title: str, published: datePrefix, url: str, language: str },
      },
      { type: "object", required: ["url"], properties: { url: { type: "string", format: "uri" } } },
    ],
  },
  IngestResult: {
    type: "object",
    properties: {
      documents: { type: "array", items: ref("DocumentSummary") },
      problems: { type: "array", items: { type: "object", properties: { input: str, message: str } } },
    },
  },
  ReviewAction: {
    type: "object",
    required: ["action"],
    properties: {
      action: { enum: ["accept", "correct", "reject"] },
      correction: { type: "object", description: "LEDGER §2 fields to set" },
      note: str,
    },
  },
  ReviewResult: { type: "object", properties: { after: { type: "object" }, audit: ref("Audit") } },
  Audit: {
    type: "object",
    properties: {
      id: { type: "integer" },
      at: str,
      user: str,
      action: str,
      target_kind: str,
      target_id: str,
      before: {},
      after: {},
      note: nullableStr,
    },
  },
  AuditPage: page("Audit"),
  Login: { type: "object", required: ["name", "password"], properties: { name: str, password: str } },
  Me: {
    type: "object",
    properties: {
      user: { type: ["object", "null"], properties: { name: str, role: { enum: ROLES } } },
      csrf: nullableStr,
      public: { type: "boolean" },
    },
  },
  User: { type: "object", properties: { name: str, role: { enum: ROLES }, created: str } },
  UserList: list("User"),
  NewUser: {
    type: "object",
    required: ["name", "password"],
    properties: { name: str, password: { type: "string", minLength: 10 }, role: { enum: ROLES } },
  },
  Token: {
    type: "object",
    properties: { id: str, user: str, role: { enum: ROLES }, label: str, created: str },
  },
  TokenList: list("Token"),
  NewToken: { type: "object", properties: { label: str, role: { enum: ROLES } } },
  NewTokenResult: {
    allOf: [
      ref("Token"),
      { type: "object", properties: { token: { type: "string", description: "shown once" } } },
    ],
  },
  OpenApi: { type: "object" },
};

const ERRORS = {
  "400": "bad input, named in the message",
  "401": "no session or token",
  "403": "role too low, or a missing CSRF token",
  "404": "no such record",
  "429": "too many failed logins",
};

function operation(route: Route): Schema {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: str,
  }));
  const query = (route.query ?? []).map((name) => ({ name, in: "query", ...PARAMETERS[name] }));
  const file = route.response.includes("/");
  return {
    tags: [route.tag],
    summary: route.summary,
    operationId: `${route.method}${route.path
      .replace(/[{}]/g, "")
      .replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())
      .replace(/\W/g, "")}`,
    "x-access": route.access,
    security: route.access === "public" ? [] : undefined,
    parameters: [...pathParams, ...query],
    requestBody: route.body
      ? { required: true, content: { "application/json": { schema: ref(route.body) } } }
      : undefined,
    responses: {
      "200": {
        description: "success",
        content: file
          ? {
              [route.response]: { schema: str },
              "application/json": { schema: { type: "array", items: ref("Entry") } },
            }
          : { "application/json": { schema: ref(route.response) } },
      },
      ...Object.fromEntries(
        Object.entries(ERRORS).map(([status, description]) => [
          status,
          { description, content: { "application/json": { schema: ref("Error") } } },
        ]),
      ),
    },
  };
}

/**
 * Written by hand rather than with @hono/zod-openapi: the routes already check their input with the readers
 * in validate.ts, so zod would be a second schema language for the same checks. One route table feeding
 * Hono, the permission guard and this document keeps the three in step.
 */
export function openApiDocument(routes: readonly Route[]): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method] = operation(r);
  return {
    openapi: "3.1.0",
    info: {
      title: "pledgewire API",
      version: "0.1.0",
      description:
        "The ledger of defence-cooperation agreements, aid pledges and deliveries. Every route but the public ones needs a session cookie (POST /api/login) or an API token (Authorization: Bearer). Unsafe requests made with a session also send the session's CSRF token as X-CSRF-Token. x-access on each operation names the least role it needs.",
    },
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "pw_session" },
        token: { type: "http", scheme: "bearer" },
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}

/** A plain page listing every route, rendered on the server with escaped text: no script, nothing inline. */
export function docsPage(routes: readonly Route[]): HtmlEscapedString | Promise<HtmlEscapedString> {
  const rows = routes.map(
    (r) =>
      html`<tr>
        <td><code>${r.method.toUpperCase()}</code></td>
        <td><code>${r.path}</code></td>
        <td>${r.access}</td>
        <td>${r.summary}${r.query?.length ? html`<br /><small>query: ${r.query.join(", ")}</small>` : ""}</td>
      </tr>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>pledgewire API</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body class="docs">
        <main>
          <h1>pledgewire API</h1>
          <p>
            The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
            Log in with <code>POST /api/login</code> or send <code>Authorization: Bearer &lt;token&gt;</code>;
            unsafe requests made with a session cookie also send <code>X-CSRF-Token</code>.
          </p>
          <table>
            <thead>
              <tr>
                <th>method</th>
                <th>path</th>
                <th>access</th>
                <th>what it does</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>
        </main>
      </body>
    </html>`;
}
