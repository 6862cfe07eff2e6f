// Takes the README's dashboard screenshot (docs/dashboard.png): the bundled samples, served read-only, in chromium.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { SAMPLES } from "../src/cli/serve.js";
import { readSources } from "../src/ingest/sources.js";
import { createApp } from "../src/server/app.js";
import { StoreAccounts } from "../src/server/store-accounts.js";
import { StoreData } from "../src/server/store-data.js";
import { openStore } from "../src/store/open.js";
import { launchChromium } from "./chromium.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
// A fresh SQLite store, as the README's first command makes.
const dir = mkdtempSync(join(tmpdir(), "pledgewire-screenshot-"));
const store = await openStore(join(dir, "pledgewire.db"));
const data = new StoreData(store);
await data.ingest(readSources([SAMPLES]), { published: null, language: null }, "samples");
const app = createApp({
  data,
  accounts: new StoreAccounts(store.db),
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
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
