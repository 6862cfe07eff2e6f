// The benchmark's languages: add a file next to en.ts and list it here to measure another language.
import type { LanguageTemplates } from "../generate.js";
import { en } from "./en.js";

export const TEMPLATES: Readonly<Record<string, LanguageTemplates>> = { en };
