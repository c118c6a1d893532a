// Fill colour and graphics-state details as pdf.js's operator list carries them: "#rrggbb" strings
// (it converts grey and CMYK to RGB itself), or raw numbers from older producers' paths.

import type { Rgb } from "./pdf-drawing.js";
import type { Box } from "./geometry.js";

export interface GraphicsState {
  alpha: number;
  normalBlend: boolean;
}

export function applyGState<S extends GraphicsState>(state: S, entries: unknown): S {
  if (!Array.isArray(entries)) return state;
  let next = state;
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (key === "ca" && typeof value === "number") next = { ...next, alpha: value };
    if (key === "BM") next = { ...next, normalBlend: value === "source-over" || value === "Normal" || value === undefined };
  }
  return next;
}

export function toBox(value: unknown): Box | undefined {
  if (!value || typeof value !== "object" || !("length" in value)) return undefined;
  const [left, bottom, right, top] = Array.from(value as ArrayLike<number>);
  if (![left, bottom, right, top].every((n) => typeof n === "number" && Number.isFinite(n))) return undefined;
  return { left: left!, bottom: bottom!, right: right!, top: top! };
}

export function parseColor(value: unknown): Rgb | undefined {
  if (typeof value === "string") {
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
    return hex ? [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)] : undefined;
  }
  if (value && typeof value === "object" && "length" in value) {
    const [r, g, b] = Array.from(value as ArrayLike<number>);
    if ([r, g, b].every((n) => typeof n === "number")) return [r!, g!, b!];
  }
  return undefined;
}

export function gray(value: unknown): Rgb | undefined {
  return typeof value === "number" ? [value * 255, value * 255, value * 255] : undefined;
}

export function cmyk(args: unknown[]): Rgb | undefined {
  const [c, m, y, k] = args;
  if (![c, m, y, k].every((n) => typeof n === "number")) return undefined;
  const channel = (ink: number) => 255 * (1 - ink) * (1 - (k as number));
  return [channel(c as number), channel(m as number), channel(y as number)];
}
