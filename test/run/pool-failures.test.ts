import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { ReaderPool } from "../../src/run/pool.js";

const init = { limits: DEFAULT_LIMITS, vocabulary: { skills: [] } };
const file = (firstByte: number) => new Uint8Array([firstByte, 0, 0]).buffer;
const codes = (outcomes: Awaited<ReturnType<ReaderPool["read"]>>[]) => outcomes.map((o) => (o.ok ? "ok" : o.error.code));

/** Files starting with these bytes, read by a pool running the test reader `worker`; closed once all are answered. */
async function readAll(worker: string, pool: { size: number; fileTimeoutMs: number }, firstBytes: number[]) {
  const readers = new ReaderPool({ ...pool, init, workerUrl: new URL(`./workers/${worker}`, import.meta.url) });
  const outcomes = await Promise.all(firstBytes.map((b) => readers.read(file(b))));
  await readers.close();
  return outcomes;
}

describe("reader pool", () => {
  it("fails every file with INTERNAL when the reader cannot start, and does not hang", async () => {
    const outcomes = await readAll("fails-at-start.mjs", { size: 2, fileTimeoutMs: 5_000 }, [0, 0, 0, 0, 0]);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
  }, 30_000);

  it("turns a hang into TIMEOUT and a crash into INTERNAL, and reads the files after them", async () => {
    const outcomes = await readAll("echo-or-crash.mjs", { size: 2, fileTimeoutMs: 500 }, [1, 0, 2, 0, 1, 0]);
    expect(codes(outcomes)).toEqual(["TIMEOUT", "UNSUPPORTED", "INTERNAL", "UNSUPPORTED", "TIMEOUT", "UNSUPPORTED"]);
  }, 30_000);

  it("starts a file's time limit when the worker gets to it, not when it is handed over", async () => {
    // One worker, files of 0.4 s each under a 0.7 s limit: every file takes less than its limit, though the
    // second waits in the worker while the first is read.
    const outcomes = await readAll("slow-reader.mjs", { size: 1, fileTimeoutMs: 700 }, [4, 4, 4]);
    expect(codes(outcomes)).toEqual(["UNSUPPORTED", "UNSUPPORTED", "UNSUPPORTED"]);
  }, 30_000);

  it("stops a file that needs more memory than a worker may have with TOO_LARGE, and reads the files after it", async () => {
    const outcomes = await readAll("memory-hog.mjs", { size: 1, fileTimeoutMs: 60_000 }, [0, 3, 0]);
    expect(codes(outcomes)).toEqual(["UNSUPPORTED", "TOO_LARGE", "UNSUPPORTED"]);
    expect(outcomes[1]).toMatchObject({ error: { message: expect.stringMatching(/more than \d+ MB of memory/) } });
  }, 60_000);
});

