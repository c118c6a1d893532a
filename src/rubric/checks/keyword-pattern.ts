// A keyword term is a phrase (any case, whole words) or a regular expression written /source/flags.
// The loader uses this to reject bad expressions; the keywords check uses it to match.
import { remembered } from "../../remembered.js";

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
// Neither a letter, digit nor underscore on either side: "ml" must not match inside "html".
const WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";

/**
 * `needles`: lower-case ASCII words every line the regex matches contains once case-folded (caseFold),
 * so a line without one of them is passed over without running the expression. Phrases only.
 */
export type CompiledTerm = { ok: true; regex: RegExp; needles?: string[] } | { ok: false; message: string };

export function isRegexTerm(term: string): boolean {
  return REGEX_LITERAL.test(term);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A phrase's words may be separated by any run of spaces or hyphens: "feature-extraction", "big  data". */
function phraseTerm(phrase: string): CompiledTerm {
  const words = phrase.trim().split(/[\s-]+/);
  const before = /^[\p{L}\p{N}_]/u.test(phrase.trim()) ? WORD_BEFORE : "";
  const after = /[\p{L}\p{N}_]$/u.test(phrase.trim()) ? WORD_AFTER : "";
  const regex = new RegExp(before + words.map(escapeRegex).join("[\\s-]+") + after, "iu");
  // Under the "iu" flags an ASCII character matches only itself in either case, and "ſ" an "s" (which
  // caseFold spells "s"); words with other characters fold in more ways and are not used as needles.
  const needles = words.filter((word) => PRINTABLE_ASCII.test(word)).map((word) => word.toLowerCase());
  return needles.length > 0 ? { ok: true, regex, needles } : { ok: true, regex };
}

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * Compiled terms by their text: a batch checks the same few terms against every résumé. The expressions carry
 * no "g" or "y" flag, so they keep no state between uses and can be shared.
 */
export const compileTerm: (term: string) => CompiledTerm = remembered(compile, 4096);

function compile(term: string): CompiledTerm {
  const literal = REGEX_LITERAL.exec(term);
  if (!literal) {
    return term.trim() === "" ? { ok: false, message: "an empty phrase matches nothing" } : phraseTerm(term);
  }
  const [, source, flags] = literal as unknown as [string, string, string];
  try {
    new RegExp(source, flags); // validates the flags as written
    // "g" and "y" make RegExp.test remember where it stopped; matching line by line needs neither.
    return { ok: true, regex: new RegExp(source, flags.replace(/[gy]/g, "")) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
