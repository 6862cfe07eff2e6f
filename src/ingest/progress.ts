// A one-line progress bar with rate and ETA, redrawn on a terminal at most ten times a second.
import type { Writable } from "node:stream";

export class ProgressBar {
  private readonly started = performance.now();
  private drawn = 0;

  /** `total` null: no bar or ETA, only the count and rate. */
  constructor(
    private readonly stream: Writable & { columns?: number },
    private readonly total: number | null,
  ) {}

  /** "[#########---------]  45,120/100,000  523/s  ETA 1m45s" */
  update(done: number, force = false): void {
    const now = performance.now();
    if (!force && now - this.drawn < 100) return;
    this.drawn = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const n = (x: number): string => Math.round(x).toLocaleString("en-US");
    let line = `${n(done)} inputs  ${n(rate)}/s`;
    if (this.total !== null && this.total > 0) {
      const share = Math.min(1, done / this.total);
      const width = 24;
      const filled = Math.round(share * width);
      const eta = rate > 0 ? duration(Math.max(0, this.total - done) / rate) : "?";
      line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n(done)}/${n(this.total)}  ${n(rate)}/s  ETA ${eta}`;
    }
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 80) - 1)}\x1b[K`);
  }

  /** Clears the line so the summary starts clean. */
  end(): void {
    this.stream.write("\r\x1b[K");
  }
}

/** 105 → "1m45s", 7322 → "2h02m". */
function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s / 60) % 60).padStart(2, "0")}m`;
}
