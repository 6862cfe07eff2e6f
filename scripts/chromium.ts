// Starts Debian's chromium for the browser tests and the README screenshot (.ci/run installs it when missing).
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.PLEDGEWIRE_CHROMIUM ?? "/usr/bin/chromium";

/** Flags that keep a headless run quiet and offline: no sandbox (root in CI), no GPU, no background fetches. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
