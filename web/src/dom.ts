// Building the page without HTML strings: every text, article text above all, goes in through textContent.

type Child = Node | string | null | undefined | false;

/** `h("td", {class: "num"}, "153 000 000")`: attributes are set one by one, strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  append(el, children);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";

export function svg(tag: string, attrs: Record<string, string | number> = {}, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** Replaces what a container shows. */
export function show(container: Element, ...children: Child[]): void {
  container.replaceChildren();
  append(container, children);
}

export function loading(): HTMLElement {
  return h("p", { class: "state loading", role: "status" }, "Loading…");
}

export function empty(message: string): HTMLElement {
  return h("p", { class: "state empty" }, message);
}

export function failure(error: unknown, retry?: () => void): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h(
    "div",
    { class: "state error", role: "alert" },
    h("p", {}, `Could not load: ${message}`),
    retry ? button("Try again", retry) : null,
  );
}

export function button(label: string, onClick: () => void, cls = ""): HTMLButtonElement {
  const b = h("button", { type: "button", class: cls || undefined }, label);
  b.addEventListener("click", onClick);
  return b;
}

/**
 * A text with some ranges marked: the text is cut at the range edges and each piece added as a text node,
 * so article text never passes through an HTML parser. Overlapping ranges are merged first.
 */
export function marked(text: string, ranges: readonly { start: number; end: number }[]): DocumentFragment {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out = document.createDocumentFragment();
  let at = 0;
  for (const r of merged) {
    out.append(text.slice(at, r.start), h("mark", {}, text.slice(r.start, r.end)));
    at = r.end;
  }
  out.append(text.slice(at));
  return out;
}
