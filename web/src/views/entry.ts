// One entry: its fields, review actions for analysts, and each source's text with the evidence marked.
import type { Correction, EntryDetail, EntryRecord, ReviewAction } from "../../../src/server/data.js";
import type { Me } from "../api.js";
import { api } from "../api.js";
import { button, h, marked, show } from "../dom.js";
import { between, euros, money } from "../format.js";

function facts(e: EntryDetail): HTMLElement {
  const rows: [string, string][] = [
    ["type", e.type],
    ["between", between(e)],
    ["value", money(e.value)],
    ["in euros", euros(e.value_eur)],
    ["aid type", e.aid_type ?? "–"],
    ["instrument", e.instrument ?? "–"],
    ["status", e.status ?? "–"],
    ["categories", e.categories.join(", ") || "–"],
    ["items", e.items.map((i) => i.text).join("; ") || "–"],
    ["date", e.date ?? "–"],
    ["running total", e.cumulative ? "yes" : "no"],
    ["review", e.review],
  ];
  return h(
    "dl",
    { class: "facts" },
    ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", { "data-field": k }, v)]),
  );
}

function field(name: string, label: string, value: string): HTMLLabelElement {
  const el = h("input", { name });
  el.value = value;
  return h("label", {}, label, el);
}

/** The fields an analyst most often fixes; empty ones are left as they are. */
function correctionForm(e: EntryDetail, submit: (c: Correction, note: string) => void): HTMLFormElement {
  const form = h(
    "form",
    { class: "correct" },
    e.type === "agreement" ? null : field("donor", "donor", e.donor ?? ""),
    e.type === "agreement" ? null : field("recipient", "recipient", e.recipient ?? ""),
    e.type === "agreement" ? null : field("amount", "amount", e.value?.amount?.toString() ?? ""),
    e.type === "agreement" ? null : field("currency", "currency", e.value?.currency ?? ""),
    field("date", "date", e.date ?? ""),
    field("note", "note", ""),
    h("button", { type: "submit" }, "Save correction"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const v = (k: string): string => String(new FormData(form).get(k) ?? "").trim();
    const c: Correction = {};
    if (v("donor") && v("donor") !== e.donor) c.donor = v("donor");
    if (v("recipient") && v("recipient") !== e.recipient) c.recipient = v("recipient");
    if (v("date") && v("date") !== e.date) c.date = v("date");
    if (v("amount") && (Number(v("amount")) !== e.value?.amount || v("currency") !== e.value?.currency)) {
      c.value = { amount: Number(v("amount")), currency: v("currency").toUpperCase() || "EUR" };
    }
    submit(c, v("note"));
  });
  return form;
}

export async function entry(main: HTMLElement, id: string, me: Me): Promise<void> {
  const e = await api<EntryDetail>(`/api/entries/${encodeURIComponent(id)}`);
  const status = h("p", { class: "status", role: "status" });
  const act = async (action: ReviewAction): Promise<void> => {
    try {
      const { after } = await api<{ after: EntryRecord }>(`/api/review/entry/${encodeURIComponent(e.id)}`, {
        method: "POST",
        body: action,
      });
      // A correction can move the entry (a new donor is a new entry): follow it.
      if (after.id !== e.id) location.hash = `#/entry/${encodeURIComponent(after.id)}`;
      else await entry(main, e.id, me);
    } catch (error) {
      show(status, `Not saved: ${(error as Error).message}`);
    }
  };
  const reviewer = me.user && me.user.role !== "viewer";
  const sources = e.source_list.map(({ event, document }) => {
    const url = document.url && /^https?:\/\//.test(document.url) ? document.url : null;
    return h(
      "article",
      { class: "source" },
      h("h3", {}, document.title ?? document.id),
      h(
        "p",
        { class: "meta" },
        `${document.published ?? "undated"} · ${document.languages.join(", ")} · ${document.id}`,
        url ? " · " : "",
        url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : null,
      ),
      h("div", { class: "text" }, marked(document.text, event.evidence)),
    );
  });
  show(
    main,
    h("p", {}, h("a", { href: "#/ledger" }, "← Ledger")),
    h("h1", {}, `${e.type}: ${between(e)}`),
    facts(e),
    reviewer
      ? h(
          "section",
          { class: "review-actions" },
          h("h2", {}, "Review"),
          button("Accept", () => void act({ action: "accept" })),
          button("Reject", () => void act({ action: "reject" }), "danger"),
          correctionForm(e, (correction, note) => {
            if (Object.keys(correction).length === 0) show(status, "Nothing changed.");
            else void act({ action: "correct", correction, note: note || undefined });
          }),
          status,
        )
      : null,
    h("h2", {}, `Sources (${e.source_list.length})`),
    ...sources,
  );
}
