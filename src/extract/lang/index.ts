// The language registry: every folder beside this file is a language; nothing lists them by hand.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LanguagePack } from "../common/language.js";

const here = dirname(fileURLToPath(import.meta.url));

async function load(): Promise<Map<string, LanguagePack>> {
  const packs = new Map<string, LanguagePack>();
  for (const name of readdirSync(here).sort()) {
    const dir = join(here, name);
    // A folder becomes a language once its index is built: a language being written does not break the others.
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, "index.js"))) continue;
    const mod = (await import(pathToFileURL(join(dir, "index.js")).href)) as { pack: LanguagePack };
    if (mod.pack.code !== name) throw new Error(`language folder ${name} declares code ${mod.pack.code}`);
    packs.set(name, mod.pack);
  }
  return packs;
}

export const languages: ReadonlyMap<string, LanguagePack> = await load();

/** The pack for a language code, falling back to English for languages without a folder yet. */
export function packFor(code: string | null | undefined): LanguagePack {
  const pack = (code && languages.get(code)) || languages.get("en");
  if (!pack) throw new Error("the English language pack is missing");
  return pack;
}
