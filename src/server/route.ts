// One API route as data: the table drives Hono's routing, the permission check, the OpenAPI document and its 401 test.
import type { AppContext } from "./context.js";
import type { Role } from "./data.js";

/**
 * public: anyone; login: any signed-in user; a role: that role or a higher one. Viewer routes are GETs
 * and open to everyone when public read-only mode is on.
 */
export type Access = "public" | "login" | Role;

export interface Route {
  method: "get" | "post" | "delete";
  /** OpenAPI form, "/api/entries/{id}"; Hono gets ":id". */
  path: string;
  tag: string;
  summary: string;
  access: Access;
  /** Query parameter names, described once in openapi.ts. */
  query?: readonly string[];
  /** Name of the request body schema in openapi.ts. */
  body?: string;
  /** Name of the response schema in openapi.ts, or a media type for a file ("text/csv"). */
  response: string;
  handle(c: AppContext): Promise<Response>;
}

/** "/api/entries/{id}" → "/api/entries/:id". */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}
