// Builds the dashboard into dist/web: one esbuild bundle, the page, its stylesheet and the world map data.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = `${root}dist/web/`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${root}web/src/main.ts`],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  outfile: `${out}app.js`,
  logLevel: "warning",
});
copyFileSync(`${root}web/index.html`, `${out}index.html`);
copyFileSync(`${root}web/app.css`, `${out}app.css`);
copyFileSync(
  createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"),
  `${out}countries-110m.json`,
);
