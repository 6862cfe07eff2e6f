// What the benchmarks share: generated JSONL input, medians, a child's memory from /proc, number formats.
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { cpus } from "node:os";
import { generateArticles, type LanguageTemplates } from "./generate.js";
import { Rng } from "./rng.js";

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Writes `count` generated articles from `seed` as JSONL, a batch of lines per write. */
export function writeArticles(path: string, templates: LanguageTemplates, count: number, seed: number): void {
  const fd = openSync(path, "w");
  try {
    let batch: string[] = [];
    for (const a of generateArticles(templates, new Rng(seed), count)) {
      batch.push(JSON.stringify(a));
      if (batch.length === 1000) {
        writeSync(fd, batch.join("\n") + "\n");
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, batch.join("\n") + "\n");
  } finally {
    closeSync(fd);
  }
}

/** VmRSS and VmHWM of a process in MB, from /proc (Linux); null where they cannot be read. */
export function memoryOf(pid: number): { rss: number | null; hwm: number | null } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string): number | null => {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
      return m ? Number(m[1]) / 1024 : null;
    };
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return { rss: null, hwm: null };
  }
}

/** The machine the figures were taken on. */
export function machineInfo(): { cpu: string; cores: number; node: string; platform: string } {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export const num = (x: number, digits = 0): string =>
  x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const mb = (x: number | null): string => (x === null ? "n/a" : `${num(x, 1)} MB`);
