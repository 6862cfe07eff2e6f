// Takes the README's dashboard screenshot (docs/dashboard.png): the bundled samples, served read-only, in chromium.
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { SAMPLES } from "../src/cli/serve.js";
import { createApp } from "../src/server/app.js";
import { ingestPaths } from "../src/server/ingest.js";
import { MemoryAccounts } from "../src/server/memory-accounts.js";
import { MemoryLedger } from "../src/server/memory-data.js";
import { launchChromium } from "./chromium.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const data = new MemoryLedger();
await ingestPaths(data, [SAMPLES]);
const app = createApp({
  data,
  accounts: new MemoryAccounts(),
  options: { publicRead: true, secureCookies: "auto", webRoot: `${root}dist/web/` },
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => server.once("listening", resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/#/`);
  await page.locator("svg.map").waitFor();
  mkdirSync(`${root}docs`, { recursive: true });
  await page.screenshot({ path: `${root}docs/dashboard.png`, fullPage: true });
  process.stdout.write("wrote docs/dashboard.png\n");
} finally {
  await browser.close();
  server.close();
}
