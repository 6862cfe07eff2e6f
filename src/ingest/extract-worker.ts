// A worker thread that extracts articles sent by the ingest loop, so extraction runs beside the writes.
import { parentPort } from "node:worker_threads";
import type { Article } from "../core/doc.js";
import { extractForStore } from "./extraction.js";
import type { WorkerReply, WorkerRequest } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("extract-worker.js runs only as a worker thread");
port.on("message", (request: WorkerRequest) => {
  void answer(request.id, request.article).then((reply) => port.postMessage(reply));
});

async function answer(id: number, article: Article): Promise<WorkerReply> {
  try {
    return { id, ok: true, extraction: await extractForStore(article) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
