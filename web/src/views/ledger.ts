// The ledger table with its filters, paging and export buttons; filters live in the address (#/ledger?type=pledge).
import { CATEGORIES } from "../../../src/core/ledger.js";
import type { EntryRecord, Page } from "../../../src/server/data.js";
import { api, query } from "../api.js";
import { button, empty, h, loading, show } from "../dom.js";
import { between, euros, money } from "../format.js";

const FILTERS = ["q", "type", "party", "category", "review", "from", "to"] as const;
const PAGE = 50;

function select(name: string, options: readonly string[], value: string): HTMLSelectElement {
  const el = h("select", { name, "aria-label": name }, h("option", { value: "" }, `any ${name}`));
  for (const o of options) el.appendChild(h("option", { value: o }, o.replace(/_/g, " ")));
  el.value = value;
  return el;
}

function input(name: string, placeholder: string, value: string): HTMLInputElement {
  const el = h("input", { name, placeholder, "aria-label": placeholder });
  el.value = value;
  return el;
}

export function entryRow(e: EntryRecord): HTMLTableRowElement {
  const link = h("a", { href: `#/entry/${encodeURIComponent(e.id)}` }, between(e));
  return h(
    "tr",
    { class: `review-${e.review}` },
    h("td", {}, e.date ?? "–"),
    h("td", {}, e.type),
    h("td", {}, link),
    h("td", { class: "num" }, money(e.value)),
    h("td", { class: "num" }, euros(e.value_eur)),
    h("td", {}, e.categories.join(", ").replace(/_/g, " ")),
    h("td", {}, e.review),
    h("td", { class: "num" }, String(e.sources)),
  );
}

export function entryTable(items: readonly EntryRecord[]): HTMLTableElement {
  const head = ["date", "type", "between", "value", "€", "categories", "review", "sources"];
  return h(
    "table",
    { class: "ledger" },
    h("thead", {}, h("tr", {}, ...head.map((c) => h("th", {}, c)))),
    h("tbody", {}, ...items.map(entryRow)),
  );
}

export async function ledger(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const current = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ""]));
  const offset = Number(params.get("offset") ?? 0);
  const form = h(
    "form",
    { class: "filters" },
    input("q", "words in the sources", current.q ?? ""),
    select("type", ["agreement", "pledge", "delivery"], current.type ?? ""),
    input("party", "state (UA, LT…)", current.party ?? ""),
    select("category", CATEGORIES, current.category ?? ""),
    select("review", ["machine", "accepted", "corrected", "rejected"], current.review ?? ""),
    input("from", "from YYYY-MM", current.from ?? ""),
    input("to", "to YYYY-MM", current.to ?? ""),
    h("button", { type: "submit" }, "Filter"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(
      [...new FormData(form).entries()].map(([k, v]) => [k, String(v).trim()]),
    );
    location.hash = `#/ledger${query(values)}`;
  });
  const filters = Object.fromEntries(Object.entries(current).filter(([, v]) => v));
  const exports = h(
    "div",
    { class: "exports" },
    h(
      "a",
      {
        class: "button",
        href: `/api/export${query({ ...filters, format: "csv" })}`,
        download: "pledgewire-entries.csv",
      },
      "Export CSV",
    ),
    h(
      "a",
      {
        class: "button",
        href: `/api/export${query({ ...filters, format: "json" })}`,
        download: "pledgewire-entries.json",
      },
      "Export JSON",
    ),
  );
  const results = h("div", {}, loading());
  show(main, h("h1", {}, "Ledger"), form, exports, results);
  const page = await api<Page<EntryRecord>>(`/api/entries${query({ ...filters, limit: PAGE, offset })}`);
  if (page.total === 0) {
    show(results, empty("No entries match these filters."));
    return;
  }
  const go = (to: number) => () => {
    location.hash = `#/ledger${query({ ...filters, offset: to })}`;
  };
  show(
    results,
    h("p", { class: "count" }, `${page.total} entries; showing ${offset + 1}–${offset + page.items.length}`),
    entryTable(page.items),
    h(
      "div",
      { class: "pager" },
      offset > 0 ? button("← Previous", go(Math.max(0, offset - PAGE))) : null,
      offset + PAGE < page.total ? button("Next →", go(offset + PAGE)) : null,
    ),
  );
}
