// Full-text search results: each document with its matching passage, the words marked.
import type { Page, SearchHit } from "../../../src/server/data.js";
import { api, query } from "../api.js";
import { empty, h, marked, show } from "../dom.js";

export async function search(main: HTMLElement, q: string): Promise<void> {
  if (!q.trim()) {
    show(main, h("h1", {}, "Search"), empty("Type words into the search box above."));
    return;
  }
  const page = await api<Page<SearchHit>>(`/api/search${query({ q, limit: 50 })}`);
  show(
    main,
    h("h1", {}, `Search: ${q}`),
    page.total === 0
      ? empty("No document has all these words.")
      : h(
          "ol",
          { class: "hits" },
          ...page.items.map((hit) =>
            h(
              "li",
              {},
              h("a", { href: `#/ledger?q=${encodeURIComponent(q)}` }, hit.title ?? hit.document_id),
              h("span", { class: "meta" }, ` ${hit.published ?? ""}`),
              h("p", {}, "…", marked(hit.snippet, hit.highlights), "…"),
            ),
          ),
        ),
  );
}
