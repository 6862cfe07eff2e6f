// The few DOM members the HTML and feed readers use, typed here because the project compiles without the DOM library.
import { parseHTML } from "linkedom";

/** linkedom's and Readability's own types are written against the DOM library, so they are not usable as they are. */
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT = 1;
export const TEXT = 3;

/** Parses an HTML page with linkedom: forgiving of broken markup, and far quicker than jsdom. */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** An element's text with runs of white space made single spaces: "  Kyiv,\n 4 Nov " → "Kyiv, 4 Nov". */
export function textOf(element: DomNode | null | undefined): string | null {
  return element?.textContent?.replace(/\s+/g, " ").trim() || null;
}

/** The elements matching a selector, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}
