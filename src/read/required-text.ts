// Running a large Unicode regex over a line costs far more than looking for a few short strings in it, and
// almost no line holds a degree. So each degree pattern names the text that every one of its matches contains
// (`needs`), and a line holding none of it is not run through the pattern at all.

/** A global regex and the strings of which every match contains at least one. */
export interface RequiredText {
  re: RegExp;
  /**
   * For a case-sensitive regex, as written. For a case-insensitive (`i`) one, in lower case: they are looked
   * for in the line's case fold (`caseFold`), so "PhD", "PHD" and "phd" all hold "ph".
   */
  needs: readonly string[];
}

/**
 * The line as a case-insensitive Unicode regex compares it: every character that such a regex takes for a
 * lower-case letter becomes that letter. Lower-casing does this for all but the long s ("ſ"), which matches
 * "s" under the `iu` flags yet is already lower case; the Kelvin sign ("K") lower-cases to "k" by itself.
 */
export function caseFold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** For one line: whether a pattern can match it, i.e. whether the line holds any of the pattern's `needs`. */
export function requiredTextIn(text: string): (pattern: RequiredText) => boolean {
  let folded: string | undefined;
  return (pattern) => {
    const haystack = pattern.re.ignoreCase ? (folded ??= caseFold(text)) : text;
    for (const needle of pattern.needs) if (haystack.includes(needle)) return true;
    return false;
  };
}
