// The review queue (entries nobody has looked at) and ingestion of an upload or a URL, for analysts.
import type { EntryRecord, IngestResult, Page } from "../../../src/server/data.js";
import { api } from "../api.js";
import { empty, h, loading, show } from "../dom.js";
import { entryTable } from "./ledger.js";

function ingestForm(after: () => void): HTMLElement {
  const status = h("div", { class: "status", role: "status" });
  const file = h("input", { type: "file", name: "file", "aria-label": "article file" });
  const url = h("input", {
    type: "url",
    name: "url",
    placeholder: "https://… article address",
    "aria-label": "article URL",
  });
  const form = h(
    "form",
    { class: "ingest" },
    file,
    h("span", {}, "or"),
    url,
    h("button", { type: "submit" }, "Ingest"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    const data = new FormData();
    if (chosen) data.append("file", chosen);
    show(status, loading());
    const request = chosen
      ? api<IngestResult>("/api/ingest", { method: "POST", form: data })
      : api<IngestResult>("/api/ingest", { method: "POST", body: { url: url.value } });
    request
      .then((r) => {
        show(
          status,
          ...r.documents.map((d) =>
            h("p", { class: "ok" }, `Ingested ${d.title ?? d.id}: ${d.events} events`),
          ),
          ...r.problems.map((p) => h("p", { class: "state error" }, `${p.input}: ${p.message}`)),
        );
        after();
      })
      .catch((error: Error) =>
        show(status, h("p", { class: "state error" }, `Not ingested: ${error.message}`)),
      );
  });
  return h("section", { class: "panel wide" }, h("h2", {}, "Ingest"), form, status);
}

export async function review(main: HTMLElement): Promise<void> {
  const queue = h("div", {}, loading());
  const load = async (): Promise<void> => {
    const page = await api<Page<EntryRecord>>("/api/review/queue?limit=100");
    show(
      queue,
      page.total === 0
        ? empty("Nothing waits for review.")
        : h(
            "div",
            {},
            h("p", { class: "count" }, `${page.total} entries wait for review`),
            entryTable(page.items),
          ),
    );
  };
  show(
    main,
    h("h1", {}, "Review"),
    ingestForm(() => void load()),
    h("h2", {}, "Queue"),
    queue,
  );
  await load();
}
