// Affine matrices [a, b, c, d, e, f] as PDF uses them, and axis-aligned boxes.

export type Matrix = readonly [number, number, number, number, number, number];

export interface Box {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
export const EVERYWHERE: Box = { left: -Infinity, bottom: -Infinity, right: Infinity, top: Infinity };

/** outer ∘ inner: a point is mapped by `inner` first, then by `outer`. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The axis-aligned box around a box mapped through a matrix. */
export function mapBox(m: Matrix, box: Box): Box {
  const corners = [
    apply(m, box.left, box.bottom),
    apply(m, box.right, box.bottom),
    apply(m, box.left, box.top),
    apply(m, box.right, box.top),
  ];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { left: Math.min(...xs), bottom: Math.min(...ys), right: Math.max(...xs), top: Math.max(...ys) };
}

export function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
    top: Math.min(a.top, b.top),
  };
}

export function containsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.bottom && y <= box.top;
}

export function toMatrix(value: unknown): Matrix | undefined {
  if (!value || typeof value !== "object" || !("length" in value) || (value as ArrayLike<unknown>).length !== 6) {
    return undefined;
  }
  // A plain loop, not Array.from + every: this runs for every text item and every transform of a page.
  const list = value as ArrayLike<unknown>;
  for (let i = 0; i < 6; i++) {
    const n = list[i];
    if (typeof n !== "number" || !Number.isFinite(n)) return undefined;
  }
  const numbers = list as ArrayLike<number>;
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3]!, numbers[4]!, numbers[5]!];
}
