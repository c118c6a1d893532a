// The warning for text a file holds but a reader would not see (formats other than PDF, which reports
// hidden text per page with its own reasons).

import type { Warning } from "./document.js";

const EXCERPT_LENGTH = 120;

export function hiddenTextWarning(texts: readonly string[], how: string): Warning {
  const text = texts.join(" ");
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
  return {
    code: "HIDDEN_TEXT",
    page: 1,
    text: excerpt,
    message: `This file contains text a reader cannot see (${how}); it was ignored for scoring: "${excerpt}"`,
  };
}
