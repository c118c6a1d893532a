// A fixed pool of worker threads that read files. A worker reads one file at a time, so a file that hangs or
// crashes its worker costs that file only: the worker is terminated and replaced, the batch goes on.
// Each worker is also handed the file after its current one, so it never sits idle while the main thread,
// busy scoring, gets round to its answer; that file waits its turn in the worker, and its time limit starts
// when the one before it is answered. If the worker is replaced, the waiting file goes back to the queue.
import { Worker } from "node:worker_threads";
import type { IngestError, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "./protocol.js";

type Outcome = Result<Resume, IngestError>;

/** A file's outcome and, when a worker read it, the outcome as the JSON text the worker sent. */
export interface PoolRead {
  result: Outcome;
  json?: string;
}

interface Task {
  id: number;
  bytes: ArrayBuffer;
  resolve: (read: PoolRead) => void;
}

interface Slot {
  worker: Worker;
  /** The file being read, then the one handed over to follow it. */
  tasks: Task[];
  timer?: NodeJS.Timeout;
  /** Grown too large: given no more files, and replaced once it has answered those it has. */
  draining?: boolean;
  /** The thread has started: a file's time limit runs from then, not from while the thread was starting. */
  online?: boolean;
  /** Why the thread failed, once it has: it is replaced when it has exited (see spawn). */
  failure?: { code: IngestError["code"]; message: string };
}

/** Files handed to a worker at once: the one it reads and the one it reads next. */
const HANDED_OVER = 2;

export interface PoolOptions {
  size: number;
  /** Per-file time limit in milliseconds. */
  fileTimeoutMs: number;
  init: WorkerInit;
  /** The worker script; tests hand in one that hangs or crashes on purpose. */
  workerUrl?: URL;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);
/**
 * A worker left holding more than this (live heap plus buffers) after a file is replaced by a fresh one.
 * Ordinary résumés leave a worker at 30–45 MB of live data, but garbage not yet collected counts too, so the bar sits well above that (a lower one replaced a worker after most DOCX files); what a hostile file leaves behind (a refused decompression
 * bomb's buffers, a huge document's tree) is otherwise kept until some later collection, and two workers
 * holding it at once is most of a batch's peak memory. A new worker costs ~0.1 s.
 */
export const RECYCLE_BYTES = 192 * 1024 * 1024;

/**
 * Each worker's JavaScript heap is capped. Reading an ordinary résumé keeps 30–45 MB alive; left uncapped, V8
 * lets garbage pile up to several times that before collecting, and two workers doing so were most of a
 * batch's memory. At the cap V8 collects sooner; a file that truly needs more is stopped with an error of its
 * own, as a file that takes too long is, and the batch goes on.
 */
export const WORKER_HEAP_MB = 96;

export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  /** Crashes since the last file read successfully: a reader that cannot even start must not respawn forever. */
  private crashesInARow = 0;
  private broken?: string;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  read(bytes: ArrayBuffer): Promise<Outcome> {
    return this.readWithJson(bytes).then((read) => read.result);
  }

  /** As read(), with the worker's JSON text of the outcome when there is one. */
  readWithJson(bytes: ArrayBuffer): Promise<PoolRead> {
    if (this.broken) return Promise.resolve({ result: this.brokenOutcome() });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) retire(slot.worker);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl ?? WORKER_URL, {
      workerData: this.options.init,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, tasks: [] };
    worker.once("online", () => {
      slot.online = true;
      if (slot.tasks.length > 0 && slot.timer === undefined) this.startClock(slot);
    });
    worker.on("message", (response: WorkerResponse) => {
      if (slot.tasks[0]?.id === response.id) this.finish(slot, received(response), response.memoryBytes ?? 0);
    });
    // A failing thread may still have answers on their way (for the file before the one it failed on), and
    // 'error' can overtake them; Node delivers every message before 'exit'. So the failure is noted, the
    // thread is given no more files, and the file to blame is decided at 'exit', once the answers are in.
    worker.on("error", (error: NodeJS.ErrnoException) => {
      slot.failure ??=
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { code: "TOO_LARGE", message: `reading this file needed more than ${WORKER_HEAP_MB} MB of memory; it was stopped so the batch could go on` }
          : { code: "INTERNAL", message: `the reader crashed on this file (${error.message})` };
    });
    worker.on("exit", () => {
      const { code, message } = slot.failure ?? { code: "INTERNAL", message: "the reader stopped unexpectedly on this file" };
      this.replace(slot, code, message);
    });
    return slot;
  }

  private dispatch(): void {
    for (let depth = 1; depth <= HANDED_OVER; depth++) {
      for (const slot of this.slots) {
        if (slot.draining || slot.failure || slot.tasks.length >= depth || this.queue.length === 0) continue;
        const task = this.queue.shift()!;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) this.startClock(slot);
        const request: WorkerRequest = { id: task.id, bytes: task.bytes };
        // A file handed over to wait is copied, not moved: if the worker is replaced before reading it, the
        // bytes are still here to give to the next one.
        slot.worker.postMessage(request, slot.tasks.length === 1 ? [task.bytes] : []);
      }
    }
  }

  /** The time limit of the slot's current file. */
  private startClock(slot: Slot): void {
    stopClock(slot);
    if (slot.online) slot.timer = setTimeout(() => this.timeout(slot), this.options.fileTimeoutMs);
  }

  private finish(slot: Slot, read: PoolRead, memoryBytes: number): void {
    const task = slot.tasks.shift();
    // The worker has moved on to the next file it holds, if any.
    if (slot.tasks.length > 0) this.startClock(slot);
    else stopClock(slot);
    this.crashesInARow = 0;
    if (memoryBytes > RECYCLE_BYTES && !this.closed) slot.draining = true;
    if (slot.draining && slot.tasks.length === 0) this.recycle(slot);
    task?.resolve(read);
    this.dispatch();
  }

  /** Puts a fresh worker in place of an idle one that has grown too large. */
  private recycle(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    retire(slot.worker);
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
  }

  private timeout(slot: Slot): void {
    const seconds = Math.round(this.options.fileTimeoutMs / 100) / 10;
    this.replace(slot, "TIMEOUT", `reading this file took longer than ${seconds} s; it was skipped so the batch could go on`);
  }

  /** Fails the slot's task (if any) and puts a fresh worker in its place. */
  private replace(slot: Slot, code: IngestError["code"], message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced: 'error' is followed by 'exit'
    const [task, ...waiting] = slot.tasks;
    stopClock(slot);
    slot.tasks = [];
    // Files handed over behind the one at fault were never started: they go first to the next worker.
    this.queue.unshift(...waiting);
    retire(slot.worker);
    void slot.worker.terminate();
    // A file stopped at a limit (time, memory) says nothing about whether the reader can run.
    if (code === "INTERNAL") this.crashesInARow++;
    if (!this.closed && this.crashesInARow > 3 * this.options.size + 3) this.broken = message;
    if (this.closed || this.broken) {
      this.slots.splice(index, 1);
    } else {
      this.slots[index] = this.spawn();
    }
    task?.resolve({ result: { ok: false, error: { code, message } } });
    if (this.broken && this.slots.length === 0) {
      for (const queued of this.queue.splice(0)) queued.resolve({ result: this.brokenOutcome() });
    }
    this.dispatch();
  }

  private brokenOutcome(): Outcome {
    return { ok: false, error: { code: "INTERNAL", message: `the reader could not run (${this.broken}); this file was not read` } };
  }
}

function stopClock(slot: Slot): void {
  clearTimeout(slot.timer);
  slot.timer = undefined;
}

function received(response: WorkerResponse): PoolRead {
  try {
    return { result: JSON.parse(response.json) as Outcome, json: response.json };
  } catch {
    return { result: { ok: false, error: { code: "INTERNAL", message: "the reader sent a result that could not be read" } } };
  }
}

/** Stops listening to a worker about to be terminated; an error it raises while going (one failing at start-up) is expected, not a crash. */
function retire(worker: Worker): void {
  worker.removeAllListeners();
  worker.on("error", () => undefined);
}
