// Named character references that real web pages use and the tidy HTML parser (html-tree.ts) does not
// know. They are rewritten as numeric references, which it does.

/** &nbsp; … &yuml;: the names of U+00A0 … U+00FF, in order. */
const LATIN_1 = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
  "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml"
).split(" ");

const OTHERS: Record<string, number> = {
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, Zcaron: 0x17d, zcaron: 0x17e,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  hyphen: 0x2010, ndash: 0x2013, mdash: 0x2014, horbar: 0x2015, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a,
  ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026,
  permil: 0x2030, prime: 0x2032, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, larr: 0x2190,
  rarr: 0x2192, harr: 0x2194, minus: 0x2212, middot: 0xb7, check: 0x2713, star: 0x2606, starf: 0x2605,
  phone: 0x260e, diams: 0x2666, loz: 0x25ca, squ: 0x25a1, square: 0x25a1,
};

const CODES = new Map<string, number>([...LATIN_1.map((name, i) => [name, 0xa0 + i] as const), ...Object.entries(OTHERS)]);
/** The five the parser decodes itself stay as they are. */
const KNOWN = new Set(["amp", "lt", "gt", "quot", "apos"]);

export function numericEntities(text: string): string {
  return text.replace(/&([a-zA-Z][a-zA-Z0-9]{1,9});/g, (entity, name: string) => {
    if (KNOWN.has(name.toLowerCase())) return entity;
    const code = CODES.get(name) ?? CODES.get(name.toLowerCase());
    return code === undefined ? entity : `&#${code};`;
  });
}
