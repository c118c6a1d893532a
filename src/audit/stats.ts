// The few numbers a bias audit needs, computed exactly enough to be trusted on small groups.

// Lanczos approximation (g = 7, n = 9): about 15 significant digits for x > 0, enough that the tolerance below,
// not rounding error, decides which tables tie with the observed one.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let index = 1; index < LANCZOS.length; index++) sum += (LANCZOS[index] ?? 0) / (shifted + index);
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln n! — exact to rounding for small n, where factorials still fit a double without loss. */
export function logFactorial(n: number): number {
  if (n < 2) return 0;
  if (n <= 20) {
    let product = 1;
    for (let k = 2; k <= n; k++) product *= k;
    return Math.log(product);
  }
  return logGamma(n + 1);
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

// R's fisher.test uses the same relative tolerance: tables whose probability equals the observed one up to
// floating-point noise must count as "as extreme", or symmetric tables lose half their p-value.
const RELATIVE_TOLERANCE = 1e-7;

/**
 * Two-sided p-value of Fisher's exact test for the 2×2 table [[a, b], [c, d]]: the probability, with the margins
 * fixed, of a table no more likely than the one observed.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  for (const cell of [a, b, c, d]) {
    if (!Number.isInteger(cell) || cell < 0) throw new RangeError(`Fisher's exact test needs counts, got ${cell}`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const total = row1 + row2;
  const logTotal = logChoose(total, column1);
  const logProbability = (x: number) => logChoose(row1, x) + logChoose(row2, column1 - x) - logTotal;
  const observed = logProbability(a) + Math.log1p(RELATIVE_TOLERANCE);
  let p = 0;
  for (let x = Math.max(0, column1 - row2); x <= Math.min(row1, column1); x++) {
    const logP = logProbability(x);
    if (logP <= observed) p += Math.exp(logP);
  }
  return Math.min(1, p);
}

/** The middle value (the mean of the two middle ones for an even count); undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
