// The web sources of `ingest` and `watch`: pages, RSS/Atom feeds and Telegram Desktop exports, read into articles.
export type { FetchOptions, FetchResult } from "./fetch-page.js";
export { fetchPage, USER_AGENT } from "./fetch-page.js";
export type { Feed, FeedEntry } from "./feed.js";
export { parseFeed } from "./feed.js";
export type { FeedState, WebOptions } from "./read-url.js";
export { pollFeed, readUrl } from "./read-url.js";
export { readTelegramExport } from "./telegram.js";
