// Stretches of consecutive sentences in one language: steps scan each stretch once instead of each sentence.
import type { Doc } from "../../core/doc.js";
import type { Span } from "../../core/span.js";

export interface LanguageRun extends Span {
  lang: string;
}

interface Growing {
  start: number;
  end: number;
  lang: string;
}

/** "English paragraph, Russian line, English paragraphs" → three runs; a single-language text is one run. */
export function languageRuns(doc: Doc): LanguageRun[] {
  const runs: Growing[] = [];
  for (const s of doc.sentences) {
    const last = runs[runs.length - 1];
    if (last && last.lang === s.lang) last.end = s.end;
    else runs.push({ start: s.start, end: s.end, lang: s.lang });
  }
  return runs;
}
