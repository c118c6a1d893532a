// The worker pool under readers that hang or crash: a worker stuck in an endless loop is terminated at the
// per-file timeout, a crashed one is replaced, each costs its own file only, and the rest are read.
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { ReaderPool } from "../../src/run/pool.js";

const STUCK_WORKER = new URL("./stuck-worker.mjs", import.meta.url);
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe("ReaderPool with readers that hang or crash", () => {
  it("times out endless loops and silent readers, replaces crashed workers, and reads the rest", async () => {
    const pool = new ReaderPool({ size: 2, fileTimeoutMs: 400, init: { limits: DEFAULT_LIMITS, vocabulary: { skills: [] } }, workerUrl: STUCK_WORKER });
    const inputs = ["loop", "a", "exit", "b", "throw", "c", "silent", "d", "loop", "e"];
    const started = performance.now();
    const outcomes = await Promise.all(inputs.map((input) => pool.read(bytes(input))));
    const elapsed = performance.now() - started;
    await pool.close();
    const codes = outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.error.code));
    expect(codes).toEqual(["TIMEOUT", "EMPTY", "INTERNAL", "EMPTY", "INTERNAL", "EMPTY", "TIMEOUT", "EMPTY", "TIMEOUT", "EMPTY"]);
    const messages = outcomes.map((outcome) => (outcome.ok ? "" : outcome.error.message));
    expect(messages.filter((m) => m.startsWith("read ")).map((m) => m.replace(/ by \d+$/, ""))).toEqual(["read a", "read b", "read c", "read d", "read e"]);
    expect(messages[0]).toBe("reading this file took longer than 0.4 s; it was skipped so the batch could go on");
    expect(messages[2]).toMatch(/stopped unexpectedly/);
    expect(messages[4]).toMatch(/crashed on this file \(the reader broke\)/);
    // Three timeouts on two workers: about two rounds of 0.4 s, not an endless wait.
    expect(elapsed).toBeLessThan(3000);
  });

  it("stops a looping worker for good: closing the pool does not wait on it", async () => {
    const pool = new ReaderPool({ size: 1, fileTimeoutMs: 200, init: { limits: DEFAULT_LIMITS, vocabulary: { skills: [] } }, workerUrl: STUCK_WORKER });
    const first = await pool.read(bytes("loop"));
    const second = await pool.read(bytes("after"));
    const started = performance.now();
    await pool.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect([first.ok || first.error.code, second.ok || second.error.message.replace(/ by \d+$/, "")]).toEqual(["TIMEOUT", "read after"]);
  });

  it("replaces a worker that a file left holding too much memory, and keeps one that stayed small", async () => {
    const pool = new ReaderPool({ size: 1, fileTimeoutMs: 5000, init: { limits: DEFAULT_LIMITS, vocabulary: { skills: [] } }, workerUrl: STUCK_WORKER });
    const threadOf = async (text: string) => {
      const outcome = await pool.read(bytes(text));
      return Number(/by (\d+)$/.exec(outcome.ok ? "" : outcome.error.message)?.[1]);
    };
    const [small, again, big, after] = [await threadOf("small"), await threadOf("again"), await threadOf("big"), await threadOf("after")];
    await pool.close();
    expect(again).toBe(small);
    expect(big).toBe(small);
    expect(after).not.toBe(big);
  });
});
