// What pdf.js knows of a page's fonts once its operator list is loaded: their real names (for bold and
// for where text items end), writing direction, Type3-ness and font matrix.

import { toMatrix } from "./geometry.js";
import type { PdfPage } from "./pdf-engine.js";
import type { FontInfo, FontLookup } from "./pdf-text-cursor.js";

interface LoadedFont {
  name?: unknown;
  vertical?: unknown;
  isType3Font?: unknown;
  fontMatrix?: unknown;
}

/** Looks fonts up by pdf.js's loaded name ("g_d0_f1"), each once per page. */
export function fontLookup(pdfPage: PdfPage): FontLookup {
  const cache = new Map<string, FontInfo | undefined>();
  return (loadedName) => {
    if (!cache.has(loadedName)) cache.set(loadedName, fontInfo(pdfPage, loadedName));
    return cache.get(loadedName);
  };
}

function fontInfo(pdfPage: PdfPage, loadedName: string): FontInfo | undefined {
  const font: unknown = pdfPage.commonObjs.has(loadedName) ? pdfPage.commonObjs.get(loadedName) : undefined;
  if (!font || typeof font !== "object") return undefined;
  const { name, vertical, isType3Font, fontMatrix } = font as LoadedFont;
  return {
    name: typeof name === "string" ? name : "",
    vertical: vertical === true,
    isType3: isType3Font === true,
    matrix: toMatrix(fontMatrix) ?? [0.001, 0, 0, 0.001, 0, 0],
  };
}
