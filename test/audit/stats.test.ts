import { describe, expect, it } from "vitest";
import { fisherExactTwoSided, logFactorial, logGamma, median } from "../../src/audit/stats.js";

describe("fisherExactTwoSided", () => {
  // Expected values from an independent computation with exact integers (Python math.comb, summing every table
  // whose probability is at most the observed one), agreeing with scipy.stats.fisher_exact.
  it.each([
    [[4, 1, 2, 3], 0.5238095238095238],
    [[0, 5, 5, 0], 0.007936507936507936],
    [[3, 0, 0, 3], 0.1],
    [[1, 9, 11, 3], 0.002759456185220083],
    [[2, 30, 40, 28], 2.3329872395617751e-7],
    [[1, 0, 30, 69], 0.31],
    [[12, 88, 40, 60], 9.338904074500392e-6],
    [[300, 700, 260, 740], 0.05205405254612884],
  ])("%j → %f", (cells, expected) => {
    const [a, b, c, d] = cells as [number, number, number, number];
    const p = fisherExactTwoSided(a, b, c, d);
    expect(Math.abs(p - expected) / expected).toBeLessThan(1e-9);
  });

  it("gives 4/1 vs 2/3 the hand-computed 110/210", () => {
    // Margins 5, 5 | 6, 4: P(x) ∝ C(5,x)·C(5,6−x) = 5, 50, 100, 50, 5 for x = 1..5; observed x = 4 (50).
    expect(fisherExactTwoSided(4, 1, 2, 3)).toBeCloseTo(110 / 210, 12);
  });

  it.each([
    [[5, 2, 5, 2]],
    [[10, 10, 10, 10]],
    [[0, 0, 0, 0]],
    [[3, 0, 0, 0]],
  ])("counts tables as likely as the observed one despite rounding: %j → 1", (cells) => {
    const [a, b, c, d] = cells as [number, number, number, number];
    expect(fisherExactTwoSided(a, b, c, d)).toBeCloseTo(1, 12);
    expect(fisherExactTwoSided(a, b, c, d)).toBeLessThanOrEqual(1);
  });

  it("is the same for mirrored tables", () => {
    expect(fisherExactTwoSided(2, 3, 4, 1)).toBeCloseTo(fisherExactTwoSided(4, 1, 2, 3), 12);
    expect(fisherExactTwoSided(1, 4, 3, 2)).toBeCloseTo(fisherExactTwoSided(4, 1, 2, 3), 12);
  });

  it.each([[[-1, 2, 3, 4]], [[1.5, 2, 3, 4]], [[1, 2, Number.NaN, 4]]])("refuses %j", (cells) => {
    const [a, b, c, d] = cells as [number, number, number, number];
    expect(() => fisherExactTwoSided(a, b, c, d)).toThrow(RangeError);
  });
});

describe("logGamma and logFactorial", () => {
  it.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [10.5, 13.940625219403763],
  ])("ln Γ(%f)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  it.each([0, 1, 2, 7, 20, 21, 100, 1000])("ln %i! matches the sum of logarithms", (n) => {
    let sum = 0;
    for (let k = 2; k <= n; k++) sum += Math.log(k);
    expect(Math.abs(logFactorial(n) - sum)).toBeLessThan(1e-9 * Math.max(1, sum));
  });
});

describe("median", () => {
  it.each([
    [[], undefined],
    [[3], 3],
    [[1, 3], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[70, 70, 10, 90], 70],
  ])("%j → %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("leaves its input unsorted", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
