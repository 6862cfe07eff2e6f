// Tests that patterns narrowed for Latin and Cyrillic text (span.ts `narrowed`) match as their `u` originals do.
import assert from "node:assert/strict";
import { test } from "node:test";
import { narrowSource, narrowText, narrowed } from "../src/core/span.js";

/** Every character `narrowText` accepts below U+0500, and a few it accepts beyond: "€", "„", "—", "№". */
const accepted = (): string[] => {
  const out: string[] = [];
  for (let c = 0; c < 0x500; c++) out.push(String.fromCharCode(c));
  out.push("€", "₴", "₽", "₹", "„", "“", "—", "–", "№", "™", "→", "\u00a0", "\u200d");
  return out.filter((ch) => narrowText(ch, { start: 0, end: ch.length }));
};

test("a narrowed property class holds the same accepted characters as the original, in either case", () => {
  const chars = accepted();
  for (const property of ["L", "Lu", "Ll", "N", "M", "Sc"]) {
    for (const flags of ["", "i"]) {
      const full = new RegExp(`^\\p{${property}}$`, flags + "u");
      const narrow = new RegExp(`^${narrowSource(`\\p{${property}}`, flags)}$`, flags);
      const differ = chars.filter((ch) => full.test(ch) !== narrow.test(ch));
      assert.deepEqual(differ, [], `\\p{${property}} /${flags}`);
    }
  }
});

test("without the u flag, each accepted character matches the same others case-insensitively", () => {
  const chars = accepted();
  const all = chars.join("");
  const escape = (ch: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch);
  for (const ch of chars) {
    const full = [...all.matchAll(new RegExp(`[${escape(ch)}]`, "giu"))].map((m) => m.index);
    const narrow = [...all.matchAll(new RegExp(`[${escape(ch)}]`, "gi"))].map((m) => m.index);
    assert.deepEqual(narrow, full, `U+${ch.charCodeAt(0).toString(16)}`);
  }
});

test("text with Greek, an emoji or 'ſ' keeps the original patterns", () => {
  for (const text of ["Ракета θ", "drones 🚀", "Leopard ſ", "Kelvin \u212a"])
    assert.equal(narrowText(text, { start: 0, end: text.length }), false, text);
  const text = "Die „Kampfdrohnen“ kosten 5 Mio. € — Україна отримає дрони.";
  assert.equal(narrowText(text, { start: 0, end: text.length }), true);
});

test("a narrowed item pattern finds what the original finds", () => {
  const full = /(?<![\p{L}\p{N}_])(?:([\p{L}-]*drohne(?:n)?)|(дрон\p{L}*))(?![\p{L}\p{N}])/giu;
  const narrow = narrowed(full);
  assert.equal(narrow.flags.includes("u"), false);
  const text = "Kampfdrohnen, Anti-Drohnen-Systeme, Drohne2, дронів і Дрони; drohnenartig.";
  const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
  assert.deepEqual(spans(narrow), spans(full));
  assert.ok(spans(full).length >= 4);
  // Other Unicode syntax keeps the flag.
  assert.equal(narrowed(/\p{Script=Greek}/u).flags, "u");
});
