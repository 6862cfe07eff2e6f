// The benchmark's languages: every file beside this one is a language's templates; nothing lists them by hand.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LanguageTemplates } from "../generate.js";

const here = dirname(fileURLToPath(import.meta.url));

async function load(): Promise<Record<string, LanguageTemplates>> {
  const out: Record<string, LanguageTemplates> = {};
  for (const file of readdirSync(here).sort()) {
    if (!file.endsWith(".js") || file === "index.js") continue;
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { templates: LanguageTemplates };
    out[mod.templates.code] = mod.templates;
  }
  return out;
}

export const TEMPLATES: Readonly<Record<string, LanguageTemplates>> = await load();
