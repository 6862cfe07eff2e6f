// Extraction spread over worker threads (or run in this thread when there are none), one promise per article.
import { Worker } from "node:worker_threads";
import type { Article } from "../core/doc.js";
import type { Extraction } from "./extraction.js";
import { extractForStore } from "./extraction.js";

export interface WorkerRequest {
  id: number;
  article: Article;
}

export type WorkerReply =
  { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; message: string };

interface Waiting {
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Articles sent to this worker and not answered yet, by request id. */
  waiting: Map<number, Waiting>;
}

export class ExtractorPool {
  private slots: Slot[] = [];
  private started = false;
  private next = 0;

  /**
   * `size` worker threads, started on the first article: a run of duplicates only never loads the
   * extractor. 0 extracts in the calling thread (tests, one-core machines).
   */
  constructor(private readonly size: number) {}

  private start(): void {
    this.started = true;
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(new URL("./extract-worker.js", import.meta.url));
      const slot: Slot = { worker, waiting: new Map() };
      worker.on("message", (reply: WorkerReply) => {
        const waiting = slot.waiting.get(reply.id);
        slot.waiting.delete(reply.id);
        if (reply.ok) waiting?.resolve(reply.extraction);
        else waiting?.reject(new Error(reply.message));
      });
      // A worker that dies takes its articles with it: they fail, and the rest go to the other workers
      // (or, with none left, to this thread).
      worker.on("error", (error) => {
        this.slots = this.slots.filter((s) => s !== slot);
        for (const w of slot.waiting.values()) w.reject(error);
      });
      this.slots.push(slot);
    }
  }

  extract(article: Article): Promise<Extraction> {
    if (!this.started) this.start();
    if (this.slots.length === 0) return extractForStore(article);
    const slot = this.slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, article } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
