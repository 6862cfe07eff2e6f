// A named pipeline step: one small pass over a document that adds annotations to it.
import type { Doc } from "../core/doc.js";

export interface Step {
  readonly name: string;
  run(doc: Doc): void;
}
