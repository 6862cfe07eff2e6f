// Maps PledgewireError codes to HTTP statuses, and turns anything else into a 500 that leaks no detail.
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../core/errors.js";
import { PledgewireError } from "../core/errors.js";

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  invalid_request: 400,
  usage: 400,
  input_empty: 400,
  input_binary: 400,
  input_encoding: 400,
  input_malformed: 400,
  input_unreadable: 400,
  input_not_found: 400,
  input_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

export function errorResponse(error: unknown): {
  status: ContentfulStatusCode;
  body: ReturnType<PledgewireError["toJSON"]>;
} {
  if (error instanceof PledgewireError) return { status: STATUS[error.code] ?? 500, body: error.toJSON() };
  return {
    status: 500,
    body: new PledgewireError("internal", "internal error; the server log has the details").toJSON(),
  };
}

export function notFound(what: string, id: string): PledgewireError {
  return new PledgewireError("not_found", `no ${what} "${id}"`);
}
