import { describe, expect, it } from "vitest";
import { ByteBudget } from "../../src/run/byte-budget.js";

/** Which of the acquisitions have started, after the event loop has settled. */
async function started(promises: Promise<void>[]): Promise<boolean[]> {
  const done = promises.map(() => false);
  promises.forEach((p, i) => void p.then(() => (done[i] = true)));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe("ByteBudget", () => {
  it("lets files in while they fit, then one at a time as bytes are released, first come first served", async () => {
    const budget = new ByteBudget(100);
    const acquisitions = [budget.acquire(60), budget.acquire(30), budget.acquire(50), budget.acquire(5)];
    expect(await started(acquisitions)).toEqual([true, true, false, false]);
    budget.release(60);
    // 30 + 50 fit; 5 would fit too but waits its turn behind 50, which it does not overtake.
    expect(await started(acquisitions)).toEqual([true, true, true, true]);
  });

  it("lets a file larger than the whole budget through, alone", async () => {
    const budget = new ByteBudget(100);
    const big = budget.acquire(500);
    const small = budget.acquire(1);
    expect(await started([big, small])).toEqual([true, false]);
    budget.release(500);
    expect(await started([big, small])).toEqual([true, true]);
  });
});
