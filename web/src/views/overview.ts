// Overview: totals, committed vs delivered by donor, by category and by month, and the donors' map.
import type { EntitySummary, StatDimension, StatRow } from "../../../src/server/data.js";
import { api } from "../api.js";
import { legend, monthColumns, pairedBars } from "../charts.js";
import { empty, h, loading, show } from "../dom.js";
import { euros } from "../format.js";
import { donorMap } from "../map.js";

async function stats(by: StatDimension): Promise<StatRow[]> {
  return (await api<{ rows: StatRow[] }>(`/api/stats?by=${by}`)).rows;
}

function panel(title: string, body: Node, wide = false): HTMLElement {
  return h("section", { class: wide ? "panel wide" : "panel" }, h("h2", {}, title), body);
}

export async function overview(main: HTMLElement): Promise<void> {
  show(main, h("h1", {}, "Overview"), loading());
  const [donors, recipients, categories, months, types, entities] = await Promise.all([
    stats("donor"),
    stats("recipient"),
    stats("category"),
    stats("month"),
    stats("type"),
    api<{ items: EntitySummary[] }>("/api/entities"),
  ]);
  if (types.length === 0) {
    show(
      main,
      h("h1", {}, "Overview"),
      empty("The ledger is empty. An analyst can add articles under Review → Ingest."),
    );
    return;
  }
  const names = new Map(entities.items.map((e) => [e.code, e.name]));
  const name = (code: string): string => names.get(code) ?? code;
  const sum = (k: "committed_eur" | "delivered_eur"): number => types.reduce((s, r) => s + r[k], 0);
  const count = (k: "agreements" | "pledges" | "deliveries"): number => types.reduce((s, r) => s + r[k], 0);
  const tiles = h(
    "div",
    { class: "tiles" },
    ...[
      ["committed", euros(sum("committed_eur"))],
      ["delivered", euros(sum("delivered_eur"))],
      ["agreements", String(count("agreements"))],
      ["pledges", String(count("pledges"))],
      ["deliveries", String(count("deliveries"))],
      ["donors", String(donors.length)],
    ].map(([label, value]) =>
      h("div", { class: "tile" }, h("strong", {}, value ?? ""), h("span", {}, label ?? "")),
    ),
  );
  const mapHolder = h("div", {}, loading());
  show(
    main,
    h("h1", {}, "Overview"),
    tiles,
    h("div", { class: "legend-row" }, legend()),
    h(
      "div",
      { class: "panels" },
      panel(
        "By donor",
        pairedBars(
          donors.filter((r) => r.pledges + r.deliveries > 0),
          name,
        ),
      ),
      panel(
        "By category",
        pairedBars(categories, (k) => k.replace(/_/g, " ")),
      ),
      panel("Over time", monthColumns(months), true),
      panel("Donors on the map", mapHolder, true),
    ),
  );
  try {
    show(
      mapHolder,
      await donorMap(
        donors.filter((r) => r.pledges + r.deliveries > 0),
        recipients.filter((r) => r.pledges + r.deliveries > 0),
      ),
    );
  } catch (error) {
    show(mapHolder, h("p", { class: "state error" }, `Map unavailable: ${(error as Error).message}`));
  }
}
