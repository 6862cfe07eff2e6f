// The overview's charts as plain SVG: committed vs delivered bars by donor or category, and columns by month.
import type { StatRow } from "../../src/server/data.js";
import { svg } from "./dom.js";
import { euros } from "./format.js";

const ROW = 22;
const LABEL = 150;
const WIDTH = 560;

function tip(el: SVGElement, text: string): SVGElement {
  el.appendChild(svg("title", {}, text));
  return el;
}

/** Two bars a row, committed over delivered, for the top rows by euros; counts where no value is known. */
export function pairedBars(rows: readonly StatRow[], label: (key: string) => string, top = 12): SVGElement {
  const shown = rows.slice(0, top);
  const max = Math.max(1, ...shown.map((r) => Math.max(r.committed_eur, r.delivered_eur)));
  const bar = WIDTH - LABEL - 70;
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${shown.length * ROW + 4}`, class: "chart", role: "img" });
  shown.forEach((r, i) => {
    const y = i * ROW;
    root.appendChild(
      svg("text", { x: LABEL - 6, y: y + 15, class: "label", "text-anchor": "end" }, label(r.key)),
    );
    const committed = (r.committed_eur / max) * bar;
    const delivered = (r.delivered_eur / max) * bar;
    root.appendChild(
      tip(
        svg("rect", { x: LABEL, y: y + 2, width: Math.max(committed, 1), height: 8, class: "committed" }),
        `${r.key}: ${euros(r.committed_eur)} committed in ${r.pledges} pledges`,
      ),
    );
    root.appendChild(
      tip(
        svg("rect", { x: LABEL, y: y + 11, width: Math.max(delivered, 1), height: 8, class: "delivered" }),
        `${r.key}: ${euros(r.delivered_eur)} delivered in ${r.deliveries} deliveries`,
      ),
    );
    const count = r.pledges + r.deliveries + r.agreements;
    root.appendChild(
      svg(
        "text",
        { x: LABEL + Math.max(committed, delivered) + 6, y: y + 15, class: "value" },
        r.committed_eur + r.delivered_eur > 0 ? euros(r.committed_eur + r.delivered_eur) : `${count}×`,
      ),
    );
  });
  return root;
}

/** Columns per month, committed and delivered side by side; months without a value still show their count. */
export function monthColumns(rows: readonly StatRow[]): SVGElement {
  const months = rows.filter((r) => r.key !== "undated");
  // Drawn across a wide panel: twice the width of the half-width charts.
  const height = 150;
  const step = Math.max(14, Math.min(60, (2 * WIDTH - 40) / Math.max(1, months.length)));
  const width = Math.max(2 * WIDTH, 40 + step * months.length);
  const max = Math.max(1, ...months.map((r) => Math.max(r.committed_eur, r.delivered_eur)));
  const root = svg("svg", { viewBox: `0 0 ${width} ${height + 30}`, class: "chart", role: "img" });
  months.forEach((r, i) => {
    const x = 30 + i * step;
    const c = (r.committed_eur / max) * height;
    const d = (r.delivered_eur / max) * height;
    root.appendChild(
      tip(
        svg("rect", { x, y: height - c, width: step * 0.4, height: Math.max(c, 1), class: "committed" }),
        `${r.key}: ${euros(r.committed_eur)} committed`,
      ),
    );
    root.appendChild(
      tip(
        svg("rect", {
          x: x + step * 0.42,
          y: height - d,
          width: step * 0.4,
          height: Math.max(d, 1),
          class: "delivered",
        }),
        `${r.key}: ${euros(r.delivered_eur)} delivered`,
      ),
    );
    if (i % Math.ceil(months.length / 12) === 0)
      root.appendChild(svg("text", { x, y: height + 16, class: "label" }, r.key));
  });
  return root;
}

export function legend(): SVGElement {
  const root = svg("svg", { viewBox: "0 0 260 16", class: "legend" });
  root.appendChild(svg("rect", { x: 0, y: 3, width: 12, height: 10, class: "committed" }));
  root.appendChild(svg("text", { x: 16, y: 12, class: "label" }, "committed (pledges)"));
  root.appendChild(svg("rect", { x: 140, y: 3, width: 12, height: 10, class: "delivered" }));
  root.appendChild(svg("text", { x: 156, y: 12, class: "label" }, "delivered"));
  return root;
}
