// Tests for how event cues are run: needed strings never rule out a text a cue matches, narrowed cues match as the full ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { foldCase, requiredStrings } from "../src/core/literals.js";
import { narrowed, narrowText, pattern, tagged } from "../src/core/span.js";
import { languages } from "../src/extract/lang/index.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/", import.meta.url));

/** Sentences and overlapping 60-character stretches of every fixture's source: text in every language. */
function samples(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES)) {
    const source = readdirSync(FIXTURES + dir).find((f) => f.startsWith("source."));
    if (!source) continue;
    const text = readFileSync(`${FIXTURES}${dir}/${source}`, "utf8");
    out.push(...text.split(/(?<=[.!?\n])\s+/));
    for (let i = 0; i + 60 < text.length; i += 23) out.push(text.slice(i, i + 60));
  }
  return out;
}

/** Every cue of every language as `events.ts` compiles it. */
function cuePatterns(): { name: string; re: RegExp }[] {
  const out: { name: string; re: RegExp }[] = [];
  for (const [code, pack] of languages) {
    const cues = pack.events;
    out.push({ name: `${code}/instruments`, re: pattern(tagged(cues.instruments.map(([, s]) => s)), "gi") });
    for (const [key, value] of Object.entries(cues))
      if (typeof value === "string") out.push({ name: `${code}/${key}`, re: pattern(value, "gi") });
  }
  return out;
}

test("foldCase keeps every offset and folds what lower-casing misses", () => {
  assert.equal(foldCase("İstanbul").length, "İstanbul".length);
  assert.equal(foldCase("Großbritannien ſieht"), "großbritannien sieht");
  assert.equal(foldCase("ПЕРЕДАЛА"), "передала");
});

test("requiredStrings finds what every match holds, and nothing for a case-sensitive or open pattern", () => {
  const need = requiredStrings(/(?<![\p{L}])(?:lieferte|lieferten|übergab)(?![\p{L}])/giu);
  assert.ok(need);
  assert.ok(need.test(foldCase("Berlin LIEFERTE Panzer")));
  assert.ok(!need.test(foldCase("Berlin sagte Panzer zu")));
  assert.equal(requiredStrings(/\bwe\b/g), null);
  assert.equal(requiredStrings(/\p{Lu}\p{L}+/giu), null);
  // Any of several patterns: the test passes where one of them may match.
  const any = requiredStrings(/memorand/i, /pledg/i);
  assert.ok(any?.test("a pledge") && any.test("the memorandum") && !any.test("a treaty"));
});

test("no cue matches a text its needed strings rule out", () => {
  const texts = samples();
  for (const { name, re } of cuePatterns()) {
    const need = requiredStrings(re);
    if (!need) continue;
    for (const text of texts) {
      re.lastIndex = 0;
      if (re.test(text)) assert.ok(need.test(foldCase(text)), `${name} matches ${JSON.stringify(text)}`);
    }
  }
});

test("narrowed cues find the same matches on texts in their window", () => {
  const texts = samples().filter((t) => narrowText(t, { start: 0, end: t.length }));
  for (const { name, re } of cuePatterns()) {
    const cut = narrowed(re);
    if (cut === re) continue;
    for (const text of texts) {
      const a = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
      const b = [...text.matchAll(cut)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(b, a, `${name} on ${JSON.stringify(text)}`);
    }
  }
});
