// Tests the README's first command: `pledgewire serve --sample --public` loads the samples into a fresh SQLite store and serves them.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/pledgewire", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pledgewire-serve-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `serve` until it listens, reads `path` from it as a stranger, stops it; returns the body and stderr. */
async function serveOnce(path: string): Promise<{ body: unknown; err: string }> {
  const child = spawn(
    process.execPath,
    [BIN, "serve", "--sample", "--public", "--port", "0", "--db", join(dir, "pledgewire.db")],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const res = await fetch(`${url}${path}`);
    assert.equal(res.status, 200);
    return { body: await res.json(), err };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

test("serve --sample --public ingests the samples into a fresh store once and serves the resolved entries", async () => {
  const first = await serveOnce("/api/entries?limit=100");
  const entries = first.body as { total: number; items: { type: string }[] };
  assert.ok(entries.total >= 7, `entries from the seven samples, got ${entries.total}`);
  assert.match(first.err, /\b7 new\b/);
  const again = await serveOnce("/api/documents");
  assert.equal((again.body as { total: number }).total, 7, "serving again stores no text twice");
  assert.match(again.err, /\b7 duplicate\b/);
});
