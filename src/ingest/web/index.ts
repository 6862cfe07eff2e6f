// Placeholder for the web reader (pages, feeds, Telegram exports) built on the `web` branch; replaced at merge.
import { PledgewireError } from "../../core/errors.js";
import type { InputResult } from "../../input/read-inputs.js";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchResult {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: string;
  etag?: string;
  lastModified?: string;
}

export interface FeedState {
  etag?: string;
  lastModified?: string;
  seen: string[];
}

function notBuilt(): never {
  throw new PledgewireError("internal", "not built yet");
}

export function fetchPage(_url: string, _options?: FetchOptions): Promise<FetchResult> {
  return Promise.reject(new PledgewireError("internal", "not built yet"));
}

export function readUrl(_url: string, _options?: FetchOptions): AsyncIterable<InputResult> {
  return notBuilt();
}

export function pollFeed(
  _url: string,
  _state: FeedState | null,
  _options?: FetchOptions,
): Promise<{ state: FeedState; results: AsyncIterable<InputResult> }> {
  return Promise.reject(new PledgewireError("internal", "not built yet"));
}

export function readTelegramExport(_path: string): AsyncIterable<InputResult> {
  return notBuilt();
}
