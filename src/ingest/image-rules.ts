// Removes ruled lines from a page image before OCR. A rule under a heading, a table border or an underline
// touches the letters beside it, and OCR then reads "EDUCATION" as "EpvC€aT?tON ——". Rules are long,
// thin runs of dark pixels; letters are never that long, and a dark banner (light text on a dark band)
// is never that thin, so both survive.

export interface RgbaImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom; changed in place. */
  data: Uint8Array | Uint8ClampedArray;
}

const DARK = 160;

/**
 * Paints white every horizontal run of dark pixels at least `minLength` long whose dark thickness
 * (measured vertically) is at most `maxThickness`; the same for vertical runs. Returns how many
 * pixels were cleared.
 */
export function removeRules(image: RgbaImage, minLength: number, maxThickness: number): number {
  const { width, height, data } = image;
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < dark.length; i++) {
    const luma = 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!;
    dark[i] = luma < DARK && data[i * 4 + 3]! > 0 ? 1 : 0;
  }
  const vertical = runLengths(dark, width, height, false);
  const horizontal = runLengths(dark, width, height, true);
  const clear = new Uint8Array(width * height);
  markRuns(dark, vertical, width, height, true, minLength, maxThickness, clear);
  markRuns(dark, horizontal, width, height, false, minLength, maxThickness, clear);
  let cleared = 0;
  for (let i = 0; i < clear.length; i++) {
    if (!clear[i]) continue;
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = 255;
    cleared++;
  }
  return cleared;
}

/** For each dark pixel, the length of the dark run through it along rows (or columns). */
function runLengths(dark: Uint8Array, width: number, height: number, alongRows: boolean): Uint32Array {
  const lengths = new Uint32Array(width * height);
  const [lines, span] = alongRows ? [height, width] : [width, height];
  const index = (line: number, at: number) => (alongRows ? line * width + at : at * width + line);
  for (let line = 0; line < lines; line++) {
    let at = 0;
    while (at < span) {
      if (!dark[index(line, at)]) {
        at++;
        continue;
      }
      let end = at;
      while (end < span && dark[index(line, end)]) end++;
      for (let k = at; k < end; k++) lengths[index(line, k)] = end - at;
      at = end;
    }
  }
  return lengths;
}

/** Marks runs along rows (or columns) that are long enough and, across, thin enough. */
function markRuns(
  dark: Uint8Array, across: Uint32Array, width: number, height: number, alongRows: boolean,
  minLength: number, maxThickness: number, clear: Uint8Array,
): void {
  const [lines, span] = alongRows ? [height, width] : [width, height];
  const index = (line: number, at: number) => (alongRows ? line * width + at : at * width + line);
  const thin = (i: number) => dark[i] === 1 && across[i]! <= maxThickness;
  for (let line = 0; line < lines; line++) {
    let at = 0;
    while (at < span) {
      if (!thin(index(line, at))) {
        at++;
        continue;
      }
      let end = at;
      while (end < span && thin(index(line, end))) end++;
      if (end - at >= minLength) for (let k = at; k < end; k++) clear[index(line, k)] = 1;
      at = end;
    }
  }
}
